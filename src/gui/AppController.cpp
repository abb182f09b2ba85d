#include "AppController.h"

#include "CallPage.h"
#include "IdleLock.h"
#include "ImportWizard.h"
#include "KioskWindow.h"
#include "MainWindow.h"
#include "NewsletterPage.h"
#include "PetitionPage.h"
#include "ProfileDialog.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "SyncController.h"
#include "UnlockDialog.h"
#include "ZoneTree.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

namespace relais {

namespace {

const QString LastProfileKey = QStringLiteral("profile/lastDir");
const QString LastEventKey = QStringLiteral("kiosk/lastEvent");
constexpr int LockRetryMs = 100;
constexpr int LockMaxAttempts = 50;

QString rememberedKey(const QString &profileId)
{
    return QStringLiteral("keychain/remembered-") + profileId;
}

} // namespace

AppController::AppController(QObject *parent)
    : QObject(parent), m_session(new ProfileSession(this)), m_idle(new IdleLock(this)),
      m_sync(new SyncController(m_session, this))
{
    // Windows come and go (dialogs, main window, kiosk): quit explicitly when none is left.
    QApplication::setQuitOnLastWindowClosed(false);
    connect(qApp, &QGuiApplication::lastWindowClosed, this,
            [this] { QTimer::singleShot(0, this, &AppController::quitIfNothingShown); });
    connect(m_idle, &IdleLock::idle, this, &AppController::onIdle);
}

AppController::~AppController()
{
    m_idle->stop();
    delete m_kiosk.data();
    if (m_main) {
        m_main->newsletterPage()->saveChanges(); // a draft keeps what was typed (nothing waits for an answer)
        m_main->petitionPage()->saveChanges();   // unless the form has problems to fix
        m_main->callPage()->saveChanges();
    }
    delete m_main.data();
    delete m_unlock.data();
    delete m_profileDialog.data();
    m_sync->stop();
    m_session->lock();
}

QString AppController::defaultProfileDir()
{
    const QString last = QSettings().value(LastProfileKey).toString();
    if (!last.isEmpty() && ProfileVault::exists(last))
        return last;
    return ProfileDialog::defaultProfileDir();
}

MainWindow *AppController::mainWindow() const
{
    return m_main.data();
}

void AppController::start(const QString &profileDir)
{
    m_dir = profileDir.isEmpty() ? defaultProfileDir() : QDir::cleanPath(QDir(profileDir).absolutePath());
    // The French geography (35,000 communes) loads while the user types the passphrase.
    QThreadPool::globalInstance()->start([] { ZoneTree::france(); });
    m_keychain = KeychainStore::probe();
    if (!m_keychain.isAvailable())
        qInfo("Relais: no keychain, the passphrase will be asked at each start: %s",
              qUtf8Printable(m_keychain.detail.isEmpty() ? m_keychain.reason : m_keychain.detail));
    if (ProfileVault::exists(m_dir))
        unlockFromKeychainOrAsk();
    else
        showProfileDialog(false);
}

void AppController::showProfileDialog(bool openPage)
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(m_session, m_dir, m_keychain);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog = dialog;
    if (openPage)
        dialog->showOpenPage();
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_profileDialog = nullptr;
        if (result == QDialog::Accepted && dialog->outcome() == ProfileDialog::Outcome::Created) {
            m_dir = dialog->profileDir();
            onUnlocked(dialog->rememberRequested());
        } else if (result == QDialog::Accepted && dialog->outcome() == ProfileDialog::Outcome::OpenExisting) {
            m_dir = dialog->profileDir();
            unlockFromKeychainOrAsk();
        } else if (ProfileVault::exists(m_dir)) {
            showUnlockDialog(); // back to the profile we came from
        } else {
            QCoreApplication::quit();
        }
    });
    dialog->show();
}

void AppController::unlockFromKeychainOrAsk()
{
    QString message;
    if (m_keychain.isAvailable() && rememberedHint()) {
        QString error;
        SecretKey key = KeychainStore::load(ProfileVault::profileId(m_dir), &error);
        if (key.isValid()) {
            const bool ok = m_session->unlockWithKey(m_dir, key, &error);
            key.clear();
            if (ok) {
                m_keyState = KeyState::Remembered;
                onUnlocked(true, /*keyFromKeychain=*/true);
                return;
            }
            message = tr("The key remembered on this computer no longer opens this profile. "
                         "Enter the passphrase.");
        } else if (!error.isEmpty()) {
            message = tr("The keychain did not give the remembered key: %1 Enter the passphrase.").arg(error);
        } else {
            setRememberedHint(false); // the entry was removed from the keychain
        }
    }
    showUnlockDialog(message);
}

