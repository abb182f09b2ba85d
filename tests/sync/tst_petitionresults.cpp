// Petition results from the replica: signature records pulled like any synced record get their columns in
// the signatures table (SignatureIndex), which PetitionResults counts and filters in SQL: totals, days,
// departments, regions, text/department/opt-in/date filters; REMOVE ops, purged buckets and rewrites keep
// it in step; the migration's rebuild; clients cannot save signatures.
#include "SyncTestLog.h"

#include "PetitionResults.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SecretKey.h"
#include "SignatureIndex.h"
#include "SyncStore.h"
#include "Uuid7.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relais;
using relais::test::SyncTestLog;

namespace {

const QString Signature = QStringLiteral("signature");
const QString Petition = QStringLiteral("petition");

struct Signer {
    const char *first;
    const char *last;
    const char *email;
    const char *department;
    const char *confirmedAt;
    bool optin;
};

/// Signatures of petition P: 3 in D69, 2 in D01 (both Auvergne-Rhône-Alpes), 1 in D75, 1 unknown.
const QList<Signer> &signers()
{
    static const QList<Signer> list{
        {"Hélène", "Vermorel", "helene.vermorel@example.org", "D69", "2026-05-01T08:00:00.000Z", true},
        {"Bruno", "Garnier", "bruno.garnier@example.org", "D69", "2026-05-01T21:30:00.000Z", false},
        {"Chloé", "Martin", "chloe@example.net", "D69", "2026-05-03T10:00:00.000Z", true},
        {"Fabien", "Morel", "fabien.morel@example.org", "D01", "2026-05-03T23:59:59.000Z", false},
        {"Gaëlle", "Perrin", "gaelle.perrin@example.org", "D01", "2026-05-04T00:00:00.000Z", true},
        {"Inès", "Dupont", "ines.dupont@example.org", "D75", "2026-05-04T12:00:00.000Z", false},
        {"Zoé", "Inconnue", "zoe@example.org", "", "2026-05-06T09:00:00.000Z", true},
    };
    return list;
}

QJsonObject signature(const QString &id, const QString &petition, const Signer &s)
{
    const QString department = QString::fromLatin1(s.department);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("zone"), department.isEmpty() ? QStringLiteral("FR") : department},
            {QStringLiteral("petition_id"), petition},
            {QStringLiteral("first_name"), QString::fromUtf8(s.first)},
            {QStringLiteral("last_name"), QString::fromUtf8(s.last)},
            {QStringLiteral("email"), QString::fromUtf8(s.email)},
            {QStringLiteral("postal_code"), QStringLiteral("69001")},
            {QStringLiteral("phone"), QString()},
            {QStringLiteral("department"), department},
            {QStringLiteral("newsletter_optin"), s.optin},
            {QStringLiteral("signed_at"), QString::fromLatin1(s.confirmedAt)},
            {QStringLiteral("confirmed_at"), QString::fromLatin1(s.confirmedAt)},
            {QStringLiteral("contact_id"), QString()}};
}

QStringList keys(const QList<KeyCount> &counts)
{
    QStringList out;
    for (const KeyCount &c : counts)
        out << c.key + u'=' + QString::number(c.count);
    return out;
}

} // namespace

