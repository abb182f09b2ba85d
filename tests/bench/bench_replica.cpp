// bench_replica: the encrypted replica at scale.
//   insert_rows_per_s     contacts written through ContactRepository::insertMany (row + search index + upload queue)
//   raw_insert_rows_per_s the same rows (row + search document) through bare prepared SQLCipher C calls, same run
//   insert_ratio_vs_raw   the two above divided
//   search_p50_ms/p95_ms  100 varied queries through the CRM list model (setQuery + first page of rows)
//   open_first_page_ms    unlock the profile (Argon2id) + open the replica + first page of the CRM model
//   peak_rss_mb           VmHWM of the process
// Full size: 1,000,000 contacts. --quick: 20,000.
#include "BenchUtil.h"
#include "RawInserter.h"

#include "ContactListModel.h"
#include "ContactRepository.h"
#include "ContactRow.h"
#include "ContactSearchIndex.h"
#include "DemoGenerator.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SqlCipherLibrary.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

#include <sqlcipher/sqlite3.h>
#include <sodium.h>

using namespace relais;
using namespace relais::bench;

namespace {
const QString Passphrase = QStringLiteral("benchmark passphrase 2026");
constexpr int Batch = 10000;
constexpr quint32 Seed = 4242;

/// 100 queries of the kinds people type: names (with and without accents), prefixes while typing,
/// first + last name, email fragments, phone prefixes, communes, postal codes, and filters.
QList<ContactQuery> queries(int total)
{
    DemoGenerator gen(ZoneTree::france(), Seed); // the same people as in the replica
    QList<Contact> sample;
    const int stride = qMax(1, total / 200);
    for (int i = 0; i < total && sample.size() < 40; ++i) {
        Contact c = gen.next();
        if (i % stride == 0)
            sample << c;
    }
    const ZoneTree &zones = ZoneTree::france();
    QList<ContactQuery> out;
    for (int i = 0; out.size() < 100; ++i) {
        const Contact &c = sample.at(i % sample.size());
        ContactQuery q;
        switch (i % 10) {
        case 0: q.text = c.lastName; break;
        case 1: q.text = c.lastName.left(3); break;
        case 2: q.text = c.firstName + u' ' + c.lastName; break;
        case 3: q.text = TextNormalizer::fold(c.firstName).left(4); break; // typed without accents
        case 4: q.text = c.email.isEmpty() ? c.lastName : c.email.left(c.email.indexOf(u'@')); break;
        case 5: q.text = c.phone.isEmpty() ? c.lastName.left(4) : PhoneNumber::format(c.phone).left(8); break;
        case 6: q.text = c.communeCode.isEmpty() ? c.lastName : zones.zone(c.communeCode)->name; break;
        case 7: q.text = c.postalCode.isEmpty() ? c.firstName : c.postalCode; break;
        case 8: q.text = c.lastName.left(4); q.zone = c.zone; break;
        case 9: q.zone = c.zone; q.consent = Channel::Email; q.membership = Membership::Member; break;
        }
        out << q;
    }
    return out;
}
/// Inserts `total` demo contacts into the profile through the repository and, alternately, the same rows
/// into a scratch database through bare SQLCipher calls; prints both rates and their ratio.
bool measureInserts(const QString &profile, const QString &scratchDir, SecretKey &key, int total)
{
    QString error;
    // Raw baseline in its own file with the same schema and key. Raw and repository batches
    // alternate, so both databases grow together and both see the same machine noise.
    const QString rawPath = QDir(scratchDir).filePath(QStringLiteral("raw.db"));
    {
        Replica schemaOnly;
        if (!schemaOnly.open(rawPath, key, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    qint64 rawNs = 0, oursNs = 0;
    {
        RawInserter raw;
        Replica replica;
        if (!raw.open(rawPath, key) || !replica.openProfile(profile, key, &error)) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
            return false;
        }
        ContactRepository repo(replica.database(), QStringLiteral("bench"));
        DemoGenerator gen(ZoneTree::france(), Seed);
        for (int done = 0; done < total; done += Batch) {
            QList<Contact> batch = gen.generate(qMin(Batch, total - done));
            const qint64 r = raw.insert(batch);
            QElapsedTimer t;
            t.start();
            if (r < 0 || !repo.insertMany(batch, &error)) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
                return false;
            }
            oursNs += t.nsecsElapsed();
            rawNs += r;
            if ((done / Batch) % 10 == 9)
                std::fprintf(stderr, "  %d contacts written\n", done + int(batch.size()));
        }
        QElapsedTimer optimize;
        optimize.start();
        repo.optimizeSearchIndex();
        report("index_optimize_s", double(optimize.nsecsElapsed()) / 1e9, "s");
        replica.checkpoint();
    }
    QFile::remove(rawPath);
    QFile::remove(rawPath + QStringLiteral("-wal"));
    const double ours = total / (double(oursNs) / 1e9);
    const double raw = total / (double(rawNs) / 1e9);
    key.clear();
    report("insert_rows_per_s", ours, "rows/s");
    report("raw_insert_rows_per_s", raw, "rows/s");
    report("insert_ratio_vs_raw", ours / raw, "ratio");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a benchmark needs no display
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("CI-sized run (20,000 contacts)."));
    QCommandLineOption size(QStringLiteral("contacts"), QStringLiteral("Number of contacts."), QStringLiteral("N"));
    QCommandLineOption keep(QStringLiteral("profile"),
                            QStringLiteral("Keep the profile in DIR; if it exists, only measure opening and search."),
                            QStringLiteral("DIR"));
    QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Print each query with its time."));
    parser.addOptions({quick, size, keep, verbose});
    parser.process(app);
    const int total = parser.isSet(size) ? parser.value(size).toInt() : parser.isSet(quick) ? 20000 : 1000000;
    std::fprintf(stderr, "bench_replica: %d contacts\n", total);
    ZoneTree::france();

    QTemporaryDir dir;
    const QString profile = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("profile"));
    const bool reuse = ProfileVault::exists(profile);
    SecretKey key;
    if (!reuse && !ProfileVault::create(profile, Passphrase, &key).ok())
        return 1;
    QString error;
    if (!reuse && !measureInserts(profile, dir.path(), key, total))
        return 1;

