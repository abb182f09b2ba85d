#pragma once

#include "KeychainStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace relais {

class ProfileSession;

/// First run: create a profile (folder, passphrase twice with a strength meter, "remember on this
/// computer") or open an existing profile folder.
/// On "create", the dialog creates and opens the profile in `session` itself (errors stay in the dialog);
/// on "open", it only returns the folder: the caller shows the unlock dialog for it.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { None, Created, OpenExisting };

    ProfileDialog(ProfileSession *session, const QString &suggestedDir,
                  const KeychainStore::Availability &keychain, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// The folder suggested for a new profile when none is given.
    static QString defaultProfileDir();

    Outcome outcome() const { return m_outcome; }
    QString profileDir() const;
    /// "Remember on this computer" was ticked (only possible when a keychain is available).
    bool rememberRequested() const;

    /// Shows the "open an existing profile" page first (switching profile).
    void showOpenPage();

private:
    QWidget *buildCreatePage(const QString &dir);
    QWidget *buildOpenPage(const QString &dir);
    void updateCreateState();
    void updateOpenState();
    void chooseFolder(QLineEdit *edit, const QString &title);
    void createProfile();
    void openProfile();

    ProfileSession *m_session;
    KeychainStore::Availability m_keychain;
    Outcome m_outcome = Outcome::None;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_createDir = nullptr;
    QLabel *m_createDirNote = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_strengthHint = nullptr;
    QLabel *m_mismatch = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_rememberNote = nullptr;
    QLabel *m_createError = nullptr;
    QPushButton *m_createButton = nullptr;

    QLineEdit *m_openDir = nullptr;
    QLabel *m_openError = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace relais
