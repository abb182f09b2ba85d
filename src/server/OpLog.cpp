#include "OpLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relais::server {

OpWriter::OpWriter(Db &db, Rows rows) : m_db(db), m_rows(rows)
{
    const QString sql = db.isPostgres() ? QStringLiteral("SELECT last_op_id FROM op_counter WHERE id = 1 FOR UPDATE")
                                        : QStringLiteral("SELECT last_op_id FROM op_counter WHERE id = 1");
    m_last = db.scalar(sql, {}, 0).toLongLong();
    m_first = m_last;
}

OpWriter::Head &OpWriter::head(const QString &bucket)
{
    auto it = m_heads.find(bucket);
    if (it != m_heads.end())
        return it.value();
    Head h;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT last_op_id, op_count, checksum FROM bucket_heads WHERE bucket = ?"),
                             {bucket});
    if (q.next()) {
        h.last = q.value(0).toLongLong();
        h.count = q.value(1).toLongLong();
        h.sum = quint32(q.value(2).toLongLong());
    }
    q.finish();
    return m_heads.insert(bucket, h).value();
}

void OpWriter::loadHeads(const QStringList &buckets)
{
    QVariantList missing;
    for (const QString &b : buckets) {
        if (!m_heads.contains(b) && !missing.contains(b))
            missing << b;
    }
    if (missing.isEmpty())
        return;
    for (const QVariant &b : std::as_const(missing))
        m_heads.insert(b.toString(), Head{});
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT bucket, last_op_id, op_count, checksum FROM bucket_heads WHERE bucket IN (")
                                 + Db::marks(int(missing.size())) + QLatin1Char(')'),
                             missing);
    while (q.next())
        m_heads.insert(q.value(0).toString(), Head{q.value(1).toLongLong(), q.value(2).toLongLong(), quint32(q.value(3).toLongLong())});
    q.finish();
}

qint64 OpWriter::append(const QString &bucket, SyncOp::Kind kind, const QString &type, const QString &id,
                        const QString &subject, const QByteArray &dataJson)
{
    Head &h = head(bucket);
    const qint64 opId = ++m_last;
    const quint32 checksum = SyncOp::computeChecksum(bucket, kind, type, id, dataJson);
    h.last = opId;
    h.count += 1;
    h.sum += checksum; // quint32 wraps: the sum is mod 2^32
    m_pending.push_back({opId, bucket, kind, type, id, subject, dataJson, checksum, h.count, h.sum});
    m_touched.insert(bucket, opId);
    if (m_rows == Rows::EachOp || m_pending.size() >= std::size_t(Db::RowsPerStatement))
        flush();
    return opId;
}

void OpWriter::flush()
{
    for (std::size_t start = 0; start < m_pending.size();) {
        const int n = Db::chunk(qsizetype(m_pending.size() - start));
        QVariantList binds;
        binds.reserve(qsizetype(n) * 10);
        for (std::size_t i = start; i < start + std::size_t(n); ++i) {
            const Row &r = m_pending[i];
            binds << r.opId << r.bucket << SyncOp::kindId(r.kind) << r.type << r.id << r.subject
                  << (r.kind == SyncOp::Kind::Put ? m_db.utf8(r.data) : QVariant()) << qint64(r.checksum) << r.count
                  << qint64(r.sum);
        }
        m_db.run(QStringLiteral("INSERT INTO ops (op_id, bucket, op, type, id, subject, data, checksum, bucket_count,"
                                " bucket_sum) VALUES ")
                     + Db::rowMarks(n, 10),
                 binds);
        start += std::size_t(n);
    }
    m_pending.clear();
}

qint64 OpWriter::put(const QString &bucket, const QString &type, const QString &id, const QString &subject,
                     const QByteArray &dataJson)
{
    return append(bucket, SyncOp::Kind::Put, type, id, subject, dataJson);
}

qint64 OpWriter::remove(const QString &bucket, const QString &type, const QString &id, const QString &subject)
{
    return append(bucket, SyncOp::Kind::Remove, type, id, subject, QByteArray());
}

