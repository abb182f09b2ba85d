// First-run and unlock dialogs, and the idle lock.
#include "AppController.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "KeychainStore.h"
#include "ProfileDialog.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("correct horse battery staple");

KeychainStore::Availability unavailable()
{
    KeychainStore::Availability a;
    a.state = KeychainStore::Availability::Unavailable;
    a.reason = QStringLiteral("No keychain is available on this computer (such as GNOME Keyring or KWallet).");
    a.detail = QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown");
    return a;
}

KeychainStore::Availability available()
{
    KeychainStore::Availability a;
    a.state = KeychainStore::Availability::Available;
    return a;
}
} // namespace

class TestProfileDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void strengthMeterReacts();
    void mismatchKeepsCreateDisabled();
    void rememberDisabledWithoutKeychain();
    void createsTheProfile();
    void existingFolderCannotBeCreatedAgain();
    void openExistingReturnsTheFolder();
    void unlockWrongThenRight();
    void unlockSwitchProfile();
    void idleLockFiresAfterTimeout();
    void idleLockInputResets();
    void idleLockSettings();
    void controllerUnlocksAndLocksOnIdle();
    void controllerRemembersWithKeychain();
    void screenshots();

private:
    template <typename T>
    T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }
    QTemporaryDir m_tmp;
};

void TestProfileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RelaisTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profiledialogs"));
    QVERIFY(m_tmp.isValid());
}

void TestProfileDialogs::strengthMeterReacts()
{
    ProfileSession session;
    ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("p1")), unavailable());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
    auto *bar = child<QProgressBar>(dialog, "strengthBar");
    auto *hint = child<QLabel>(dialog, "strengthHint");
    QCOMPARE(bar->minimum(), 0);
    QCOMPARE(bar->maximum(), 4);
    QCOMPARE(bar->value(), 0);

    QTest::keyClicks(pass, QStringLiteral("abc"));
    QCOMPARE(bar->value(), 0);
    QString expected;
    ProfileVault::passphraseStrength(QStringLiteral("abc"), &expected);
    QCOMPARE(hint->text(), expected);
    const QString weakHint = hint->text();

    pass->clear();
    QTest::keyClicks(pass, Passphrase + QStringLiteral(" 42!"));
    QVERIFY2(bar->value() >= 3, qPrintable(QString::number(bar->value())));
    QVERIFY(hint->text() != weakHint);
    QCOMPARE(bar->value(), ProfileVault::passphraseStrength(pass->text()));
}

void TestProfileDialogs::mismatchKeepsCreateDisabled()
{
    ProfileSession session;
    ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("p2")), unavailable());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *create = child<QPushButton>(dialog, "createButton");
    auto *mismatch = child<QLabel>(dialog, "mismatchLabel");
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), Passphrase);
    QVERIFY(!create->isEnabled());
    QVERIFY(!mismatch->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("correct horse battery stapel"));
    QVERIFY(!create->isEnabled());
    QVERIFY(mismatch->isVisible());
    QVERIFY(mismatch->text().contains(QStringLiteral("differ")));

    // Clicking anyway does nothing.
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!session.isUnlocked());
    QVERIFY(!ProfileVault::exists(m_tmp.filePath(QStringLiteral("p2"))));

    auto *confirm = child<QLineEdit>(dialog, "confirmEdit");
    confirm->clear();
    QTest::keyClicks(confirm, Passphrase);
    QVERIFY(!mismatch->isVisible());
    QVERIFY(create->isEnabled());

    // Too short, even when both match.
    child<QLineEdit>(dialog, "passphraseEdit")->setText(QStringLiteral("short"));
    confirm->setText(QStringLiteral("short"));
    QVERIFY(!create->isEnabled());
}

void TestProfileDialogs::rememberDisabledWithoutKeychain()
{
    ProfileSession session;
    {
        ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("p3")), unavailable());
        auto *remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY(child<QLabel>(dialog, "rememberNote")->text().contains(QStringLiteral("No keychain")));
        QVERIFY(!dialog.rememberRequested());
    }
    {
        ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("p3")), available());
        auto *remember = child<QCheckBox>(dialog, "rememberCheck");
        QVERIFY(remember->isEnabled());
        QVERIFY(!remember->isChecked()); // opt-in
        remember->setChecked(true);
        QVERIFY(dialog.rememberRequested());
    }
}

void TestProfileDialogs::createsTheProfile()
{
    ProfileSession session;
    const QString dir = m_tmp.filePath(QStringLiteral("created"));
    ProfileDialog dialog(&session, dir, unavailable());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), Passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), Passphrase);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.outcome(), ProfileDialog::Outcome::Created);
    QCOMPARE(dialog.profileDir(), dir);
    QVERIFY(session.isUnlocked());
    QVERIFY(ProfileVault::exists(dir));
    QVERIFY(child<QLineEdit>(dialog, "passphraseEdit")->text().isEmpty()); // wiped
    QVERIFY(child<QLineEdit>(dialog, "confirmEdit")->text().isEmpty());
}

