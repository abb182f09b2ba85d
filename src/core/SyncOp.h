#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace relais {

/// One entry of the server's op log, as streamed to clients (docs/sync-protocol.md).
/// PUT carries the record's whole data; REMOVE carries none. `checksum` is the first 32 bits of the
/// SHA-256 of the op (see computeChecksum); a bucket's checksum is the sum of its ops' checksums mod 2^32.
struct SyncOp {
    enum class Kind { Put, Remove };
    qint64 opId = 0;
    QString bucket;   ///< zone code of the bucket ("D69"), or "U:<user id>" for a personal bucket
    Kind kind = Kind::Put;
    QString type;     ///< "contact", "interaction", "conflict"
    QString id;       ///< the record's UUID
    QJsonObject data; ///< PUT: the record; REMOVE: empty
    quint32 checksum = 0;

    static QString kindId(Kind k) { return k == Kind::Put ? QStringLiteral("PUT") : QStringLiteral("REMOVE"); }
    /// The checksum of an op whose data serialises (compact JSON) to `dataJson` (empty for REMOVE).
    static quint32 computeChecksum(const QString &bucket, Kind kind, const QString &type, const QString &id,
                                   const QByteArray &dataJson);
    /// One NDJSON line (without the newline).
    QByteArray toJsonLine() const;
    QJsonObject toJson() const;
    /// Parses an op line's object; false (with a message) if a field is missing or has the wrong type.
    static bool fromJson(const QJsonObject &o, SyncOp *op, QString *error);
};

/// What a client holds of one bucket: the last op id applied, how many ops and their checksum sum.
struct BucketState {
    qint64 cursor = 0;
    qint64 count = 0;
    quint32 checksum = 0;
    bool operator==(const BucketState &) const = default;
    QJsonObject toJson() const;
    static BucketState fromJson(const QJsonObject &o);
};

using BucketStates = QMap<QString, BucketState>;

} // namespace relais
