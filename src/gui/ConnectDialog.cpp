#include "ConnectDialog.h"

#include "CertificateProbe.h"
#include "ServerConnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relais {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_pages(new QStackedWidget(this)), m_server(new QLineEdit(this)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_status(new QLabel(this)), m_trustText(new QLabel(this)),
      m_fingerprint(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a server"));
    setMinimumWidth(520);

    auto *form = new QWidget(this);
    auto *fl = new QFormLayout(form);
    auto *intro = new QLabel(tr("Your organisation's Relais server keeps the contacts of your zone and shares your "
                                "changes with your team. Ask your administrator for its address and your account."),
                             form);
    intro->setWordWrap(true);
    fl->addRow(intro);
    m_server->setPlaceholderText(tr("https://relais.example.org"));
    m_username->setPlaceholderText(tr("Your user name"));
    m_password->setEchoMode(QLineEdit::Password);
    fl->addRow(tr("&Server address:"), m_server);
    fl->addRow(tr("&User name:"), m_username);
    fl->addRow(tr("&Password:"), m_password);
    m_pages->addWidget(form);

    auto *trust = new QWidget(this);
    auto *tl = new QVBoxLayout(trust);
    m_trustText->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_fingerprint->setFont(mono);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    auto *advice = new QLabel(tr("Compare it, character by character, with the fingerprint your administrator gave you "
                                 "(printed by the server when it was set up). Trust it only if they are identical: "
                                 "otherwise someone may be listening in between."),
                              trust);
    advice->setWordWrap(true);
    tl->addWidget(m_trustText);
    tl->addWidget(m_fingerprint);
    tl->addWidget(advice);
    tl->addStretch(1);
    m_pages->addWidget(trust);

    m_status->setWordWrap(true);
    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_trustButton = m_buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
    m_trustButton->hide();
    m_connectButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::connectToServer);
    connect(m_trustButton, &QPushButton::clicked, this, &ConnectDialog::trustCertificate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectDialog::setServer(const QString &url) { m_server->setText(url); }
void ConnectDialog::setUsername(const QString &username) { m_username->setText(username); }
QString ConnectDialog::username() const { return m_username->text().trimmed(); }
QString ConnectDialog::password() const { return m_password->text(); }
QString ConnectDialog::fingerprintText() const { return m_fingerprint->text(); }

QUrl ConnectDialog::serverUrl() const
{
    QString text = m_server->text().trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    return QUrl(text, QUrl::StrictMode);
}

void ConnectDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(message.toHtmlEscaped()));
}

void ConnectDialog::setBusy(bool busy, const QString &message)
{
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
    m_trustButton->setEnabled(!busy);
    m_status->setText(message);
}

void ConnectDialog::connectToServer()
{
    const QUrl url = serverUrl();
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https")) {
        showError(tr("Enter the server address, for example https://relais.example.org (only https is accepted)."));
        return;
    }
    if (username().isEmpty() || password().isEmpty()) {
        showError(tr("Enter your user name and your password."));
        return;
    }
    setBusy(true, tr("Contacting %1…").arg(url.host()));
    delete m_probe;
    m_probe = new CertificateProbe(this);
    connect(m_probe, &CertificateProbe::finished, this, [this, url](const CertificateProbe::Result &r) {
        if (!r.ok()) {
            showError(r.error.isEmpty() ? tr("The server could not be reached.") : r.error);
            return;
        }
        if (r.trustedBySystem) {
            m_pinned.clear();
            requestSignIn();
            return;
        }
        m_candidate = r.sha256;
        m_trustText->setText(tr("The server %1 presents a certificate that no authority known to this computer "
                                "vouches for (a self-signed certificate, common for an organisation's own server). "
                                "Its SHA-256 fingerprint is:").arg(url.host()));
        m_fingerprint->setText(ServerConnection::fingerprintText(r.sha256));
        m_pages->setCurrentIndex(1);
        m_connectButton->hide();
        m_trustButton->show();
        m_trustButton->setDefault(true);
        setBusy(false);
    });
    m_probe->probe(url);
}

void ConnectDialog::trustCertificate()
{
    m_pinned = m_candidate;
    requestSignIn();
}

void ConnectDialog::requestSignIn()
{
    setBusy(true, tr("Signing in…"));
    Q_EMIT signInRequested(serverUrl(), m_pinned, username(), password());
}

void ConnectDialog::signInFinished(bool ok, const QString &message)
{
    if (ok) {
        m_password->clear();
        accept();
        return;
    }
    m_pages->setCurrentIndex(0);
    m_trustButton->hide();
    m_connectButton->show();
    showError(message.isEmpty() ? tr("Sign-in failed.") : message);
}

} // namespace relais
