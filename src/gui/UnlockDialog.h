#pragma once

#include "KeychainStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais {

class ProfileSession;

/// The unlock screen of an existing profile, at start and after an idle lock: passphrase,
/// "remember on this computer", errors in plain words, and a way to switch to another profile.
/// Accepted = the session is unlocked; Rejected = the user quits; SwitchProfile = choose another profile.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { SwitchProfile = 2 };

    UnlockDialog(ProfileSession *session, const QString &profileDir, const KeychainStore::Availability &keychain,
                 QWidget *parent = nullptr);
    ~UnlockDialog() override;

    QString profileDir() const { return m_dir; }
    /// Initial state of "remember on this computer" (ignored when no keychain is available).
    void setRemember(bool remember);
    bool rememberRequested() const;
    /// An information line above the passphrase (why the profile is locked, a keychain problem...).
    void setMessage(const QString &message);

private:
    void unlock();

    ProfileSession *m_session;
    QString m_dir;
    KeychainStore::Availability m_keychain;
    QLabel *m_message = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlockButton = nullptr;
};

} // namespace relais
