#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace relais::server {

/// A double opt-in or answer link (first for petition signatures): the record's UUID, a nonce that changes each time the
/// signature is confirmed or replaced (so a link works once), and an expiry, under an HMAC-SHA-256 tag of a key
/// derived from the organisation's link key (a newsletter link is not a confirmation link). 64 base64url
/// characters.
class ConfirmationToken
{
public:
    struct Claims {
        QString signatureId;
        QString nonce;         ///< 16 hex digits
        qint64 expiresAt = 0;  ///< seconds since the epoch
    };
    enum class Check { Valid, Malformed, Forged, Expired };

    /// `purpose` separates the keys of links that must not stand for one another (a petition's confirmation, a
    /// proxy request's confirmation, a mandataire's answer).
    explicit ConfirmationToken(const QByteArray &linkKey,
                               const QByteArray &purpose = QByteArrayLiteral("relais petition confirmation"));

    QString make(const Claims &claims) const;
    /// Verifies shape, tag and expiry (`nowSeconds`); *claims is set for Valid and Expired.
    Check verify(const QString &token, qint64 nowSeconds, Claims *claims) const;
    static QString newNonce();

private:
    QByteArray m_key;
};

} // namespace relais::server
