#include "ContactRepository.h"
#include "DemoGenerator.h"
#include "Migrations.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SqlCipherDriver.h"
#include "ZoneTree.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("correct horse battery staple");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct PrintableRuns {
    int longest = 0;
    int atLeast16 = 0;     ///< what `strings -n 16` would print
    double expected16 = 0; ///< how many a file of random bytes of that size has on average
};

/// Runs of printable ASCII (0x20-0x7e) in a file, and the number random bytes would give.
PrintableRuns printableRuns(const QString &path)
{
    PrintableRuns r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return r;
    const QByteArray data = f.readAll();
    int run = 0;
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7f) {
            ++run;
        } else {
            r.atLeast16 += run >= 16 ? 1 : 0;
            run = 0;
        }
        r.longest = qMax(r.longest, run);
    }
    r.atLeast16 += run >= 16 ? 1 : 0;
    const double p = 95.0 / 256.0; // a random byte is printable
    r.expected16 = double(data.size()) * (1 - p) * std::pow(p, 16);
    return r;
}

/// Ciphertext is random bytes, and random bytes contain printable runs by chance: about one run of
/// 16 per 12 MB, one of 24 per 25 GB. A run of 24 or more, or any plaintext we wrote, is a leak.
void verifyNoPlaintext(const QString &path, const QList<QByteArray> &needles)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(!data.startsWith("SQLite format 3"));
    for (const QByteArray &n : needles)
        QVERIFY2(!data.contains(n), n.constData());
    const PrintableRuns runs = printableRuns(path);
    qInfo("%s: %lld bytes, longest printable run %d, runs of 16+: %d (random data: %.2f expected)",
          qPrintable(QFileInfo(path).fileName()), qint64(data.size()), runs.longest, runs.atLeast16, runs.expected16);
    QVERIFY2(runs.longest < 24, qPrintable(QStringLiteral("printable run of %1 bytes").arg(runs.longest)));
    QVERIFY(runs.atLeast16 <= runs.expected16 + 4 * std::sqrt(runs.expected16) + 2);
}

ProfileVault::KdfParams fastKdf() { return {1, 8 * 1024 * 1024}; } // tests only: cheap Argon2id
} // namespace