void AppController::showUnlockDialog(const QString &message)
{
    if (m_unlock) {
        m_unlock->setMessage(message);
        m_unlock->raise();
        m_unlock->activateWindow();
        return;
    }
    auto *dialog = new UnlockDialog(m_session, m_dir, m_keychain);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRemember(rememberedHint());
    dialog->setMessage(message);
    m_unlock = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_unlock = nullptr;
        if (result == QDialog::Accepted)
            onUnlocked(dialog->rememberRequested());
        else if (result == UnlockDialog::SwitchProfile)
            showProfileDialog(true);
        else
            QCoreApplication::quit();
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::onUnlocked(bool remember, bool keyFromKeychain)
{
    QSettings().setValue(LastProfileKey, m_session->profileDir());
    if (!keyFromKeychain)
        applyRemember(remember);
    showMainWindow();
    m_idle->loadSettings();
    m_idle->start();
}

void AppController::applyRemember(bool remember)
{
    const QString id = ProfileVault::profileId(m_dir);
    if (!m_keychain.isAvailable()) {
        m_keyState = KeyState::Unavailable;
        return;
    }
    QString error;
    if (remember) {
        if (KeychainStore::store(id, m_session->key(), &error)) {
            setRememberedHint(true);
            m_keyState = KeyState::Remembered;
        } else {
            setRememberedHint(false);
            m_keyState = KeyState::NotRemembered;
            QMessageBox::warning(nullptr, tr("Relais"),
                                 tr("The profile could not be remembered on this computer: %1\n"
                                    "The passphrase will be asked at each start.").arg(error));
        }
        return;
    }
    m_keyState = KeyState::NotRemembered;
    if (rememberedHint()) {
        if (KeychainStore::remove(id, &error))
            setRememberedHint(false);
        else
            QMessageBox::warning(nullptr, tr("Relais"),
                                 tr("The key remembered on this computer could not be forgotten: %1").arg(error));
    }
}

void AppController::showMainWindow()
{
    if (!m_main) {
        m_main = new MainWindow(m_session);
        m_main->installEventFilter(this);
        // Queued: these run from the event loop, never inside the main window's own call stack.
        connect(m_main, &MainWindow::kioskRequested, this, &AppController::startKiosk, Qt::QueuedConnection);
        connect(m_main, &MainWindow::importRequested, this, &AppController::runImport, Qt::QueuedConnection);
        connect(m_main, &MainWindow::lockRequested, this, [this] { lockNow(); }, Qt::QueuedConnection);
        m_keychainStatus = new QLabel;
        m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
        m_main->addPermanentStatusWidget(m_keychainStatus);
        m_sync->attachWindow(m_main);
        m_main->callPage()->setSyncController(m_sync);
        // A volunteer (who can only call) lands on the Calls page, also once /me first answers.
        connect(m_sync, &SyncController::accountChanged, m_main, &MainWindow::showStartPage);
        m_sync->startIfConfigured();
    }
    updateKeychainStatus();
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
}

void AppController::updateKeychainStatus()
{
    if (!m_keychainStatus)
        return;
    switch (m_keyState) {
    case KeyState::Remembered:
        m_keychainStatus->setText(tr("Keychain: remembered on this computer"));
        m_keychainStatus->setToolTip(tr("Relais opens this profile without asking for the passphrase on this "
                                        "computer. Untick \"Remember on this computer\" at the next unlock to stop."));
        break;
    case KeyState::Unavailable:
        m_keychainStatus->setText(tr("Keychain: not available — passphrase asked at each start"));
        m_keychainStatus->setToolTip(m_keychain.detail.isEmpty()
                                         ? m_keychain.reason
                                         : QString(m_keychain.reason + u'\n' + m_keychain.detail));
        break;
    case KeyState::NotRemembered:
        m_keychainStatus->setText(tr("Passphrase asked at each start"));
        m_keychainStatus->setToolTip(QString());
        break;
    }
}

void AppController::startKiosk()
{
    if (!m_main || m_kiosk || !m_session->isUnlocked())
        return;
    QSettings settings;
    bool ok = false;
    const QString name = QInputDialog::getText(m_main, tr("Sign-up kiosk"),
                                               tr("Name of the event (it is recorded with each sign-up):"),
                                               QLineEdit::Normal, settings.value(LastEventKey).toString(), &ok)
                             .simplified();
    if (!ok || name.isEmpty() || !m_main || !m_session->isUnlocked() || m_locking)
        return;
    settings.setValue(LastEventKey, name);
    // The kiosk is itself locked (leaving it needs the passphrase) and is left alone for long
    // stretches at an event: the idle lock is paused while it is shown.
    m_idle->stop();
    auto *kiosk = new KioskWindow(m_session, name);
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    m_kiosk = kiosk;
    connect(kiosk, &KioskWindow::left, this, &AppController::onKioskLeft);
    kiosk->showFullScreen();
    m_main->hide();
}

void AppController::onKioskLeft()
{
    // Show the main window before the kiosk closes, so that there is always a window.
    if (m_main && m_session->isUnlocked()) {
        m_main->show();
        m_main->raise();
        m_main->activateWindow();
        m_idle->start();
    }
}

void AppController::runImport()
{
    if (!m_main || !m_session->isUnlocked())
        return;
    // On the heap: a lock while the wizard runs closes it and destroys its parent window.
    QPointer<ImportWizard> wizard = new ImportWizard(m_session, m_main);
    wizard->exec();
    delete wizard.data();
    if (m_session->isUnlocked())
        Q_EMIT m_session->contactsChanged();
}

void AppController::onIdle()
{
    const qint64 minutes = m_idle->timeoutMs() / 60000;
    lockNow(minutes >= 1 ? tr("Relais locked itself after %n minute(s) without activity.", nullptr, int(minutes))
                         : tr("Relais locked itself after a while without activity."));
}

void AppController::lockNow(const QString &reason)
{
    if (m_locking || !m_session->isUnlocked())
        return;
    m_locking = true;
    m_idle->stop();
    lockWhenSafe(reason, 0);
}

void AppController::lockWhenSafe(const QString &reason, int attempt)
{
    // Dialogs and menus run their own event loops inside the main window's code: close them first and
    // let those loops return before destroying the window under them.
    QWidget *popup = QApplication::activePopupWidget();
    QWidget *modal = QApplication::activeModalWidget();
    if (modal == m_unlock.data() || modal == m_profileDialog.data())
        modal = nullptr;
    if ((popup || modal) && attempt < LockMaxAttempts) {
        if (popup)
            popup->close();
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else if (modal)
            modal->close();
        QTimer::singleShot(LockRetryMs, this, [this, reason, attempt] { lockWhenSafe(reason, attempt + 1); });
        return;
    }
    finishLock(reason);
}

void AppController::finishLock(const QString &reason)
{
    showUnlockDialog(reason); // first, so that a window is always shown
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w != m_unlock.data() && w->isVisible())
            w->hide();
    }
    delete m_kiosk.data();
    if (m_main) {
        m_main->newsletterPage()->saveChanges(); // a draft keeps what was typed (nothing waits for an answer)
        m_main->petitionPage()->saveChanges();   // unless the form has problems to fix
        m_main->callPage()->saveChanges();
    }
    delete m_main.data();
    m_sync->stop();
    m_session->lock();
    m_locking = false;
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_main.data() && event->type() == QEvent::Close)
        QTimer::singleShot(0, this, &AppController::quitIfNothingShown);
    return QObject::eventFilter(watched, event);
}

void AppController::quitIfNothingShown()
{
    if (m_locking)
        return;
    const auto windows = QApplication::topLevelWidgets();
    for (const QWidget *w : windows) {
        if (w->isVisible() && w->windowType() != Qt::Popup && w->windowType() != Qt::ToolTip)
            return;
    }
    QCoreApplication::quit();
}

bool AppController::rememberedHint() const
{
    const QString id = ProfileVault::profileId(m_dir);
    return !id.isEmpty() && QSettings().value(rememberedKey(id), false).toBool();
}

void AppController::setRememberedHint(bool remembered)
{
    const QString id = ProfileVault::profileId(m_dir);
    if (id.isEmpty())
        return;
    QSettings settings;
    if (remembered)
        settings.setValue(rememberedKey(id), true);
    else
        settings.remove(rememberedKey(id));
}

} // namespace relais
