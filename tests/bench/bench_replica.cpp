// bench_replica: the encrypted replica at scale.
//   insert_rows_per_s     contacts written through ContactRepository::insertMany (row + search index + upload queue)
//   raw_insert_rows_per_s the same rows (row + search document) through bare prepared SQLCipher C calls, same run
//   insert_ratio_vs_raw   the two above divided
//   search_p50_ms/p95_ms  100 varied queries through the CRM list model (setQuery + first page of rows)
//   open_first_page_ms    unlock the profile (Argon2id) + open the replica + first page of the CRM model
//   peak_rss_mb           VmHWM of the process
// Full size: 1,000,000 contacts. --quick: 20,000.
#include "BenchUtil.h"

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

struct RawRow {
    std::vector<QByteArray> text; // UTF-8 values, empty QByteArray + null flag
    std::vector<int> kind;        // 0 null, 1 int, 2 text
    std::vector<qint64> ints;
};

RawRow toRaw(const QVariantList &values)
{
    RawRow r;
    for (const QVariant &v : values) {
        if (v.isNull()) {
            r.kind.push_back(0);
            r.ints.push_back(0);
            r.text.emplace_back();
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            r.kind.push_back(1);
            r.ints.push_back(v.toLongLong());
            r.text.emplace_back();
        } else {
            r.kind.push_back(2);
            r.ints.push_back(0);
            r.text.push_back(v.toString().toUtf8());
        }
    }
    return r;
}

void bindRaw(const SqlCipherLibrary &l, sqlite3_stmt *st, const RawRow &r, int offset = 0)
{
    for (std::size_t i = 0; i < r.kind.size(); ++i) {
        const int idx = int(i) + 1 + offset;
        if (r.kind[i] == 0)
            l.bind_null(st, idx);
        else if (r.kind[i] == 1)
            l.bind_int64(st, idx, r.ints[i]);
        else
            l.bind_text(st, idx, r.text[i].constData(), int(r.text[i].size()), SQLITE_STATIC);
    }
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "raw %s failed: %s\n", what, SqlCipherLibrary::instance().errmsg(db));
    return false;
}

/// Raw baseline: the same rows, the same schema and key, prepared statements on the C API, no Qt.
class RawInserter
{
public:
    bool open(const QString &path, const SecretKey &key)
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        if (l.open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return false;
        QByteArray hex(65, '\0');
        sodium_bin2hex(hex.data(), 65, key.data(), 32);
        const QByteArray spec = "x'" + hex.left(64) + "'";
        l.key(m_db, spec.constData(), int(spec.size()));
        for (const char *p : {"PRAGMA cipher_page_size = 4096", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                              "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA secure_delete = ON"})
            l.exec(m_db, p, nullptr, nullptr, nullptr);
        const QByteArray insSql = ContactRow::insertSql().toUtf8();
        return check(l.prepare_v2(m_db, insSql.constData(), -1, &m_ins, nullptr), m_db, "prepare")
            && check(l.prepare_v2(m_db, "INSERT INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)",
                                  -1, &m_fts, nullptr), m_db, "prepare fts");
    }
    /// Converts the rows outside the timed part, then times only the inserts. Returns ns, or -1.
    qint64 insert(const QList<Contact> &batch)
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        std::vector<RawRow> rows, docs;
        rows.reserve(std::size_t(batch.size()));
        docs.reserve(std::size_t(batch.size()));
        for (Contact c : batch) {
            c.id = Uuid7::generate();
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            c.dirty = true;
            rows.push_back(toRaw(ContactRow::values(c)));
            const auto d = ContactSearchIndex::document(c);
            docs.push_back(toRaw({d.names, d.contact, d.place, d.flags}));
        }
        QElapsedTimer t;
        t.start();
        l.exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            l.reset(m_ins);
            bindRaw(l, m_ins, rows[i]);
            if (!check(l.step(m_ins), m_db, "insert"))
                return -1;
            l.reset(m_fts);
            l.bind_int64(m_fts, 1, l.last_insert_rowid(m_db));
            bindRaw(l, m_fts, docs[i], 1);
            if (!check(l.step(m_fts), m_db, "insert fts"))
                return -1;
        }
        if (!check(l.exec(m_db, "COMMIT", nullptr, nullptr, nullptr), m_db, "commit"))
            return -1;
        return t.nsecsElapsed();
    }
    ~RawInserter()
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        l.finalize(m_ins);
        l.finalize(m_fts);
        if (m_db)
            l.close_v2(m_db);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_ins = nullptr;
    sqlite3_stmt *m_fts = nullptr;
};

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
