#include "CertificateProbe.h"

#include <QCryptographicHash>
#include <QSslSocket>
#include <QTimer>

namespace relais {

CertificateProbe::CertificateProbe(QObject *parent) : QObject(parent) {}

CertificateProbe::~CertificateProbe()
{
    if (m_socket)
        m_socket->abort();
}

void CertificateProbe::probe(const QUrl &url, int timeoutMs)
{
    m_done = false;
    m_result = Result();
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_timer = new QTimer(m_socket);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { finish(tr("The server did not answer in time.")); });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_result.errors = errors;
        // Only to read the certificate: nothing is sent on this connection.
        m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_result.trustedBySystem = m_result.errors.isEmpty();
        finish(QString());
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        finish(tr("Cannot reach the server: %1").arg(m_socket->errorString()));
    });
    m_timer->start(timeoutMs);
    m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
}

void CertificateProbe::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        m_result.certificate = peer;
        m_result.sha256 = peer.digest(QCryptographicHash::Sha256);
    } else {
        m_result.error = error.isEmpty() ? tr("The server presented no certificate.") : error;
    }
    m_socket->abort();
    Q_EMIT finished(m_result);
}

} // namespace relais
