#pragma once

// A server-side op log for tests: appends ops the way relais-server does (global op ids, per-bucket
// count and checksum sums) and writes pull streams in the wire format.

#include "ContactJson.h"
#include "SyncOp.h"
#include "SyncTypes.h"

#include <QJsonDocument>
#include <QList>

namespace relais::test {

class SyncTestLog
{
public:
    SyncOp put(const QString &bucket, const QString &type, const QString &id, const QJsonObject &data)
    {
        return append(bucket, SyncOp::Kind::Put, type, id, data);
    }
    SyncOp putContact(const QString &bucket, const Contact &c)
    {
        return put(bucket, QStringLiteral("contact"), c.id, ContactJson::toJson(c));
    }
    SyncOp putInteraction(const QString &bucket, const Interaction &i)
    {
        return put(bucket, QStringLiteral("interaction"), i.id, ContactJson::toJson(i));
    }
    SyncOp remove(const QString &bucket, const QString &type, const QString &id)
    {
        return append(bucket, SyncOp::Kind::Remove, type, id, {});
    }

    SyncOp append(const QString &bucket, SyncOp::Kind kind, const QString &type, const QString &id,
                  const QJsonObject &data)
    {
        SyncOp op;
        op.opId = ++m_lastOpId;
        op.bucket = bucket;
        op.kind = kind;
        op.type = type;
        op.id = id;
        op.data = data;
        op.checksum = SyncOp::computeChecksum(bucket, kind, type, id,
                                              kind == SyncOp::Kind::Put
                                                  ? QJsonDocument(data).toJson(QJsonDocument::Compact)
                                                  : QByteArray());
        BucketState &s = m_states[bucket];
        s.cursor = op.opId;
        s.count += 1;
        s.checksum += op.checksum;
        m_ops << op;
        return op;
    }

    /// A bucket in scope with no ops yet.
    void addBucket(const QString &bucket) { m_states[bucket]; }
    void dropBucket(const QString &bucket) { m_states.remove(bucket); }

    BucketStates states() const { return m_states; }
    BucketStates states(const QStringList &buckets) const
    {
        BucketStates out;
        for (const QString &b : buckets)
            out.insert(b, m_states.value(b));
        return out;
    }
    qint64 lastOpId() const { return m_lastOpId; }
    /// Ops after `cursor` in `bucket`.
    QList<SyncOp> opsAfter(const QString &bucket, qint64 cursor) const
    {
        QList<SyncOp> out;
        for (const SyncOp &op : m_ops)
            if (op.bucket == bucket && op.opId > cursor)
                out << op;
        return out;
    }

    /// A pull answer for `cursors` (as relais-server writes it): progress, ops bucket by bucket with a
    /// partial checkpoint every `every` ops and at the end of each bucket, then the complete checkpoint.
    QByteArray stream(const BucketStates &cursors, int every = 10000) const
    {
        QByteArray out;
        qint64 total = 0;
        QStringList work;
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            const qint64 c = cursors.value(it.key()).cursor;
            const QList<SyncOp> ops = opsAfter(it.key(), c);
            if (!ops.isEmpty()) {
                work << it.key();
                total += ops.size();
            }
        }
        if (total > 0)
            out += "{\"progress\":{\"total_ops\":" + QByteArray::number(total) + "}}\n";
        for (const QString &b : std::as_const(work)) {
            const qint64 c = cursors.value(b).cursor;
            const QList<SyncOp> ops = opsAfter(b, c);
            BucketState s = stateAt(b, c);
            int n = 0;
            for (const SyncOp &op : ops) {
                out += op.toJsonLine() + '\n';
                s.cursor = op.opId;
                s.count += 1;
                s.checksum += op.checksum;
                if (++n % every == 0 || n == ops.size())
                    out += checkpointLine(false, {{b, s}});
            }
        }
        out += checkpointLine(true, m_states);
        return out;
    }

    BucketState stateAt(const QString &bucket, qint64 cursor) const
    {
        BucketState s;
        for (const SyncOp &op : m_ops) {
            if (op.bucket != bucket || op.opId > cursor)
                continue;
            s.cursor = op.opId;
            s.count += 1;
            s.checksum += op.checksum;
        }
        return s;
    }

    QByteArray checkpointLine(bool complete, const BucketStates &states) const
    {
        QJsonObject buckets;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            buckets.insert(it.key(), it->toJson());
        const QJsonObject cp{{QStringLiteral("checkpoint"),
                              QJsonObject{{QStringLiteral("op_id"), m_lastOpId},
                                          {QStringLiteral("complete"), complete},
                                          {QStringLiteral("buckets"), buckets}}}};
        return QJsonDocument(cp).toJson(QJsonDocument::Compact) + '\n';
    }

private:
    qint64 m_lastOpId = 0;
    BucketStates m_states;
    QList<SyncOp> m_ops;
};

} // namespace relais::test
