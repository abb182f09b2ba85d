#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace relais {

class CertificateProbe;

/// "Connect to a server": the server address, the user's name and password, and — for a server whose
/// certificate no authority of this computer vouches for (self-signed) — its SHA-256 fingerprint to compare
/// with the one the administrator gave, before anything is sent. Emits signInRequested(); the caller
/// answers with signInFinished().
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setServer(const QString &url);
    void setUsername(const QString &username);
    QUrl serverUrl() const;
    QString username() const;
    QString password() const;
    /// The fingerprint the user accepted (empty: the system trusts the certificate).
    QByteArray pinnedCertificate() const { return m_pinned; }
    /// Shown on the trust page (for tests and screenshots).
    QString fingerprintText() const;

public Q_SLOTS:
    /// Starts: probes the certificate (next: trust page or sign-in).
    void connectToServer();
    /// The user trusts the certificate shown.
    void trustCertificate();
    /// The answer to signInRequested().
    void signInFinished(bool ok, const QString &message);

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QByteArray &pinnedCertificate, const QString &username,
                         const QString &password);

private:
    void showError(const QString &message);
    void setBusy(bool busy, const QString &message = QString());
    void requestSignIn();

    QStackedWidget *m_pages;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_status;
    QLabel *m_trustText;
    QLabel *m_fingerprint;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
    QPushButton *m_trustButton;
    CertificateProbe *m_probe = nullptr;
    QByteArray m_candidate; ///< fingerprint shown on the trust page
    QByteArray m_pinned;
};

} // namespace relais