class TestPetitionResults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncStore> m_store;
    SyncTestLog m_log;
    QString m_petition;
    QStringList m_ids; ///< of signers(), in order

    QSqlDatabase db() const { return m_replica->database(); }

    bool apply(const QList<SyncOp> &ops)
    {
        QString error;
        if (!m_store->beginCheckpoint(&error) || !m_store->applyOps(ops, &error)
            || !m_store->applyCheckpoint(m_log.states(m_log.states().keys()), true, nullptr, &error)) {
            qWarning("apply: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    /// The petition and its signatures pulled from the server (each in its department's bucket or FR),
    /// plus one signature of another petition.
    bool pullSignatures()
    {
        m_petition = Uuid7::generate();
        QList<SyncOp> ops{m_log.put(QStringLiteral("FR"), Petition, m_petition,
                                    {{QStringLiteral("title"), QStringLiteral("Sauvons la ligne 3")}})};
        for (const Signer &s : signers()) {
            const QString id = Uuid7::generate();
            m_ids << id;
            const QJsonObject data = signature(id, m_petition, s);
            ops << m_log.put(data.value(QLatin1String("zone")).toString(), Signature, id, data);
        }
        const QString other = Uuid7::generate();
        ops << m_log.put(QStringLiteral("D69"), Signature, other, signature(other, Uuid7::generate(), signers().first()));
        return apply(ops);
    }

    qint64 rowsInIndex() const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT count(*) FROM signatures")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_replica = std::make_unique<Replica>();
        QString error;
        QVERIFY2(m_replica->open(m_dir->filePath(QStringLiteral("replica.db")), SecretKey::random(), &error),
                 qPrintable(error));
        m_store = std::make_unique<SyncStore>(db());
        m_log = SyncTestLog();
        m_ids.clear();
        QVERIFY(pullSignatures());
    }

    void cleanup()
    {
        m_store.reset();
        m_replica.reset();
        m_dir.reset();
    }

    void totalsDaysDepartmentsAndRegions()
    {
        const PetitionResults results(db(), m_petition);
        QCOMPARE(results.count(), 7);
        QCOMPARE(rowsInIndex(), 8); // the other petition's signature too
        QCOMPARE(keys(results.perDay()), QStringList({QStringLiteral("2026-05-01=2"), QStringLiteral("2026-05-03=2"),
                                                      QStringLiteral("2026-05-04=2"), QStringLiteral("2026-05-06=1")}));
        QCOMPARE(keys(results.perDepartment()), QStringList({QStringLiteral("D69=3"), QStringLiteral("D01=2"),
                                                             QStringLiteral("=1"), QStringLiteral("D75=1")}));
        QCOMPARE(keys(results.perRegion()), QStringList({QStringLiteral("R84=5"), QStringLiteral("=1"),
                                                         QStringLiteral("R11=1")}));
        QCOMPARE(results.departments(), QStringList({QString(), QStringLiteral("D01"), QStringLiteral("D69"),
                                                     QStringLiteral("D75")}));
        QCOMPARE(PetitionResults(db(), Uuid7::generate()).count(), 0);
        QVERIFY(PetitionResults(db(), Uuid7::generate()).perDay().isEmpty());
    }

    void filters()
    {
        const PetitionResults results(db(), m_petition);
        SignatureFilter f;
        f.text = QStringLiteral("HELENE");             // accents and case ignored
        QCOMPARE(results.count(f), 1);
        f.text = QStringLiteral("example.org morel"); // every word, within names or address: Morel, Vermorel
        QCOMPARE(results.count(f), 2);
        f.text = QStringLiteral("fabien MOREL");
        QCOMPARE(results.count(f), 1);
        QCOMPARE(results.signatures(f).value(0).firstName, QStringLiteral("Fabien"));
        f.text = QStringLiteral("100%_");              // wildcards are text
        QCOMPARE(results.count(f), 0);
        f = {};
        f.department = QStringLiteral("D69");
        QCOMPARE(results.count(f), 3);
        f.department = QStringLiteral("-");            // unknown department
        QCOMPARE(results.count(f), 1);
        f = {};
        f.optin = true;
        QCOMPARE(results.count(f), 4);
        f.optin = false;
        QCOMPARE(results.count(f), 3);
        f = {};
        f.from = QDate(2026, 5, 3);
        f.to = QDate(2026, 5, 4);
        QCOMPARE(results.count(f), 4);
        f.department = QStringLiteral("D01");
        f.optin = true;
        const QList<PetitionSignature> rows = results.signatures(f);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().lastName, QStringLiteral("Perrin"));
        QCOMPARE(rows.first().confirmedAt, QDateTime(QDate(2026, 5, 4), QTime(0, 0), Qt::UTC));
        QVERIFY(rows.first().optin);
        // Newest first, and pages.
        const QList<PetitionSignature> all = results.signatures();
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.first().firstName, QStringLiteral("Zoé"));
        QCOMPARE(all.last().firstName, QStringLiteral("Hélène"));
        const QList<PetitionSignature> page = results.signatures({}, 2, 1);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.first().id, all.at(1).id);
    }

    void removesRewritesAndPurgesFollowTheRecords()
    {
        const PetitionResults results(db(), m_petition);
        // A REMOVE (an erased signer).
        QVERIFY(apply({m_log.remove(QStringLiteral("D75"), Signature, m_ids.at(5))}));
        QCOMPARE(results.count(), 6);
        QCOMPARE(results.perRegion().size(), 2);
        // The same address signing again rewrites its record: confirmed later, now opted in.
        Signer again = signers().at(1);
        again.confirmedAt = "2026-05-06T10:00:00.000Z";
        again.optin = true;
        QVERIFY(apply({m_log.put(QStringLiteral("D69"), Signature, m_ids.at(1), signature(m_ids.at(1), m_petition, again))}));
        QCOMPARE(results.count(), 6);
        SignatureFilter f;
        f.from = QDate(2026, 5, 6);
        QCOMPARE(results.count(f), 2);
        // D01 leaves the user's scope: its bucket is purged at the complete checkpoint.
        m_log.dropBucket(QStringLiteral("D01"));
        QVERIFY(apply({}));
        QCOMPARE(results.count(), 4);
        QVERIFY(!results.departments().contains(QStringLiteral("D01")));
    }

    void rebuildAndClientWrites()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM signatures")));
        QCOMPARE(PetitionResults(db(), m_petition).count(), 0);
        QString error;
        QVERIFY2(SignatureIndex::rebuild(db(), &error), qPrintable(error));
        QCOMPARE(PetitionResults(db(), m_petition).count(), 7);
        QCOMPARE(SignatureIndex::dayOf(QStringLiteral("2026-05-03T23:30:00+02:00")), QStringLiteral("2026-05-03"));
        QCOMPARE(SignatureIndex::dayOf(QStringLiteral("2026-05-04T01:30:00+02:00")), QStringLiteral("2026-05-03"));
        QCOMPARE(SignatureIndex::dayOf(QStringLiteral("not a date")), QString());
        // Only the server writes signatures.
        SyncRecord r;
        r.type = Signature;
        r.zone = QStringLiteral("D69");
        QVERIFY(!RecordRepository(db()).save(r, &error));
        QVERIFY2(error.contains(QStringLiteral("server")), qPrintable(error));
    }

    void manySignaturesStayFast()
    {
        // 20,000 signatures over 60 days and 80 departments: every figure in well under a second.
        QList<SyncOp> ops;
        QElapsedTimer timer;
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 20000; ++i) {
            const QString id = Uuid7::generate();
            Signer s = signers().at(i % signers().size());
            const QByteArray department = QByteArray("D") + QByteArray::number(10 + i % 80);
            const QByteArray at = start.addSecs(qint64(i) * 259).toString(Qt::ISODateWithMs).toLatin1();
            s.department = department.constData();
            s.confirmedAt = at.constData();
            ops << m_log.put(QString::fromLatin1(department), Signature, id, signature(id, m_petition, s));
        }
        QVERIFY(apply(ops));
        timer.start();
        const PetitionResults results(db(), m_petition);
        QCOMPARE(results.count(), 20007);
        QCOMPARE(results.perDay().size(), 61 + 4); // March 1 to April 30, and the first ones
        QCOMPARE(results.perDepartment().size(), 82);
        SignatureFilter f;
        f.text = QStringLiteral("vermorel");
        f.department = QStringLiteral("D12");
        QVERIFY(results.count(f) > 0);
        QCOMPARE(results.signatures({}, 100).size(), 100);
        qInfo("figures of 20,000 signatures in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestPetitionResults)
#include "tst_petitionresults.moc"
