// bench_matching: proxy-vote ("procuration") matching in memory, the optimal engine against the greedy baseline,
// on a generated France: 101 departments of uneven size, communes of uneven size with their polling stations, ~5 % of
// requests from voters established abroad, rounds mixed (60 % both, 25 % round 1, 15 % round 2, offers alike), a few
// persons on both sides, offers already holding procurations, requests whose round 1 an offer already holds.
//   match_s                  ProxyMatcher::match (median of 3 runs at full size, which must give identical answers);
//                            match_cpu_s: the CPU time it took, all threads (less sensitive to a busy machine)
//   greedy_s                 GreedyProxyMatcher::match
//   raw_group_s              the raw baseline, on one thread: what any matcher does first and nothing else (split by
//                            department, sort by id, number the places: ProxyDepartment::split and prepare);
//                            match_ratio_vs_raw = match_s / raw_group_s, greedy_ratio_vs_raw likewise
//   served_optimal / served_greedy / gain_vs_greedy   request-rounds given a mandataire, and the difference
//   cost_optimal / cost_greedy                        sum of proximity costs (station 0, commune 1, department 2)
//   fully_served_*, same_mandataire_*                 requests with every needed round served; both rounds by one offer
//   station_*, commune_*, department_*                suggestions by reason
// Full size: 100,000 requests, 60,000 offers; --quick: 10,000 and 6,000. Exits non-zero when a result is not legal
// (isLegal) or two runs differ.
#include "BenchUtil.h"

#include "GreedyProxyMatcher.h"
#include "ProxyMatcher.h"
#include "ProxyMatching.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <cmath>

using namespace relais;
using namespace relais::bench;

namespace {

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_matching: %s\n", qPrintable(what));
    return false;
}

/// Index drawn with probability proportional to its weight (cumulative weights, ascending).
int draw(const std::vector<double> &cumulative, QRandomGenerator &rng)
{
    const double x = rng.generateDouble() * cumulative.back();
    return int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
}

std::vector<double> zipf(int n, double exponent, QRandomGenerator &rng, bool shuffle)
{
    std::vector<double> w(std::size_t(n), 0.0);
    for (int k = 0; k < n; ++k)
        w[std::size_t(k)] = 1.0 / std::pow(double(k + 1), exponent);
    if (shuffle)
        std::shuffle(w.begin(), w.end(), rng);
    for (std::size_t k = 1; k < w.size(); ++k)
        w[k] += w[k - 1];
    return w;
}

struct Department {
    QString code;
    std::vector<double> communeWeights; ///< cumulative
    std::vector<int> stations;          ///< per commune
};

/// 01..95 without 20, 2A, 2B and the five overseas departments: 101.
QStringList departmentCodes()
{
    QStringList codes;
    for (int d = 1; d <= 95; ++d) {
        if (d != 20)
            codes << QStringLiteral("%1").arg(d, 2, 10, QLatin1Char('0'));
    }
    codes << QStringLiteral("2A") << QStringLiteral("2B");
    for (const char *d : {"971", "972", "973", "974", "976"})
        codes << QLatin1String(d);
    return codes;
}

int drawRounds(QRandomGenerator &rng)
{
    const quint32 x = rng.bounded(100);
    return x < 60 ? BothRounds : x < 85 ? 1 : 2;
}

struct Input {
    QList<MatchRequest> requests;
    QList<MatchOffer> offers;
};