void TestProfileDialogs::existingFolderCannotBeCreatedAgain()
{
    ProfileSession session;
    ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("created")), unavailable());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), Passphrase);
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), Passphrase);
    QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "createDirNote")->isVisible());
}

void TestProfileDialogs::openExistingReturnsTheFolder()
{
    ProfileSession session;
    ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("nothing-here")), unavailable());
    dialog.showOpenPage();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *open = child<QPushButton>(dialog, "openButton");
    QTest::mouseClick(open, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(dialog, "openError")->isVisible());

    auto *dirEdit = child<QLineEdit>(dialog, "openDirEdit");
    dirEdit->setText(m_tmp.filePath(QStringLiteral("created")));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outcome(), ProfileDialog::Outcome::OpenExisting);
    QCOMPARE(dialog.profileDir(), m_tmp.filePath(QStringLiteral("created")));
    QVERIFY(!session.isUnlocked()); // the unlock dialog comes next
}

void TestProfileDialogs::unlockWrongThenRight()
{
    ProfileSession session;
    const QString dir = m_tmp.filePath(QStringLiteral("created"));
    const QByteArray before = [&] {
        QFile f(ProfileVault::keyFilePath(dir));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    UnlockDialog dialog(&session, dir, unavailable());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pass = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(!unlock->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "profileLabel")->text().contains(QStringLiteral("created")));

    QTest::keyClicks(pass, QStringLiteral("wrong passphrase"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!session.isUnlocked());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Wrong passphrase")), qPrintable(error->text()));
    QVERIFY(pass->text().isEmpty());
    QFile f(ProfileVault::keyFilePath(dir));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // nothing was changed

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(pass, Passphrase);
    QTest::keyClick(pass, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(session.isUnlocked());
    QVERIFY(pass->text().isEmpty());
}

void TestProfileDialogs::unlockSwitchProfile()
{
    ProfileSession session;
    UnlockDialog dialog(&session, m_tmp.filePath(QStringLiteral("created")), available());
    dialog.setRemember(true);
    QVERIFY(dialog.rememberRequested());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "switchButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(UnlockDialog::SwitchProfile));
    QVERIFY(!session.isUnlocked());
}

void TestProfileDialogs::idleLockFiresAfterTimeout()
{
    IdleLock lock;
    lock.setTimeoutMs(200);
    QSignalSpy idle(&lock, &IdleLock::idle);
    QElapsedTimer t;
    t.start();
    lock.start();
    QVERIFY(idle.wait(2000));
    QVERIFY(t.elapsed() >= 190);
    QCOMPARE(idle.count(), 1);
    QVERIFY(!lock.isActive());
    QTest::qWait(400); // once only, until started again
    QCOMPARE(idle.count(), 1);
}

void TestProfileDialogs::idleLockInputResets()
{
    QWidget w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    IdleLock lock;
    lock.setTimeoutMs(300);
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.start();
    QElapsedTimer t;
    t.start();
    // Input every 100 ms keeps it awake well past the timeout...
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&w, Qt::Key_A);
        QTest::qWait(100);
        QTest::mouseMove(&w, QPoint(10 + i, 10 + i));
    }
    QVERIFY(t.elapsed() >= 700);
    QCOMPARE(idle.count(), 0);
    // ...and it fires once the input stops.
    QVERIFY(idle.wait(2000));
    QCOMPARE(idle.count(), 1);

    // 0 = never.
    lock.setTimeoutMs(0);
    lock.start();
    QTest::qWait(400);
    QCOMPARE(idle.count(), 1);
}

void TestProfileDialogs::idleLockSettings()
{
    QSettings settings;
    IdleLock lock;
    settings.remove(QStringLiteral("security/idleLockMinutes"));
    lock.loadSettings();
    QCOMPARE(lock.timeoutMs(), qint64(10) * 60 * 1000);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), 3);
    lock.loadSettings();
    QCOMPARE(lock.timeoutMs(), qint64(3) * 60 * 1000);
    settings.setValue(QStringLiteral("security/idleLockMinutes"), 0);
    lock.loadSettings();
    QCOMPARE(lock.timeoutMs(), qint64(0));
    settings.remove(QStringLiteral("security/idleLockMinutes"));
}

