#include "ProfileVault.h"

#include "Uuid7.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <sodium.h>

namespace relais {

namespace {
constexpr auto KeyFileName = "profile.json";
constexpr auto DatabaseFileName = "replica.db";
constexpr auto Format = 1;
const QByteArray AdditionalData = QByteArrayLiteral("relais-profile-key-v1");

bool deriveKey(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem, unsigned char *out)
{
    QByteArray pass = passphrase.toUtf8();
    const int rc = crypto_pwhash(out, SecretKey::Size, pass.constData(), quint64(pass.size()),
                                 reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                                 crypto_pwhash_ALG_ARGON2ID13);
    SecretKey::wipe(pass);
    return rc == 0;
}
} // namespace

ProfileVault::KdfParams ProfileVault::defaultParams()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString ProfileVault::keyFilePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QLatin1String(KeyFileName));
}

QString ProfileVault::databasePath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QLatin1String(DatabaseFileName));
}

bool ProfileVault::exists(const QString &profileDir)
{
    return QFile::exists(keyFilePath(profileDir));
}

ProfileVault::Result ProfileVault::create(const QString &profileDir, const QString &passphrase, SecretKey *key,
                                          KdfParams params)
{
    if (sodium_init() < 0)
        return {Status::IoError, tr("The cryptography library could not start.")};
    if (exists(profileDir) || QFile::exists(databasePath(profileDir)))
        return {Status::AlreadyExists, tr("A profile already exists in %1; it was left untouched.").arg(profileDir)};
    if (passphrase.size() < MinimumLength)
        return {Status::WeakPassphrase, tr("The passphrase needs at least %n characters.", nullptr, MinimumLength)};
    if (!QDir().mkpath(profileDir))
        return {Status::IoError, tr("Cannot create the folder %1.").arg(profileDir)};
    QFile::setPermissions(profileDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    SecretKey k = SecretKey::random();
    if (!k.isValid())
        return {Status::IoError, tr("Could not allocate protected memory for the key.")};
    Result r = write(profileDir, passphrase, k, Uuid7::generate(), params, NewCipherPageSize);
    if (r.ok() && key)
        *key = std::move(k);
    return r;
}

ProfileVault::Result ProfileVault::write(const QString &profileDir, const QString &passphrase, const SecretKey &key,
                                         const QString &profileId, KdfParams params, int cipherPageSize)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));

    SecretKey wrapping = SecretKey::random();
    if (!wrapping.isValid() || !deriveKey(passphrase, salt, params.opsLimit, params.memLimit, wrapping.data()))
        return {Status::IoError, tr("Deriving the key from the passphrase failed (not enough memory?).")};

    QByteArray wrapped(SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long wrappedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), &wrappedLen, key.data(), SecretKey::Size,
        reinterpret_cast<const unsigned char *>(AdditionalData.constData()), quint64(AdditionalData.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), wrapping.data());
    wrapped.resize(qsizetype(wrappedLen));

    QJsonObject o;
    o[QLatin1String("format")] = Format;
    o[QLatin1String("profile_id")] = profileId;
    o[QLatin1String("kdf")] = QStringLiteral("argon2id13");
    o[QLatin1String("opslimit")] = double(params.opsLimit);
    o[QLatin1String("memlimit")] = double(params.memLimit);
    o[QLatin1String("salt")] = QString::fromLatin1(salt.toBase64());
    o[QLatin1String("cipher")] = QStringLiteral("xchacha20poly1305-ietf");
    o[QLatin1String("nonce")] = QString::fromLatin1(nonce.toBase64());
    o[QLatin1String("wrapped_key")] = QString::fromLatin1(wrapped.toBase64());
    o[QLatin1String("cipher_page_size")] = cipherPageSize;

    QSaveFile f(keyFilePath(profileDir));
    if (!f.open(QIODevice::WriteOnly))
        return {Status::IoError, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return {Status::IoError, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())};
    QFile::setPermissions(keyFilePath(profileDir), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

ProfileVault::Result ProfileVault::unlock(const QString &profileDir, const QString &passphrase, SecretKey *key)
{
    if (sodium_init() < 0)
        return {Status::IoError, tr("The cryptography library could not start.")};
    QFile f(keyFilePath(profileDir));
    if (!f.exists())
        return {Status::Missing, tr("There is no Relais profile in %1.").arg(profileDir)};
    if (!f.open(QIODevice::ReadOnly))
        return {Status::IoError, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString())};
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(f.read(1 << 16), &perr).object();
    const QByteArray salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(o.value(QLatin1String("nonce")).toString().toLatin1());
    const QByteArray wrapped = QByteArray::fromBase64(o.value(QLatin1String("wrapped_key")).toString().toLatin1());
    const quint64 ops = quint64(o.value(QLatin1String("opslimit")).toDouble());
    const quint64 mem = quint64(o.value(QLatin1String("memlimit")).toDouble());
    if (perr.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != Format
        || o.value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
        || salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || wrapped.size() != SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || ops < crypto_pwhash_OPSLIMIT_MIN || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > (quint64(4) << 30)) {
        return {Status::Corrupt, tr("The profile's key file %1 is damaged.").arg(f.fileName())};
    }
    SecretKey wrapping = SecretKey::random();
    if (!wrapping.isValid() || !deriveKey(passphrase, salt, ops, mem, wrapping.data()))
        return {Status::IoError, tr("Deriving the key from the passphrase failed (not enough memory?).")};
    SecretKey k = SecretKey::random();
    unsigned long long len = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        k.data(), &len, nullptr, reinterpret_cast<const unsigned char *>(wrapped.constData()),
        quint64(wrapped.size()), reinterpret_cast<const unsigned char *>(AdditionalData.constData()),
        quint64(AdditionalData.size()), reinterpret_cast<const unsigned char *>(nonce.constData()), wrapping.data());
    if (rc != 0 || len != SecretKey::Size)
        return {Status::WrongPassphrase, tr("Wrong passphrase. Nothing was changed; try again.")};
    if (key)
        *key = std::move(k);
    return {};
}

