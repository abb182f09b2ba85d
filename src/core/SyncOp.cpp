#include "SyncOp.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace relais {

quint32 SyncOp::computeChecksum(const QString &bucket, Kind kind, const QString &type, const QString &id,
                                const QByteArray &dataJson)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(bucket.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(kindId(kind).toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(type.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(id.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(dataJson);
    const QByteArray d = h.result();
    return (quint32(quint8(d[0])) << 24) | (quint32(quint8(d[1])) << 16) | (quint32(quint8(d[2])) << 8)
        | quint32(quint8(d[3]));
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
