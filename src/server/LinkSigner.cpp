#include "LinkSigner.h"

#include "Secrets.h"

#include <QUuid>

#include <sodium.h>

namespace relais::server {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray uuidBytes(const QString &id)
{
    const QUuid u = QUuid::fromString(id);
    return u.isNull() ? QByteArray() : u.toRfc4122();
}

QString uuidText(const QByteArray &bytes)
{
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
} // namespace

QByteArray LinkSigner::hmac16(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char *>(key.constData()), std::size_t(key.size()));
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char *>(data.constData()), std::size_t(data.size()));
    crypto_auth_hmacsha256_final(&st, out);
    return QByteArray(reinterpret_cast<const char *>(out), 16);
}

QString LinkSigner::token(const QString &newsletterId, const QString &contactId) const
{
    const QByteArray payload = uuidBytes(newsletterId) + uuidBytes(contactId);
    return QString::fromLatin1(QByteArray(payload + mac(payload)).toBase64(B64));
}

std::optional<LinkSigner::Recipient> LinkSigner::verify(const QString &token) const
{
    if (token.size() != 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 48)
        return std::nullopt;
    const QByteArray payload = decoded.decoded.left(32);
    if (!Secrets::constantTimeEquals(mac(payload), decoded.decoded.mid(32)))
        return std::nullopt;
    return Recipient{uuidText(payload.left(16)), uuidText(payload.mid(16))};
}

QString LinkSigner::tag(const QString &token, const QString &text) const
{
    return QString::fromLatin1(mac(QByteArray(token.toLatin1() + '\n' + text.toUtf8())).toBase64(B64));
}

bool LinkSigner::checkTag(const QString &token, const QString &text, const QString &tag) const
{
    return Secrets::constantTimeEquals(this->tag(token, text).toLatin1(), tag.toLatin1());
}

} // namespace relais::server