void TestProfileDialogs::controllerUnlocksAndLocksOnIdle()
{
    const QString dir = m_tmp.filePath(QStringLiteral("created"));
    AppController controller;
    controller.start(dir);
    const auto visibleUnlockDialog = [] {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *d = qobject_cast<UnlockDialog *>(w); d && d->isVisible())
                return d;
        }
        return static_cast<UnlockDialog *>(nullptr);
    };
    UnlockDialog *unlock = visibleUnlockDialog();
    QVERIFY(unlock);
    QVERIFY(!controller.session()->isUnlocked());
    QVERIFY(!controller.mainWindow());

    QTest::keyClicks(child<QLineEdit>(*unlock, "passphraseEdit"), Passphrase);
    QTest::mouseClick(child<QPushButton>(*unlock, "unlockButton"), Qt::LeftButton);
    QVERIFY(controller.session()->isUnlocked());
    QVERIFY(controller.mainWindow());
    QTRY_VERIFY(controller.mainWindow()->isVisible());
    auto *status = controller.mainWindow()->findChild<QLabel *>(QStringLiteral("keychainStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("passphrase asked at each start"), Qt::CaseInsensitive),
             qPrintable(status->text()));

    // Idle: the data disappears, the session is locked and the unlock dialog is back.
    controller.idleLock()->setTimeoutMs(150);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.session()->isUnlocked(), 3000);
    QVERIFY(!controller.mainWindow());
    unlock = visibleUnlockDialog();
    QVERIFY(unlock);
    QVERIFY(child<QLabel>(*unlock, "messageLabel")->isVisible());

    // Unlocking again brings a new main window.
    QTest::keyClicks(child<QLineEdit>(*unlock, "passphraseEdit"), Passphrase);
    QTest::mouseClick(child<QPushButton>(*unlock, "unlockButton"), Qt::LeftButton);
    QVERIFY(controller.session()->isUnlocked());
    QVERIFY(controller.mainWindow());
    controller.idleLock()->stop();

    // Locking from the main window (queued) works the same way.
    Q_EMIT controller.mainWindow()->lockRequested();
    QTRY_VERIFY(!controller.session()->isUnlocked());
    QVERIFY(!controller.mainWindow());
    QVERIFY(visibleUnlockDialog());
}

void TestProfileDialogs::controllerRemembersWithKeychain()
{
    const KeychainStore::Availability keychain = KeychainStore::probe();
    if (!keychain.isAvailable())
        QSKIP("no keychain here (run inside tests/run-with-keyring.sh to cover this)");
    const QString dir = m_tmp.filePath(QStringLiteral("created"));
    const auto visibleUnlockDialog = [] {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *d = qobject_cast<UnlockDialog *>(w); d && d->isVisible())
                return d;
        }
        return static_cast<UnlockDialog *>(nullptr);
    };
    {
        AppController controller;
        controller.start(dir);
        UnlockDialog *unlock = visibleUnlockDialog();
        QVERIFY(unlock);
        auto *remember = child<QCheckBox>(*unlock, "rememberCheck");
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(*unlock, "passphraseEdit"), Passphrase);
        QTest::mouseClick(child<QPushButton>(*unlock, "unlockButton"), Qt::LeftButton);
        QVERIFY(controller.session()->isUnlocked());
        auto *status = controller.mainWindow()->findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("remembered")), qPrintable(status->text()));
    }
    QTRY_VERIFY(!visibleUnlockDialog());
    {
        // Next start: opened from the keychain, no passphrase asked.
        AppController controller;
        controller.start(dir);
        QVERIFY(controller.session()->isUnlocked());
        QVERIFY(!visibleUnlockDialog());
        QVERIFY(controller.mainWindow());

        // After a lock, the passphrase is asked even though the key is remembered.
        controller.lockNow();
        QVERIFY(!controller.session()->isUnlocked());
        UnlockDialog *unlock = visibleUnlockDialog();
        QVERIFY(unlock);
        auto *remember = child<QCheckBox>(*unlock, "rememberCheck");
        QVERIFY(remember->isChecked());
        remember->setChecked(false); // forget it
        QTest::keyClicks(child<QLineEdit>(*unlock, "passphraseEdit"), Passphrase);
        QTest::mouseClick(child<QPushButton>(*unlock, "unlockButton"), Qt::LeftButton);
        QVERIFY(controller.session()->isUnlocked());
    }
    QString error;
    QVERIFY(!KeychainStore::load(ProfileVault::profileId(dir), &error).isValid());
    QVERIFY(error.isEmpty());
}

void TestProfileDialogs::screenshots()
{
    const QString dir = qEnvironmentVariable("RELAIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set RELAIS_SCREENSHOT_DIR to save screenshots");
    ProfileSession session;
    {
        ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("shot")), unavailable());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("correct horse"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("correct hor"));
        QTest::qWait(100); // let the layouts settle, as a person would see it
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-dialog.png")));
    }
    {
        ProfileDialog dialog(&session, m_tmp.filePath(QStringLiteral("shot")), available());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), Passphrase);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmEdit"), Passphrase);
        QTest::qWait(100); // let the layouts settle, as a person would see it
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-dialog-keychain.png")));
        dialog.showOpenPage();
        QTest::qWait(100); // let the layouts settle, as a person would see it
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/profile-dialog-open.png")));
    }
    {
        UnlockDialog dialog(&session, m_tmp.filePath(QStringLiteral("created")), available());
        dialog.setMessage(QStringLiteral("Relais locked itself after 10 minutes without activity."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QStringLiteral("wrong passphrase"));
        QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
        QTest::qWait(100); // let the layouts settle, as a person would see it
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/unlock-dialog.png")));
    }
    {
        UnlockDialog dialog(&session, m_tmp.filePath(QStringLiteral("created")), unavailable());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(100); // let the layouts settle, as a person would see it
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/unlock-dialog-nokeychain.png")));
    }
}

QTEST_MAIN(TestProfileDialogs)
#include "tst_profiledialogs.moc"
