#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace relais::server {

/// Signed per-recipient link tokens for unsubscribe and tracking URLs: the newsletter and contact UUIDs and
/// an HMAC-SHA-256 tag (truncated to 128 bits) under the organisation's link key, in base64url (64 characters).
/// A token cannot be forged or altered to unsubscribe someone else.
class LinkSigner
{
public:
    struct Recipient {
        QString newsletterId;
        QString contactId;
    };

    explicit LinkSigner(QByteArray key) : m_key(std::move(key)) {}

    QString token(const QString &newsletterId, const QString &contactId) const;
    /// The recipient of a well-formed token with a valid tag; nullopt otherwise.
    std::optional<Recipient> verify(const QString &token) const;
    /// A tag binding `text` (for example a click's target URL) to a token: base64url, 22 characters.
    QString tag(const QString &token, const QString &text) const;
    bool checkTag(const QString &token, const QString &text, const QString &tag) const;

    /// HMAC-SHA-256 of `data` under `key`, truncated to 16 bytes (shared with ConfirmationToken).
    static QByteArray hmac16(const QByteArray &key, const QByteArray &data);

private:
    QByteArray mac(const QByteArray &data) const { return hmac16(m_key, data); }
    QByteArray m_key;
};

} // namespace relais::server