Input generate(int requestCount, int offerCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList codes = departmentCodes();
    const std::vector<double> departmentWeights = zipf(int(codes.size()), 0.9, rng, true);
    std::vector<Department> departments;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const double share = (departmentWeights[std::size_t(i)] - (i ? departmentWeights[std::size_t(i - 1)] : 0)) / departmentWeights.back();
        Department d;
        d.code = codes[i];
        const int communes = 40 + int(share * 6000);
        d.communeWeights = zipf(communes, 1.0, rng, false);
        for (int c = 0; c < communes; ++c)
            d.stations.push_back(1 + int(60.0 / double(c + 1)) + int(rng.bounded(2)));
        departments.push_back(std::move(d));
    }
    const auto place = [&](auto &x) {
        const Department &d = departments[std::size_t(draw(departmentWeights, rng))];
        const int c = draw(d.communeWeights, rng);
        const int s = int(rng.bounded(d.stations[std::size_t(c)]));
        x.department = d.code;
        x.commune = d.code + QStringLiteral("%1").arg(c + 1, int(5 - d.code.size()), 10, QLatin1Char('0')); // INSEE-like
        x.pollingStation = x.commune + QStringLiteral("-%1").arg(s + 1, 4, 10, QLatin1Char('0'));
    };

    Input in;
    in.requests.reserve(requestCount);
    for (int k = 0; k < requestCount; ++k) {
        MatchRequest r;
        r.id = QStringLiteral("req-%1").arg(k, 7, 10, QLatin1Char('0'));
        r.personId = QStringLiteral("mandant-%1").arg(k);
        place(r);
        r.abroad = rng.bounded(100) < 5;
        r.rounds = drawRounds(rng);
        in.requests << r;
    }
    in.offers.reserve(offerCount);
    QHash<QString, QList<qsizetype>> offersAtStation;
    for (int k = 0; k < offerCount; ++k) {
        MatchOffer o;
        o.id = QStringLiteral("off-%1").arg(k, 7, 10, QLatin1Char('0'));
        o.personId = QStringLiteral("mandataire-%1").arg(k);
        place(o);
        o.rounds = drawRounds(rng);
        for (std::size_t i = 0; i < 2; ++i) {
            if (!(o.rounds & (1 << i)))
                continue;
            if (rng.bounded(100) < 8)
                o.heldFrance[i] = 1;
            if (rng.bounded(100) < 3)
                o.heldAbroad[i] = 1;
        }
        // One offer in 300 comes from someone who also asked for a mandataire, at the same polling station.
        if (rng.bounded(300) == 0 && !in.requests.isEmpty()) {
            const MatchRequest &r = in.requests[qsizetype(rng.bounded(int(in.requests.size())))];
            o.personId = r.personId;
            o.department = r.department;
            o.commune = r.commune;
            o.pollingStation = r.pollingStation;
        }
        offersAtStation[o.pollingStation] << qsizetype(in.offers.size());
        in.offers << o;
    }
    // A third of the round-2-only requests had their round 1 matched earlier with an offer at their station.
    for (MatchRequest &r : in.requests) {
        if (r.rounds != 2 || rng.bounded(3) != 0)
            continue;
        for (qsizetype j : offersAtStation.value(r.pollingStation)) {
            MatchOffer &o = in.offers[j];
            if (o.rounds == BothRounds && o.heldFrance[0] == 0 && !r.abroad && o.personId != r.personId) {
                o.heldFrance[0] = 1;
                r.partnerOfferId = o.id;
                break;
            }
        }
    }
    return in;
}

/// Suggestions at the polling station, in the commune, in the department.
std::array<int, 3> byReason(const MatchResult &r)
{
    std::array<int, 3> counts{};
    for (const MatchSuggestion &s : r.suggestions)
        ++counts[std::size_t(matchReasonCost(s.reason))];
    return counts;
}

