#pragma once

#include <QByteArray>
#include <QString>

namespace relais::server {

/// SMTP submission through libcurl to the organisation's relay. The connection is kept between messages
/// (one libcurl handle), STARTTLS is used when the relay offers it and required unless `requireTls` is off
/// (a relay on the same machine), AUTH when a user name is set. It logs nothing itself (credentials and
/// recipients stay out of the logs). One sender per sending thread.
class SmtpSender
{
public:
    struct Settings {
        QString url;      ///< smtp://host:587 (STARTTLS) or smtps://host:465
        QString username; ///< empty: no AUTH
        QString password;
        bool requireTls = true;
        int timeoutSeconds = 30;
        QString heloName = QStringLiteral("relais");
    };
    enum class Outcome { Sent, TemporaryFailure, PermanentFailure };
    struct Result {
        Outcome outcome = Outcome::TemporaryFailure;
        int smtpCode = 0; ///< the relay's last reply code (250, 451, 550...), 0 without one
        QString message;  ///< libcurl's error and the relay's reply, which may name the recipient: store it with
                          ///< the recipient's row, never in the logs
        bool sent() const { return outcome == Outcome::Sent; }
    };

    explicit SmtpSender(Settings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    /// Sends `message` (CRLF lines, as MimeMessage writes it) from `from` to `to` (bare addresses).
    /// A 5xx reply is permanent (the address bounces); a 4xx reply, a network or TLS failure is temporary.
    Result send(const QByteArray &from, const QByteArray &to, const QByteArray &message);

private:
    Settings m_settings;
    void *m_curl = nullptr; ///< CURL*, kept for connection reuse
};

} // namespace relais::server