void OpWriter::finish()
{
    flush();
    if (m_last == m_first)
        return;
    m_db.run(QStringLiteral("UPDATE op_counter SET last_op_id = ? WHERE id = 1"), {m_last});
    // The touched heads, many rows per statement.
    const QStringList touched = m_touched.keys();
    for (qsizetype start = 0; start < touched.size();) {
        const int n = Db::chunk(touched.size() - start);
        QVariantList binds;
        for (qsizetype i = start; i < start + n; ++i) {
            const Head &h = m_heads.value(touched.at(i));
            binds << touched.at(i) << h.last << h.count << qint64(h.sum);
        }
        m_db.run(QStringLiteral("INSERT INTO bucket_heads (bucket, last_op_id, op_count, checksum) VALUES ")
                     + Db::rowMarks(n, 4)
                     + QStringLiteral(" ON CONFLICT (bucket) DO UPDATE SET last_op_id = excluded.last_op_id,"
                                      " op_count = excluded.op_count, checksum = excluded.checksum"),
                 binds);
        start += n;
    }
    if (m_db.isPostgres()) {
        // {"w": last op id, "b": {"D69": [cursor, count, checksum]}}; delivered at commit, in commit order.
        QByteArray text = "{\"w\":" + QByteArray::number(m_last) + ",\"b\":{";
        bool first = true;
        for (auto it = m_touched.begin(); it != m_touched.end(); ++it) {
            const Head &h = m_heads.value(it.key());
            if (!first)
                text += ',';
            first = false;
            text += '"' + it.key().toUtf8() + "\":[" + QByteArray::number(h.last) + ',' + QByteArray::number(h.count)
                + ',' + QByteArray::number(h.sum) + ']';
        }
        text += "}}";
        if (text.size() > 7000) // too long for NOTIFY: listeners reload every head
            text = "{\"w\":" + QByteArray::number(m_last) + ",\"reload\":true}";
        m_db.exec(QStringLiteral("SELECT pg_notify('relais_ops', ?)"), {QString::fromUtf8(text)});
    }
}

QHash<QString, BucketState> OpWriter::touchedStates() const
{
    QHash<QString, BucketState> out;
    for (auto it = m_touched.begin(); it != m_touched.end(); ++it) {
        const Head &h = m_heads.value(it.key());
        out.insert(it.key(), BucketState{h.last, h.count, h.sum});
    }
    return out;
}

qint64 OpLog::snapshot(Db &db, QHash<QString, BucketState> *heads)
{
    if (db.isPostgres())
        db.execDirect(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    else
        db.execDirect(QStringLiteral("BEGIN"));
    try {
        const qint64 x = committedOpId(db);
        *heads = OpLog::heads(db);
        db.resetStatements();
        db.execDirect(QStringLiteral("COMMIT"));
        return x;
    } catch (...) {
        db.resetStatements();
        db.execDirect(QStringLiteral("ROLLBACK"));
        throw;
    }
}

qint64 OpLog::committedOpId(Db &db)
{
    return db.scalar(QStringLiteral("SELECT last_op_id FROM op_counter WHERE id = 1"), {}, 0).toLongLong();
}

QHash<QString, BucketState> OpLog::heads(Db &db)
{
    QHash<QString, BucketState> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT bucket, last_op_id, op_count, checksum FROM bucket_heads"));
    while (q.next()) {
        BucketState s;
        s.cursor = q.value(1).toLongLong();
        s.count = q.value(2).toLongLong();
        s.checksum = quint32(q.value(3).toLongLong());
        out.insert(q.value(0).toString(), s);
    }
    return out;
}

BucketState OpLog::stateAt(Db &db, const QString &bucket, qint64 x)
{
    BucketState s;
    if (x <= 0)
        return s;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT op_id, bucket_count, bucket_sum FROM ops WHERE bucket = ? AND op_id <= ?"
                                          " ORDER BY op_id DESC LIMIT 1"),
                           {bucket, x});
    if (q.next()) {
        s.cursor = q.value(0).toLongLong();
        s.count = q.value(1).toLongLong();
        s.checksum = quint32(q.value(2).toLongLong());
    }
    q.finish();
    return s;
}

QHash<QString, BucketState> OpLog::statesAt(Db &db, const QStringList &buckets, qint64 x)
{
    const QHash<QString, BucketState> all = heads(db);
    QHash<QString, BucketState> out;
    for (const QString &b : buckets) {
        const auto it = all.constFind(b);
        if (it == all.constEnd())
            out.insert(b, BucketState{});
        else if (it->cursor <= x)
            out.insert(b, *it);
        else
            out.insert(b, stateAt(db, b, x));
    }
    return out;
}

void OpLog::scrubSubject(Db &db, const QString &subject)
{
    db.exec(QStringLiteral("UPDATE ops SET data = NULL WHERE subject = ?"), {subject});
}

} // namespace relais::server