template<typename F>
double seconds(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI size: 10,000 requests, 6,000 offers."));
    QCommandLineOption requestsOpt(QStringLiteral("requests"), QStringLiteral("Requests (default 100,000)."), QStringLiteral("n"));
    QCommandLineOption offersOpt(QStringLiteral("offers"), QStringLiteral("Offers (default 60,000)."), QStringLiteral("n"));
    QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Departments solved at once (default: the cores)."), QStringLiteral("n"));
    QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Generator seed (default 73)."), QStringLiteral("n"));
    parser.addOptions({quick, requestsOpt, offersOpt, threadsOpt, seedOpt});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    const int requestCount = parser.isSet(requestsOpt) ? parser.value(requestsOpt).toInt() : isQuick ? 10000 : 100000;
    const int offerCount = parser.isSet(offersOpt) ? parser.value(offersOpt).toInt() : isQuick ? 6000 : 60000;
    const int threads = parser.isSet(threadsOpt) ? parser.value(threadsOpt).toInt() : QThread::idealThreadCount();
    const quint32 seed = parser.isSet(seedOpt) ? parser.value(seedOpt).toUInt() : 73;
    if (requestCount < 0 || offerCount < 0 || threads < 1)
        return fail(QStringLiteral("--requests and --offers must not be negative, --threads at least 1")), 1;

    const Input in = generate(requestCount, offerCount, seed);
    const ProxyRules rules;

    std::size_t departments = 0;
    const double rawS = seconds([&] {
        std::vector<ProxyDepartment> split = ProxyDepartment::split(in.requests, in.offers);
        for (ProxyDepartment &d : split)
            d.prepare(rules);
        departments = split.size();
    });

    ProxyMatcher matcher(rules);
    matcher.setThreadCount(threads);
    MatchResult best;
    std::vector<double> runs;
    std::vector<double> cpu;
    for (int run = 0; run < (isQuick ? 1 : 3); ++run) {
        MatchResult result;
        const double cpuBefore = cpuSeconds();
        runs.push_back(seconds([&] { result = matcher.match(in.requests, in.offers); }));
        cpu.push_back(cpuSeconds() - cpuBefore);
        if (!result.error.isEmpty())
            return fail(result.error), 1;
        if (run > 0 && !(result.suggestions == best.suggestions))
            return fail(QStringLiteral("two runs on the same input gave different answers")), 1;
        best = std::move(result);
    }
    const double matchS = percentile(runs, 50);

    MatchResult base;
    const double greedyS = seconds([&] { base = GreedyProxyMatcher(rules).match(in.requests, in.offers); });

    const QString bestLegal = isLegal(rules, in.requests, in.offers, best.suggestions);
    const QString baseLegal = isLegal(rules, in.requests, in.offers, base.suggestions);

    report("requests", requestCount, "requests");
    report("offers", offerCount, "offers");
    report("departments", double(departments), "departments");
    report("threads", threads, "threads");
    report("match_s", matchS, "s");
    report("match_cpu_s", percentile(cpu, 50), "s");
    report("greedy_s", greedyS, "s");
    report("raw_group_s", rawS, "s");
    report("match_ratio_vs_raw", matchS / rawS, "ratio");
    report("greedy_ratio_vs_raw", greedyS / rawS, "ratio");
    report("slots_wanted", best.slotsWanted, "slots");
    report("served_optimal", best.slotsServed, "slots");
    report("served_greedy", base.slotsServed, "slots");
    report("gain_vs_greedy", best.slotsServed - base.slotsServed, "slots");
    report("cost_optimal", double(best.totalCost), "cost");
    report("cost_greedy", double(base.totalCost), "cost");
    report("fully_served_optimal", best.requestsFullyServed, "requests");
    report("fully_served_greedy", base.requestsFullyServed, "requests");
    report("same_mandataire_optimal", best.sameMandataire, "requests");
    report("same_mandataire_greedy", base.sameMandataire, "requests");
    const std::array<int, 3> bestReasons = byReason(best);
    const std::array<int, 3> baseReasons = byReason(base);
    report("station_optimal", bestReasons[0], "slots");
    report("commune_optimal", bestReasons[1], "slots");
    report("department_optimal", bestReasons[2], "slots");
    report("station_greedy", baseReasons[0], "slots");
    report("commune_greedy", baseReasons[1], "slots");
    report("department_greedy", baseReasons[2], "slots");
    report("peak_rss_mb", peakRssMb(), "MB");

    if (!bestLegal.isEmpty())
        return fail(QStringLiteral("optimal result not legal: ") + bestLegal), 1;
    if (!baseLegal.isEmpty())
        return fail(QStringLiteral("greedy result not legal: ") + baseLegal), 1;
    if (best.slotsServed < base.slotsServed)
        return fail(QStringLiteral("the optimal engine served fewer slots than greedy")), 1;
    return 0;
}
