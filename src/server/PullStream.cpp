#include "PullStream.h"

#include "LiveHub.h"
#include "OpLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace relais::server {

PullPlan PullPlan::compute(Db &db, const QStringList &scopeBuckets, const QHash<QString, qint64> &cursors)
{
    const qint64 x = OpLog::committedOpId(db);
    QStringList sorted = scopeBuckets;
    sorted.sort();
    PullPlan p = fromStates(sorted, x, OpLog::statesAt(db, sorted, x), cursors);
    for (Work &w : p.work)
        if (w.countAtFrom < 0)
            w.countAtFrom = OpLog::stateAt(db, w.bucket, w.from).count;
    p.totalOps = 0;
    for (const Work &w : std::as_const(p.work))
        p.totalOps += std::max<qint64>(0, w.end.count - w.countAtFrom);
    return p;
}

PullPlan PullPlan::fromStates(const QStringList &scopeBuckets, qint64 x, const QHash<QString, BucketState> &states,
                              const QHash<QString, qint64> &cursors)
{
    PullPlan p;
    p.x = x;
    p.buckets = scopeBuckets;
    p.buckets.sort();
    for (const QString &b : std::as_const(p.buckets)) {
        const BucketState end = states.value(b);
        p.states.insert(b, end);
        const qint64 cursor = cursors.value(b, 0);
        if (end.cursor <= cursor)
            continue;
        Work w;
        w.bucket = b;
        w.from = cursor;
        w.end = end;
        w.countAtFrom = cursor > 0 ? -1 : 0;
        p.work << w;
    }
    return p;
}

PullStream::PullStream(DbExecutor &db, const LiveHub &hub, PullPlan plan, bool gzip)
    : m_db(db), m_hub(hub), m_plan(std::move(plan))
{
    if (gzip)
        m_gzip = std::make_unique<GzipWriter>(1);
}

PullStream::~PullStream()
{
    // A prefetch still running only touches its own copies; wait so that no job outlives the request.
    if (m_pending && m_pending->valid())
        m_pending->wait();
}

std::vector<OpRow> PullStream::fetch(Db &db, const QString &bucket, qint64 after, qint64 upTo, int limit)
{
    const QString sql = db.isPostgres()
        ? QStringLiteral("SELECT op_id, op, type, id, data, checksum, bucket_count, bucket_sum FROM ops"
                         " WHERE bucket = ? AND op_id > ? AND op_id <= ? ORDER BY op_id LIMIT ?")
        : QStringLiteral("SELECT op_id, op, type, id, CAST(data AS BLOB), checksum, bucket_count, bucket_sum FROM ops"
                         " WHERE bucket = ? AND op_id > ? AND op_id <= ? ORDER BY op_id LIMIT ?");
    QSqlQuery &q = db.exec(sql, {bucket, after, upTo, limit});
    std::vector<OpRow> rows;
    rows.reserve(std::size_t(limit));
    const bool pg = db.isPostgres();
    while (q.next()) {
        OpRow r;
        r.opId = q.value(0).toLongLong();
        r.put = q.value(1).toString() == QLatin1String("PUT");
        r.type = q.value(2).toString().toLatin1();
        r.id = q.value(3).toString().toLatin1();
        const QVariant data = q.value(4);
        r.dataNull = data.isNull();
        if (!r.dataNull)
            r.data = pg ? data.toString().toUtf8() : data.toByteArray();
        r.checksum = q.value(5).toLongLong();
        r.count = q.value(6).toLongLong();
        r.sum = q.value(7).toLongLong();
        rows.push_back(std::move(r));
    }
    q.finish();
    return rows;
}

void PullStream::appendOpLine(QByteArray &out, const QByteArray &bucket, const OpRow &r)
{
    out += "{\"op_id\":";
    out += QByteArray::number(r.opId);
    out += ",\"bucket\":\"";
    out += bucket;
    out += r.put ? "\",\"op\":\"PUT\",\"type\":\"" : "\",\"op\":\"REMOVE\",\"type\":\"";
    out += r.type;
    out += "\",\"id\":\"";
    out += r.id;
    out += '"';
    if (r.put) {
        out += ",\"data\":";
        if (r.dataNull)
            out += "null";
        else
            out += r.data;
    }
    out += ",\"checksum\":";
    out += QByteArray::number(r.checksum);
    out += "}\n";
}

