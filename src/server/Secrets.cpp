#include "Secrets.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <mutex>
#include <semaphore>

namespace relais::server {

namespace {
std::counting_semaphore<16> g_hashSlots(2);

struct SlotGuard {
    SlotGuard() { g_hashSlots.acquire(); }
    ~SlotGuard() { g_hashSlots.release(); }
};

const QByteArray &dummyHash()
{
    static const QByteArray h = [] {
        char out[crypto_pwhash_STRBYTES];
        const char pw[] = "relais-dummy-password";
        if (crypto_pwhash_str(out, pw, sizeof pw - 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return QByteArray();
        return QByteArray(out);
    }();
    return h;
}
} // namespace

bool Secrets::init()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString Secrets::newToken()
{
    init();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    const QString token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    return token;
}

QString Secrets::tokenDigest(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Secrets::newPassword(int length)
{
    init();
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    return out;
}

QString Secrets::hashPassword(const QString &password)
{
    init();
    QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    int rc;
    {
        SlotGuard slot;
        rc = crypto_pwhash_str(out, pw.constData(), std::size_t(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE);
    }
    sodium_memzero(pw.data(), std::size_t(pw.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool Secrets::verifyPassword(const QString &hash, const QString &password)
{
    init();
    QByteArray pw = password.toUtf8();
    const QByteArray h = hash.toLatin1();
    int rc;
    {
        SlotGuard slot;
        rc = crypto_pwhash_str_verify(h.constData(), pw.constData(), std::size_t(pw.size()));
    }
    sodium_memzero(pw.data(), std::size_t(pw.size()));
    return rc == 0;
}

void Secrets::dummyVerify(const QString &password)
{
    init();
    const QByteArray &h = dummyHash();
    if (h.isEmpty())
        return;
    QByteArray pw = password.toUtf8();
    {
        SlotGuard slot;
        const int rc = crypto_pwhash_str_verify(h.constData(), pw.constData(), std::size_t(pw.size()));
        Q_UNUSED(rc);
    }
    sodium_memzero(pw.data(), std::size_t(pw.size()));
}

bool Secrets::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

} // namespace relais::server
