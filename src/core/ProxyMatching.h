#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace relais {

/// Proxy votes ("procurations", Code électoral art. L73): a voter who cannot vote (the mandant) files a request, a
/// volunteer (the mandataire) files an offer, and a matcher suggests which offer holds which request, round by
/// round. This file holds what the matchers share: the input and output types, the check every result must pass,
/// and the department view both matchers work on. The matchers are ProxyMatcher (optimal) and GreedyProxyMatcher.

/// Election rounds are 1 and 2; a set of rounds is a bitmask (round 1 = 1, round 2 = 2, both = 3).
constexpr int BothRounds = 3;
constexpr int roundBit(int round) { return 1 << (round - 1); }

/// What one mandataire may hold per election round (art. L73: two procurations, at most one established in France).
struct ProxyRules {
    int maxTotal = 2;
    int maxInFrance = 1;
};

/// A mandant's request, as far as matching cares.
struct MatchRequest {
    QString id;
    QString personId;       ///< never matched with an offer of the same person (empty: unknown)
    QString department;     ///< matching never crosses departments; empty: never matched
    QString commune;        ///< INSEE code ("69123")
    QString pollingStation; ///< where the mandant is registered, hence where the mandataire will vote
    bool abroad = false;    ///< established abroad: counts against maxTotal only, not maxInFrance
    int rounds = 0;         ///< rounds still needing a mandataire (rounds already served are left out)
    QString partnerOfferId; ///< optional, for a request needing one round: the offer holding its other one, preferred
};

/// A mandataire's offer.
struct MatchOffer {
    QString id;
    QString personId;
    QString department;
    QString commune;
    QString pollingStation;
    int rounds = 0;                  ///< rounds it is available for
    std::array<int, 2> heldFrance{}; ///< per round (index 0 = round 1): procurations established in France it holds
    std::array<int, 2> heldAbroad{}; ///< per round: procurations established abroad it holds
};

/// How close a request and an offer are; the closer, the better (lower cost).
enum class MatchReason { SamePollingStation, SameCommune, SameDepartment };
/// Stable keys for the GUI to translate: "same_polling_station", "same_commune", "same_department".
QString matchReasonKey(MatchReason reason);
/// 0, 1 and 2: the cost a matcher minimises.
int matchReasonCost(MatchReason reason);
/// How close they are; nothing when they are not in the same (non-empty) department. Polling stations are the same
/// when both are non-empty and equal once trimmed and case-folded; communes and departments when their codes are
/// non-empty and equal once trimmed.
std::optional<MatchReason> matchReason(const MatchRequest &request, const MatchOffer &offer);

struct MatchSuggestion {
    QString requestId;
    QString offerId;
    int round = 1;
    MatchReason reason = MatchReason::SameDepartment;
    int cost = 0; ///< matchReasonCost(reason)

    friend bool operator==(const MatchSuggestion &, const MatchSuggestion &) = default;
};

struct MatchResult {
    QList<MatchSuggestion> suggestions; ///< sorted by request id, then round
    int slotsWanted = 0;                ///< request-rounds asked for
    int slotsServed = 0;                ///< request-rounds given a mandataire (= suggestions.size())
    int requestsWanted = 0;             ///< requests needing at least one round
    int requestsFullyServed = 0;        ///< requests given a mandataire for every round they need
    int sameMandataire = 0;             ///< requests needing both rounds given the same offer for both
    qint64 totalCost = 0;
    QString error; ///< the input was refused (checkMatchInput); then nothing else is set
};

/// The first problem of an input, empty when none: empty or duplicate ids, rounds outside 0..3, negative held
/// counts, negative rules.
QString checkMatchInput(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers);

/// Empty when `suggestions` is a legal answer to the input, else the first problem found. Every rule is checked on
/// its own, from the input alone: known ids, a round the request needs and the offer covers, the same department,
/// the right reason and cost, no one matched with themselves, no request-round served twice, and per offer and
/// round what it held plus what it is given within maxInFrance (requests established in France) and maxTotal.
QString isLegal(const ProxyRules &rules, const QList<MatchRequest> &requests, const QList<MatchOffer> &offers,
                const QList<MatchSuggestion> &suggestions);

/// One department's answer: per request (in the department's order), the index of the offer serving each round
/// (index 0 = round 1), or -1.
using ProxyAnswer = std::vector<std::array<int, 2>>;

/// One department's share of an input as the matchers see it: requests and offers sorted by id, their polling
/// stations, communes and persons numbered within the department (-1: none) so that comparing places is comparing
/// integers, and what each offer may still take per round under the rules. Both matchers answer department by
/// department (ProxyAnswer) and leave the suggestions and counters to result() and merge().
struct ProxyDepartment {
    struct Request {
        const MatchRequest *source = nullptr;
        int station = -1;
        int commune = -1;
        int person = -1;
        int partner = -1; ///< index in offers of source->partnerOfferId when it is in this department
    };
    struct Offer {
        const MatchOffer *source = nullptr;
        int station = -1;
        int commune = -1;
        int person = -1;
        std::array<int, 2> franceLeft{}; ///< per round: requests established in France it may still take
        std::array<int, 2> totalLeft{};  ///< per round: requests of either kind it may still take (0: round not covered)
    };

    QString code;
    std::vector<Request> requests;
    std::vector<Offer> offers;
    int stations = 0; ///< polling stations numbered
    int communes = 0; ///< communes numbered
    int persons = 0;  ///< persons numbered (those with an offer here)

    /// The departments of an input that has passed checkMatchInput, sorted by code, each holding its requests and
    /// offers in input order with nothing else set: prepare() does the rest, so that it can run on any thread.
    /// Requests and offers without a department are left out. The views point into `requests` and `offers`.
    static std::vector<ProxyDepartment> split(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers);
    /// Sorts the requests and offers by id, numbers their places and persons, finds the partners, and computes what
    /// each offer may still take under the rules.
    void prepare(const ProxyRules &rules);
    /// The suggestions of an answer, sorted by request id then round, and its counters.
    MatchResult result(const ProxyAnswer &answer) const;
    /// The result of a whole input from its departments' results: suggestions merged in order, counters added, and
    /// the requests without a department counted as wanted.
    static MatchResult merge(const QList<MatchRequest> &requests, std::vector<MatchResult> parts);

    static MatchReason reason(const Request &r, const Offer &o)
    {
        if (r.station >= 0 && r.station == o.station)
            return MatchReason::SamePollingStation;
        if (r.commune >= 0 && r.commune == o.commune)
            return MatchReason::SameCommune;
        return MatchReason::SameDepartment;
    }
    static bool samePerson(const Request &r, const Offer &o) { return r.person >= 0 && r.person == o.person; }
    /// What `o` may still take in `round` from requests established abroad, or in France.
    static int left(const Offer &o, int round, bool abroad)
    {
        const std::size_t i = std::size_t(round - 1);
        return abroad ? o.totalLeft[i] : std::min(o.franceLeft[i], o.totalLeft[i]);
    }
    MatchSuggestion suggestion(std::size_t request, std::size_t offer, int round) const;
};

} // namespace relais