class TestReplica : public QObject
{
    Q_OBJECT
private slots:
    void createUnlockReopen()
    {
        QTemporaryDir dir;
        SecretKey key;
        QVERIFY(ProfileVault::create(dir.path(), Passphrase, &key, fastKdf()).ok());
        QVERIFY(key.isValid());
        QString error;
        {
            Replica r;
            QVERIFY2(r.openProfile(dir.path(), key, &error), qPrintable(error));
            QCOMPARE(r.schemaVersion(), Migrations::latestVersion());
            ContactRepository repo(r.database(), QStringLiteral("tester"));
            Contact c;
            c.firstName = QStringLiteral("Hélène");
            c.lastName = QStringLiteral("Dupont");
            c.zone = QStringLiteral("D69");
            QVERIFY2(repo.insert(c, &error), qPrintable(error));
            QVERIFY(c.localId > 0);
        }
        SecretKey again;
        const auto res = ProfileVault::unlock(dir.path(), Passphrase, &again);
        QVERIFY2(res.ok(), qPrintable(res.message));
        Replica r;
        QVERIFY2(r.openProfile(dir.path(), again, &error), qPrintable(error));
        ContactRepository repo(r.database());
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.byLocalId(1)->firstName, QStringLiteral("Hélène"));
        // Creating over an existing profile is refused and changes nothing.
        const QByteArray before = fileHash(ProfileVault::keyFilePath(dir.path()));
        QCOMPARE(ProfileVault::create(dir.path(), Passphrase, nullptr, fastKdf()).status,
                 ProfileVault::Status::AlreadyExists);
        QCOMPARE(fileHash(ProfileVault::keyFilePath(dir.path())), before);
    }

    void wrongPassphraseLeavesFilesUntouched()
    {
        QTemporaryDir dir;
        SecretKey key;
        QVERIFY(ProfileVault::create(dir.path(), Passphrase, &key, fastKdf()).ok());
        QString error;
        {
            Replica r;
            QVERIFY(r.openProfile(dir.path(), key, &error));
            ContactRepository repo(r.database());
            QList<Contact> demo = DemoGenerator(ZoneTree::france()).generate(50);
            QVERIFY2(repo.insertMany(demo, &error), qPrintable(error));
            r.checkpoint();
        }
        const QString db = ProfileVault::databasePath(dir.path());
        const QByteArray dbBefore = fileHash(db);
        const QByteArray keyBefore = fileHash(ProfileVault::keyFilePath(dir.path()));
        QVERIFY(!dbBefore.isEmpty());

        SecretKey wrong;
        const auto res = ProfileVault::unlock(dir.path(), QStringLiteral("not the passphrase"), &wrong);
        QCOMPARE(res.status, ProfileVault::Status::WrongPassphrase);
        QVERIFY(res.message.contains(QLatin1String("passphrase"), Qt::CaseInsensitive));
        QVERIFY(!wrong.isValid());
        QCOMPARE(fileHash(db), dbBefore);
        QCOMPARE(fileHash(ProfileVault::keyFilePath(dir.path())), keyBefore);

        // Even a wrong raw key handed straight to the driver fails at open and writes nothing.
        Replica r;
        QVERIFY(!r.openProfile(dir.path(), SecretKey::random(), &error));
        QVERIFY2(error.contains(QLatin1String("wrong key")), qPrintable(error));
        QVERIFY(!r.isOpen());
        QCOMPARE(fileHash(db), dbBefore);
    }

    void damagedKeyFileIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(ProfileVault::create(dir.path(), Passphrase, nullptr, fastKdf()).ok());
        QFile f(ProfileVault::keyFilePath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": 1, \"salt\": \"x\"}");
        f.close();
        QCOMPARE(ProfileVault::unlock(dir.path(), Passphrase, nullptr).status, ProfileVault::Status::Corrupt);
        QCOMPARE(ProfileVault::unlock(dir.path() + QStringLiteral("/nope"), Passphrase, nullptr).status,
                 ProfileVault::Status::Missing);
    }

    void changePassphraseKeepsData()
    {
        QTemporaryDir dir;
        SecretKey key;
        QVERIFY(ProfileVault::create(dir.path(), Passphrase, &key, fastKdf()).ok());
        const QString newPass = QStringLiteral("another long passphrase 42");
        QVERIFY(ProfileVault::changePassphrase(dir.path(), Passphrase, newPass).ok());
        QCOMPARE(ProfileVault::unlock(dir.path(), Passphrase, nullptr).status, ProfileVault::Status::WrongPassphrase);
        SecretKey after;
        QVERIFY(ProfileVault::unlock(dir.path(), newPass, &after).ok());
        QCOMPARE(after.toByteArray(), key.toByteArray()); // same database key, new wrapping
    }

    void newProfilesUseLargePagesAndOldOnesKeepTheirs()
    {
        const auto pageSize = [](Replica &r) {
            QSqlQuery q(r.database());
            return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
        };
        const auto addContact = [](Replica &r) {
            ContactRepository repo(r.database());
            Contact c = DemoGenerator(ZoneTree::france(), 5).next();
            QString error;
            return repo.insert(c, &error);
        };
        // A new profile records 16 KiB pages, and a changed passphrase keeps the record.
        QTemporaryDir fresh;
        SecretKey key;
        QVERIFY(ProfileVault::create(fresh.path(), Passphrase, &key, fastKdf()).ok());
        QCOMPARE(ProfileVault::cipherPageSize(fresh.path()), ProfileVault::NewCipherPageSize);
        {
            Replica r;
            QString error;
            QVERIFY2(r.openProfile(fresh.path(), key, &error), qPrintable(error));
            QCOMPARE(pageSize(r), ProfileVault::NewCipherPageSize);
            QVERIFY(addContact(r));
        }
        QCOMPARE(QFileInfo(ProfileVault::databasePath(fresh.path())).size() % ProfileVault::NewCipherPageSize, 0);
        QVERIFY(ProfileVault::changePassphrase(fresh.path(), Passphrase, QStringLiteral("another long passphrase 42")).ok());
        QCOMPARE(ProfileVault::cipherPageSize(fresh.path()), ProfileVault::NewCipherPageSize);

        // A profile from before the record (no cipher_page_size in profile.json) has 4 KiB pages: still opens.
        QTemporaryDir old;
        QVERIFY(ProfileVault::create(old.path(), Passphrase, &key, fastKdf()).ok());
        QFile f(ProfileVault::keyFilePath(old.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QVERIFY(o.contains(QStringLiteral("cipher_page_size")));
        o.remove(QStringLiteral("cipher_page_size"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QCOMPARE(ProfileVault::cipherPageSize(old.path()), ProfileVault::LegacyCipherPageSize);
        for (int round = 0; round < 2; ++round) {
            Replica r;
            QString error;
            QVERIFY2(r.openProfile(old.path(), key, &error), qPrintable(error));
            QCOMPARE(pageSize(r), ProfileVault::LegacyCipherPageSize);
            QVERIFY(addContact(r));
            QCOMPARE(ContactRepository(r.database()).count(), qint64(round + 1));
        }
        QVERIFY(ProfileVault::changePassphrase(old.path(), Passphrase, QStringLiteral("another long passphrase 42")).ok());
        QCOMPARE(ProfileVault::cipherPageSize(old.path()), ProfileVault::LegacyCipherPageSize);
    }

    void noPlaintextOnDisk()
    {
        QTemporaryDir dir;
        SecretKey key;
        QVERIFY(ProfileVault::create(dir.path(), Passphrase, &key, fastKdf()).ok());
        QString error;
        const QString db = ProfileVault::databasePath(dir.path());
        QList<QByteArray> needles; // values written, long enough not to occur by chance
        {
            Replica r;
            QVERIFY(r.openProfile(dir.path(), key, &error));
            ContactRepository repo(r.database());
            DemoGenerator gen(ZoneTree::france());
            for (int batch = 0; batch < 10; ++batch) {
                QList<Contact> contacts = gen.generate(1000);
                for (int i = 0; i < 5; ++i) {
                    needles << contacts.at(i).email.toUtf8() << contacts.at(i).phone.toUtf8()
                            << contacts.at(i).address.toUtf8();
                }
                QVERIFY2(repo.insertMany(contacts, &error), qPrintable(error));
            }
            QCOMPARE(repo.count(), 10000);
            needles.removeAll(QByteArray());
            needles << QByteArrayLiteral("CREATE TABLE") << QByteArrayLiteral("contacts_fts");
            // Before the checkpoint the WAL holds the data: it must be encrypted too.
            if (QFile::exists(db + QStringLiteral("-wal")))
                verifyNoPlaintext(db + QStringLiteral("-wal"), needles);
            QVERIFY(r.checkpoint());
        }
        QVERIFY(QFileInfo(db).size() > 1024 * 1024);
        verifyNoPlaintext(db, needles);
    }

    void plaintextDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(path);
            QVERIFY(plain.open());
            QSqlQuery q(plain);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        const QByteArray before = fileHash(path);
        Replica r;
        QString error;
        QVERIFY(!r.open(path, SecretKey::random(), &error));
        QVERIFY2(error.contains(QLatin1String("plaintext")), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void driverIsRealSqlCipher()
    {
        QTemporaryDir dir;
        Replica r;
        QString error;
        QVERIFY2(r.open(dir.filePath(QStringLiteral("x.db")), SecretKey::random(), &error), qPrintable(error));
        auto *driver = qobject_cast<SqlCipherDriver *>(r.database().driver());
        QVERIFY(driver);
        QVERIFY(!driver->cipherVersion().isEmpty());
        QSqlQuery q(r.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Driver-level errors surface as errors, not crashes.
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(!q.lastError().text().isEmpty());
    }

    void migrationFromEmpty()
    {
        QTemporaryDir dir;
        Replica r;
        QString error;
        QVERIFY(r.open(dir.filePath(QStringLiteral("x.db")), SecretKey::random(), &error));
        QCOMPARE(r.schemaVersion(), Migrations::latestVersion());
        const QStringList tables = r.database().tables();
        for (const char *t : {"contacts", "interactions", "upload_queue", "sync_buckets", "contacts_fts", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void migrationFromPreviousSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const SecretKey key = SecretKey::random();
        QString error;
        {
            Replica r;
            QVERIFY2(r.open(path, key, &error, 1), qPrintable(error));
            QCOMPARE(r.schemaVersion(), 1);
            QVERIFY(!r.database().tables().contains(QStringLiteral("contacts_fts")));
            QSqlQuery q(r.database());
            QVERIFY2(q.exec(QStringLiteral(
                "INSERT INTO contacts (id, zone, dirty, first_name, last_name, sort_key, email, phone, postal_code,"
                " commune_code, membership, tags, created_at, updated_at) VALUES"
                " ('0190f0a0-0000-7000-8000-000000000001', 'D69', 1, 'Hélène', 'Dupont', 'dupont\x01helene',"
                "  'helene@example.fr', '+33612345678', '69001', 'C69123', 'member', 'bénévole\njeunes',"
                "  '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'),"
                " ('0190f0a0-0000-7000-8000-000000000002', 'D13', 0, 'Marc', 'Martin', 'martin\x01marc',"
                "  NULL, NULL, '13001', 'C13055', 'none', '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")),
                qPrintable(q.lastError().text()));
        }
        Replica r;
        QVERIFY2(r.open(path, key, &error), qPrintable(error));
        QCOMPARE(r.schemaVersion(), Migrations::latestVersion());
        ContactRepository repo(r.database());
        QCOMPARE(repo.count(), 2);
        ContactQuery q;
        q.text = QStringLiteral("helene");
        QCOMPARE(repo.matching(q), QVector<qint64>({1}));
        q.text = QStringLiteral("marseille");
        QCOMPARE(repo.matching(q), QVector<qint64>({2}));
        QCOMPARE(repo.tagNames(), QStringList({QStringLiteral("bénévole"), QStringLiteral("jeunes")}));
        QCOMPARE(repo.pendingUploads(), 1); // the dirty one
        QCOMPARE(repo.byLocalId(1)->membership, Membership::Member);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const SecretKey key = SecretKey::random();
        QString error;
        {
            Replica r;
            QVERIFY(r.open(path, key, &error));
            QSqlQuery q(r.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        Replica r;
        QVERIFY(!r.open(path, key, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "tst_replica.moc"
