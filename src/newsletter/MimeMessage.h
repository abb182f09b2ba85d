#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace relais {

/// One e-mail as it goes to the SMTP relay (RFC 5322 / MIME): multipart/alternative with a plain-text and
/// an HTML part, both UTF-8 in quoted-printable, CRLF line ends, no line over 78 characters. Header values
/// lose any CR or LF (no header injection through a contact's name) and are RFC 2047-encoded when not ASCII.
class MimeMessage
{
public:
    struct Address {
        QString name;
        QString email;
    };

    Address from;
    Address to;
    QString subject;
    QString text;
    QString html;
    QByteArray messageId; ///< without angle brackets, e.g. "uuid@relais.example.org"
    QDateTime date;
    /// Further headers, such as List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).
    QList<QPair<QByteArray, QString>> headers;

    /// The whole message; `boundary` must not occur in the parts (quoted-printable never writes "=_").
    QByteArray toBytes(const QByteArray &boundary = "=_relais_alt_boundary") const;

    /// "Name <address>" or a bare address.
    static Address parseAddress(const QString &text);
    static QByteArray encodeHeaderText(const QString &text);
    static QByteArray encodeAddress(const Address &a);
    static QByteArray quotedPrintable(const QByteArray &utf8);
};

} // namespace relais
