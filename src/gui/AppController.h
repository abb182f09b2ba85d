#pragma once

#include "KeychainStore.h"

#include <QObject>
#include <QPointer>

class QLabel;

namespace relais {

class IdleLock;
class KioskWindow;
class MainWindow;
class ProfileDialog;
class ProfileSession;
class SyncController;
class UnlockDialog;

/// Wires the desktop client together: owns the profile session, the idle lock and the main window,
/// and walks the user through first run, unlock, idle lock, kiosk and import.
/// A locked application shows nothing of the data: the main window is destroyed on lock and rebuilt
/// after unlocking.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /// The profile folder used without --profile: the last one opened, else the default one.
    static QString defaultProfileDir();

    /// Starts with the profile in `profileDir` (empty: defaultProfileDir()): first-run dialog when there
    /// is no profile there, else the key remembered in the keychain, else the unlock dialog.
    void start(const QString &profileDir = QString());

    ProfileSession *session() const { return m_session; }
    IdleLock *idleLock() const { return m_idle; }
    SyncController *sync() const { return m_sync; }
    MainWindow *mainWindow() const;

    /// Locks now (as after idle): closes open dialogs, destroys the windows showing data, locks the
    /// session and shows the unlock dialog.
    void lockNow(const QString &reason = QString());

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class KeyState { Remembered, NotRemembered, Unavailable };

    void showProfileDialog(bool openPage);
    void showUnlockDialog(const QString &message = QString());
    void unlockFromKeychainOrAsk();
    void onUnlocked(bool remember, bool keyFromKeychain = false);
    void applyRemember(bool remember);
    void showMainWindow();
    void updateKeychainStatus();
    void startKiosk();
    void onKioskLeft();
    void runImport();
    void onIdle();
    void lockWhenSafe(const QString &reason, int attempt);
    void finishLock(const QString &reason);
    void quitIfNothingShown();
    bool rememberedHint() const;
    void setRememberedHint(bool remembered);

    ProfileSession *m_session;
    IdleLock *m_idle;
    SyncController *m_sync;
    KeychainStore::Availability m_keychain;
    KeyState m_keyState = KeyState::NotRemembered;
    QString m_dir;
    bool m_locking = false;

    QPointer<MainWindow> m_main;
    QPointer<KioskWindow> m_kiosk;
    QPointer<UnlockDialog> m_unlock;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<QLabel> m_keychainStatus;
};

} // namespace relais