    // Open as the app does: passphrase -> Argon2id -> replica -> CRM model first page.
    QElapsedTimer openTimer;
    openTimer.start();
    ProfileSession session;
    if (!session.unlock(profile, Passphrase, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ContactListModel model(&session);
    model.setQuery(ContactQuery{});
    const int columns = model.columnCount();
    for (int r = 0; r < qMin(50, model.rowCount()); ++r)
        for (int c = 0; c < columns; ++c)
            model.data(model.index(r, c));
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    if (model.rowCount() != qMin<qint64>(total, model.rowCount()) || model.rowCount() == 0) {
        std::fprintf(stderr, "model shows %d rows\n", model.rowCount());
        return 1;
    }

    std::vector<double> times;
    qint64 hits = 0;
    for (const ContactQuery &q : queries(total)) {
        QElapsedTimer t;
        t.start();
        model.setQuery(q);
        const double setQueryMs = double(t.nsecsElapsed()) / 1e6;
        for (int r = 0; r < qMin(50, model.rowCount()); ++r)
            for (int c = 0; c < columns; ++c)
                model.data(model.index(r, c));
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        hits += model.rowCount();
        if (parser.isSet(verbose)) {
            QElapsedTimer phase;
            phase.start();
            QVector<qint64> ids = session.contacts()->matching(q);
            const double matchMs = double(phase.nsecsElapsed()) / 1e6;
            phase.restart();
            QVector<qint64> sorted = session.contacts()->orderedMatching(q);
            const double orderedMs = double(phase.nsecsElapsed()) / 1e6;
            phase.restart();
            session.contacts()->byLocalIds(sorted.mid(0, 200));
            std::fprintf(stderr, "   [fts %.1f ms, fts+order %.1f ms, page %.1f ms, model setQuery %.1f ms]", matchMs,
                         orderedMs, double(phase.nsecsElapsed()) / 1e6, setQueryMs);
        }
        if (parser.isSet(verbose))
            std::fprintf(stderr, "  %7.2f ms %8d rows  text=\"%s\" zone=%s consent=%d member=%d\n", times.back(),
                         model.rowCount(), qPrintable(q.text), qPrintable(q.zone), q.consent ? int(*q.consent) : -1,
                         q.membership ? int(*q.membership) : -1);
    }
    std::fprintf(stderr, "  100 queries matched %lld rows in all\n", hits);
    if (hits == 0)
        return 1;
    report("search_p50_ms", percentile(times, 50), "ms");
    report("search_p95_ms", percentile(times, 95), "ms");
    report("search_max_ms", percentile(times, 100), "ms");
    report("open_first_page_ms", openMs, "ms");
    report("peak_rss_mb", peakRssMb(), "MB");
    return 0;
}
