#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QSslSocket;
class QTimer;

namespace relais {

/// Fetches a server's TLS certificate for the trust prompt ("this server presents a certificate with
/// fingerprint AB:CD:...; trust it?"). Completes the handshake whatever the verification says, reads the
/// peer certificate and closes the connection without sending anything.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    struct Result {
        QSslCertificate certificate;
        QByteArray sha256;             ///< digest of the DER certificate (what ServerConnection pins)
        bool trustedBySystem = false;  ///< the system CAs accept it for this host name
        QList<QSslError> errors;       ///< why not, if not
        QString error;                 ///< no certificate could be read (network), translated
        bool ok() const { return !certificate.isNull(); }
    };

    explicit CertificateProbe(QObject *parent = nullptr);
    ~CertificateProbe() override;

    /// Connects to the URL's host and port (443 by default). Emits finished() once.
    void probe(const QUrl &url, int timeoutMs = 10000);

Q_SIGNALS:
    void finished(const relais::CertificateProbe::Result &result);

private:
    void finish(const QString &error);

    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Result m_result;
    bool m_done = false;
};

} // namespace relais

Q_DECLARE_METATYPE(relais::CertificateProbe::Result)
