#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace relais::test {

/// A real SMTP server on 127.0.0.1 for tests: tests/server/smtp_sink.py (aiosmtpd) on a free port, writing
/// each accepted message to a file. Recipients starting with "bounce" get 550, with "later" 451.
class SmtpSink
{
public:
    struct Message {
        QByteArray mailFrom;
        QStringList rcptTo;
        QByteArray data;
        /// A header's value, unfolded ("" when absent).
        QByteArray header(const QByteArray &name) const;
        /// The decoded (quoted-printable) body of the part of `contentType` ("text/plain", "text/html").
        QString part(const QByteArray &contentType) const;
    };

    SmtpSink();
    ~SmtpSink();
    /// False with error() when aiosmtpd cannot start.
    bool start();
    int port() const { return m_port; }
    QString error() const { return m_error; }
    int count() const;
    QList<Message> messages() const;
    /// Forgets what was received so far.
    void clear();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_skipped = 0;
    QString m_error;
};

} // namespace relais::test
