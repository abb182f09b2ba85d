// "Remember on this computer": the database key in the OS keychain (Secret Service here).
// Run it inside tests/run-with-keyring.sh (a private D-Bus session, an unlocked gnome-keyring and a
// throwaway HOME). Without a keychain it fails, unless RELAIS_KEYCHAIN_OPTIONAL=1 (then it is skipped).
#include "KeychainStore.h"
#include "SecretKey.h"

#include <QTest>
#include <QUuid>

using namespace relais;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void absentIsInvalidWithoutError();
    void profilesAreSeparate();
    void names();

private:
    static QString newProfileId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static bool sameKey(const SecretKey &a, const SecretKey &b)
    {
        QByteArray x = a.toByteArray(), y = b.toByteArray();
        const bool same = a.isValid() && b.isValid() && x == y;
        SecretKey::wipe(x);
        SecretKey::wipe(y);
        return same;
    }
};

void TestKeychain::initTestCase()
{
    const KeychainStore::Availability a = KeychainStore::probe();
    if (!a.isAvailable()) {
        const QByteArray why = QString(a.reason + QStringLiteral(" [") + a.detail + u']').toUtf8();
        if (qEnvironmentVariable("RELAIS_KEYCHAIN_OPTIONAL") == QLatin1String("1"))
            QSKIP(why.constData());
        QFAIL(QByteArray("no keychain (run inside tests/run-with-keyring.sh, or set RELAIS_KEYCHAIN_OPTIONAL=1): "
                         + why)
                  .constData());
    }
    QVERIFY(a.reason.isEmpty());
}

void TestKeychain::roundTrip()
{
    const QString id = newProfileId();
    const SecretKey key = SecretKey::random();
    QString error;
    QVERIFY2(KeychainStore::store(id, key, &error), qPrintable(error));

    SecretKey loaded = KeychainStore::load(id, &error);
    QVERIFY2(loaded.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(sameKey(loaded, key));

    // Storing again replaces.
    const SecretKey other = SecretKey::random();
    QVERIFY2(KeychainStore::store(id, other, &error), qPrintable(error));
    loaded = KeychainStore::load(id, &error);
    QVERIFY(sameKey(loaded, other));

    QVERIFY2(KeychainStore::remove(id, &error), qPrintable(error));
    loaded = KeychainStore::load(id, &error);
    QVERIFY(!loaded.isValid());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Forgetting twice is fine.
    QVERIFY2(KeychainStore::remove(id, &error), qPrintable(error));
}

void TestKeychain::absentIsInvalidWithoutError()
{
    QString error = QStringLiteral("stale");
    const SecretKey loaded = KeychainStore::load(newProfileId(), &error);
    QVERIFY(!loaded.isValid());
    QVERIFY(error.isEmpty());
}

void TestKeychain::profilesAreSeparate()
{
    const QString a = newProfileId(), b = newProfileId();
    const SecretKey ka = SecretKey::random(), kb = SecretKey::random();
    QString error;
    QVERIFY2(KeychainStore::store(a, ka, &error), qPrintable(error));
    QVERIFY2(KeychainStore::store(b, kb, &error), qPrintable(error));
    QVERIFY(sameKey(KeychainStore::load(a, &error), ka));
    QVERIFY(sameKey(KeychainStore::load(b, &error), kb));
    QVERIFY(KeychainStore::remove(a, &error));
    QVERIFY(!KeychainStore::load(a, &error).isValid());
    QVERIFY(sameKey(KeychainStore::load(b, &error), kb));
    QVERIFY(KeychainStore::remove(b, &error));

    // Nothing to remember: refused, nothing stored.
    QVERIFY(!KeychainStore::store(a, SecretKey(), &error));
    QVERIFY(!error.isEmpty());
}

void TestKeychain::names()
{
    QCOMPARE(KeychainStore::serviceName(), QStringLiteral("Relais"));
    QCOMPARE(KeychainStore::entryKey(QStringLiteral("abc")), QStringLiteral("profile-abc"));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