ProfileVault::Result ProfileVault::changePassphrase(const QString &profileDir, const QString &oldPassphrase,
                                                    const QString &newPassphrase)
{
    SecretKey key;
    Result r = unlock(profileDir, oldPassphrase, &key);
    if (!r.ok())
        return r;
    if (newPassphrase.size() < MinimumLength)
        return {Status::WeakPassphrase, tr("The passphrase needs at least %n characters.", nullptr, MinimumLength)};
    return write(profileDir, newPassphrase, key, profileId(profileDir), defaultParams(), cipherPageSize(profileDir));
}

QString ProfileVault::profileId(const QString &profileDir)
{
    QFile f(keyFilePath(profileDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1 << 16)).object().value(QLatin1String("profile_id")).toString();
}

int ProfileVault::cipherPageSize(const QString &profileDir)
{
    QFile f(keyFilePath(profileDir));
    if (!f.open(QIODevice::ReadOnly))
        return NewCipherPageSize;
    const int size = QJsonDocument::fromJson(f.read(1 << 16)).object().value(QLatin1String("cipher_page_size")).toInt();
    const bool valid = size >= 1024 && size <= 65536 && (size & (size - 1)) == 0;
    return valid ? size : LegacyCipherPageSize;
}

int ProfileVault::cipherPageSizeForDatabase(const QString &databasePath)
{
    return cipherPageSize(QFileInfo(databasePath).absolutePath());
}

int ProfileVault::passphraseStrength(const QString &passphrase, QString *hint)
{
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower()) lower = true;
        else if (c.isUpper()) upper = true;
        else if (c.isDigit()) digit = true;
        else other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    const int words = int(passphrase.split(u' ', Qt::SkipEmptyParts).size());
    int score = 0;
    if (passphrase.size() >= MinimumLength) score = 1;
    if (passphrase.size() >= 12 && classes >= 2) score = 2;
    if ((passphrase.size() >= 16 && classes >= 2) || (words >= 4 && passphrase.size() >= 20)) score = 3;
    if ((passphrase.size() >= 20 && classes >= 3) || (words >= 5 && passphrase.size() >= 25)) score = 4;
    if (distinct.size() < 5) score = qMin(score, 1);
    if (hint) {
        static const char *const hints[] = {
            QT_TR_NOOP("Too short: use at least 8 characters."),
            QT_TR_NOOP("Weak: a few random words make a passphrase that is long and easy to remember."),
            QT_TR_NOOP("Fair: add another word or some digits and symbols."),
            QT_TR_NOOP("Good."),
            QT_TR_NOOP("Strong."),
        };
        *hint = tr(hints[passphrase.size() < MinimumLength ? 0 : score]);
    }
    return passphrase.size() < MinimumLength ? 0 : score;
}

} // namespace relais
