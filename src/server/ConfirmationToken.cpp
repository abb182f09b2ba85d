#include "ConfirmationToken.h"

#include "LinkSigner.h"
#include "Secrets.h"

#include <QUuid>
#include <QtEndian>

#include <sodium.h>

namespace relais::server {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype PayloadBytes = 16 + 8 + 8;
} // namespace

ConfirmationToken::ConfirmationToken(const QByteArray &linkKey, const QByteArray &purpose)
    : m_key(LinkSigner::hmac16(linkKey, purpose))
{
}

QString ConfirmationToken::newNonce()
{
    unsigned char bytes[8];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

QString ConfirmationToken::make(const Claims &claims) const
{
    QByteArray payload = QUuid::fromString(claims.signatureId).toRfc4122();
    payload += QByteArray::fromHex(claims.nonce.toLatin1()).leftJustified(8, '\0', true);
    char expiry[8];
    qToBigEndian<qint64>(claims.expiresAt, expiry);
    payload.append(expiry, 8);
    return QString::fromLatin1(QByteArray(payload + LinkSigner::hmac16(m_key, payload)).toBase64(B64));
}

ConfirmationToken::Check ConfirmationToken::verify(const QString &token, qint64 nowSeconds, Claims *claims) const
{
    if (token.size() != 64)
        return Check::Malformed;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != PayloadBytes + 16)
        return Check::Malformed;
    const QByteArray payload = decoded.decoded.left(PayloadBytes);
    if (!Secrets::constantTimeEquals(LinkSigner::hmac16(m_key, payload), decoded.decoded.mid(PayloadBytes)))
        return Check::Forged;
    claims->signatureId = QUuid::fromRfc4122(payload.left(16)).toString(QUuid::WithoutBraces);
    claims->nonce = QString::fromLatin1(payload.mid(16, 8).toHex());
    claims->expiresAt = qFromBigEndian<qint64>(payload.constData() + 24);
    return nowSeconds > claims->expiresAt ? Check::Expired : Check::Valid;
}

} // namespace relais::server
