#include "SyncOp.h"

#include <QJsonDocument>

#include <openssl/evp.h>

#include <memory>

namespace relais {

quint32 SyncOp::computeChecksum(const QString &bucket, Kind kind, const QString &type, const QString &id,
                                const QByteArray &dataJson)
{
    // SHA-256 of "bucket\nkind\ntype\nid\ndata", its first 4 bytes big-endian. OpenSSL's SHA-256 rather than
    // QCryptographicHash: the server computes one per op on its single writer, and Qt's portable code took an
    // eighth of a claim's time there (OpenSSL uses the CPU's SHA instructions; same digest).
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX *)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray text = bucket.toUtf8();
    text.reserve(text.size() + type.size() + id.size() + dataJson.size() + 16);
    text += '\n' + kindId(kind).toLatin1() + '\n' + type.toUtf8() + '\n' + id.toLatin1() + '\n' + dataJson;
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!sha256 || !ctx || EVP_DigestInit_ex2(ctx.get(), sha256, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), text.constData(), std::size_t(text.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), d, &size) != 1 || size < 4)
        qFatal("SHA-256 is not available from OpenSSL");
    return (quint32(d[0]) << 24) | (quint32(d[1]) << 16) | (quint32(d[2]) << 8) | quint32(d[3]);
}

QJsonObject SyncOp::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId},
                  {QStringLiteral("bucket"), bucket},
                  {QStringLiteral("op"), kindId(kind)},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("checksum"), qint64(checksum)}};
    if (kind == Kind::Put)
        o.insert(QStringLiteral("data"), data);
    return o;
}

QByteArray SyncOp::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

bool SyncOp::fromJson(const QJsonObject &o, SyncOp *op, QString *error)
{
    const QString kind = o.value(QLatin1String("op")).toString();
    op->opId = o.value(QLatin1String("op_id")).toInteger();
    op->bucket = o.value(QLatin1String("bucket")).toString();
    op->type = o.value(QLatin1String("type")).toString();
    op->id = o.value(QLatin1String("id")).toString();
    op->checksum = quint32(o.value(QLatin1String("checksum")).toInteger());
    op->data = o.value(QLatin1String("data")).toObject();
    if (kind == QLatin1String("PUT"))
        op->kind = Kind::Put;
    else if (kind == QLatin1String("REMOVE"))
        op->kind = Kind::Remove;
    else {
        *error = QStringLiteral("unknown op kind");
        return false;
    }
    if (op->opId <= 0 || op->bucket.isEmpty() || op->type.isEmpty() || op->id.isEmpty()) {
        *error = QStringLiteral("op without op_id, bucket, type or id");
        return false;
    }
    return true;
}

QJsonObject BucketState::toJson() const
{
    return {{QStringLiteral("cursor"), cursor}, {QStringLiteral("count"), count},
            {QStringLiteral("checksum"), qint64(checksum)}};
}

BucketState BucketState::fromJson(const QJsonObject &o)
{
    BucketState s;
    s.cursor = o.value(QLatin1String("cursor")).toInteger();
    s.count = o.value(QLatin1String("count")).toInteger();
    s.checksum = quint32(o.value(QLatin1String("checksum")).toInteger());
    return s;
}

} // namespace relais