QByteArray PullStream::checkpointLine(qint64 x, bool complete, const QHash<QString, BucketState> &states)
{
    QStringList names = states.keys();
    names.sort();
    QByteArray line;
    line.reserve(64 + names.size() * 64);
    line += "{\"checkpoint\":{\"op_id\":";
    line += QByteArray::number(x);
    line += complete ? ",\"complete\":true,\"buckets\":{" : ",\"complete\":false,\"buckets\":{";
    bool first = true;
    for (const QString &name : std::as_const(names)) {
        const BucketState &s = states[name];
        if (!first)
            line += ',';
        first = false;
        line += '"';
        line += name.toUtf8(); // zone codes and "U:<id>": nothing to escape
        line += "\":{\"cursor\":";
        line += QByteArray::number(s.cursor);
        line += ",\"count\":";
        line += QByteArray::number(s.count);
        line += ",\"checksum\":";
        line += QByteArray::number(s.checksum);
        line += '}';
    }
    line += "}}}\n";
    return line;
}

void PullStream::prefetch(int workIndex, qint64 after)
{
    const QString bucket = m_plan.work.at(workIndex).bucket;
    const qint64 upTo = m_plan.x;
    QList<QPair<QString, qint64>> unknownCounts; // first job: the counts at the client's cursors (progress line)
    if (!m_started)
        for (const PullPlan::Work &w : std::as_const(m_plan.work))
            if (w.countAtFrom < 0)
                unknownCounts.append({w.bucket, w.from});
    m_pending = m_db.readAsync([bucket, after, upTo, unknownCounts](Db &db) {
        Fetched f;
        for (const auto &c : unknownCounts)
            f.countsAtFrom.insert(c.first, OpLog::stateAt(db, c.first, c.second).count);
        f.rows = fetch(db, bucket, after, upTo, ChunkOps);
        return f;
    });
}

void PullStream::produce(QByteArray *out, bool *finished)
{
    QByteArray text;
    *finished = false;
    if (m_finished) {
        *finished = true;
        return;
    }
    Fetched fetched;
    if (!m_started) {
        if (!m_plan.work.isEmpty()) {
            prefetch(0, m_plan.work.first().from);
            fetched = m_pending->get();
            m_pending.reset();
        }
        m_started = true;
        qint64 total = 0;
        for (PullPlan::Work &w : m_plan.work) {
            if (w.countAtFrom < 0)
                w.countAtFrom = fetched.countsAtFrom.value(w.bucket, 0);
            total += std::max<qint64>(0, w.end.count - w.countAtFrom);
        }
        m_plan.totalOps = total;
        if (total > 0) {
            text += "{\"progress\":{\"total_ops\":";
            text += QByteArray::number(total);
            text += "}}\n";
        }
    } else if (m_pending) {
        fetched = m_pending->get();
        m_pending.reset();
    }

    bool endNow = m_workIndex >= m_plan.work.size();
    if (!endNow) {
        const PullPlan::Work &w = m_plan.work.at(m_workIndex);
        std::vector<OpRow> rows = std::move(fetched.rows);
        const bool bucketDone = rows.size() < std::size_t(ChunkOps) || rows.back().opId >= w.end.cursor;
        const bool stopping = m_hub.isShuttingDown();
        if (!stopping) {
            if (!bucketDone)
                prefetch(m_workIndex, rows.back().opId);
            else if (m_workIndex + 1 < m_plan.work.size())
                prefetch(m_workIndex + 1, m_plan.work.at(m_workIndex + 1).from);
        }
        const QByteArray bucket = w.bucket.toUtf8();
        text.reserve(text.size() + qsizetype(rows.size()) * 700);
        for (const OpRow &r : rows)
            appendOpLine(text, bucket, r);
        m_opsSent += qint64(rows.size());
        m_sinceCheckpoint += qint64(rows.size());
        if (bucketDone || m_sinceCheckpoint >= CheckpointOps || stopping) {
            BucketState s = w.end;
            if (!rows.empty() && !bucketDone) {
                s.cursor = rows.back().opId;
                s.count = rows.back().count;
                s.checksum = quint32(rows.back().sum);
            }
            text += checkpointLine(m_plan.x, false, {{w.bucket, s}});
            m_sinceCheckpoint = 0;
        }
        if (bucketDone)
            ++m_workIndex;
        if (stopping) {
            // Shutting down: end the stream at this checkpoint; the client resumes from it.
            m_finished = true;
            if (m_gzip)
                text = m_gzip->write(text, true);
            *out += text;
            *finished = true;
            return;
        }
        endNow = m_workIndex >= m_plan.work.size();
    }
    if (endNow) {
        text += checkpointLine(m_plan.x, true, m_plan.states);
        m_finished = true;
        *finished = true;
    }
    if (m_gzip)
        text = m_gzip->write(text, m_finished);
    *out += text;
}

} // namespace relais::server
