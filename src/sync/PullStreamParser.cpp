#include "PullStreamParser.h"

#include "SyncJsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace relais {

bool PullStreamParser::feed(const char *data, qsizetype size, QString *error)
{
    if (m_failed)
        return false;
    m_bytes += size;
    qsizetype start = 0;
    while (start < size) {
        const void *nl = memchr(data + start, '\n', size_t(size - start));
        if (!nl) {
            m_partial.append(data + start, size - start);
            break;
        }
        const qsizetype end = static_cast<const char *>(nl) - data;
        bool ok;
        if (m_partial.isEmpty()) {
            ok = parseLine(data + start, end - start, error);
        } else {
            m_partial.append(data + start, end - start);
            ok = parseLine(m_partial.constData(), m_partial.size(), error);
            m_partial.clear();
        }
        if (!ok) {
            m_failed = true;
            return false;
        }
        start = end + 1;
    }
    return true;
}

bool PullStreamParser::finish(QString *error)
{
    if (m_failed)
        return false;
    if (m_partial.trimmed().isEmpty())
        return true;
    const QByteArray last = std::exchange(m_partial, {});
    if (!parseLine(last.constData(), last.size(), error)) {
        m_failed = true;
        return false;
    }
    return true;
}

bool PullStreamParser::parseLine(const char *line, qsizetype size, QString *error)
{
    while (size > 0 && (line[size - 1] == '\r' || line[size - 1] == ' '))
        --size;
    if (size == 0)
        return true; // blank lines (keep-alive) carry nothing
    ++m_lines;
    if (onRawOp) {
        const int r = parseOpLine(line, size, error);
        if (r != 0)
            return r > 0;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(line, size), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("line %1 of the pull stream is not a JSON object: %2").arg(m_lines).arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    const auto cp = o.constFind(QLatin1String("checkpoint"));
    if (cp != o.constEnd()) {
        const QJsonObject c = cp->toObject();
        Checkpoint checkpoint;
        checkpoint.opId = c.value(QLatin1String("op_id")).toInteger();
        checkpoint.complete = c.value(QLatin1String("complete")).toBool();
        const QJsonObject buckets = c.value(QLatin1String("buckets")).toObject();
        for (auto it = buckets.begin(); it != buckets.end(); ++it) {
            if (!it.value().isObject()) {
                *error = QStringLiteral("checkpoint with a malformed bucket state");
                return false;
            }
            checkpoint.buckets.insert(it.key(), BucketState::fromJson(it.value().toObject()));
        }
        return !onCheckpoint || onCheckpoint(checkpoint, error);
    }
    const auto progress = o.constFind(QLatin1String("progress"));
    if (progress != o.constEnd()) {
        if (onProgress)
            onProgress(progress->toObject().value(QLatin1String("total_ops")).toInteger());
        return true;
    }
    SyncOp op;
    if (!SyncOp::fromJson(o, &op, error))
        return false;
    return !onOp || onOp(std::move(op), error);
}

int PullStreamParser::parseOpLine(const char *line, qsizetype size, QString *error)
{
    SyncJsonReader r(line, line + size);
    if (!r.beginObject())
        return 0; // not an object: the general path reports it
    SyncRawOp raw;
    SyncOp &op = raw.op;
    QByteArray key, value, kind;
    bool haveData = false;
    while (r.nextMember(&key)) {
        if (key == "op_id") {
            r.readInt64(&op.opId);
        } else if (key == "bucket") {
            r.readStringLenient(&value);
            op.bucket = QString::fromUtf8(value);
        } else if (key == "op") {
            r.readStringLenient(&kind);
        } else if (key == "type") {
            r.readStringLenient(&value);
            op.type = QString::fromUtf8(value);
        } else if (key == "id") {
            r.readStringLenient(&value);
            op.id = QString::fromUtf8(value);
        } else if (key == "checksum") {
            qint64 c = 0;
            if (r.readInt64(&c))
                op.checksum = quint32(c);
        } else if (key == "data") {
            const char *b = nullptr, *e = nullptr;
            if (!r.skipValue(&b, &e))
                break;
            raw.data = QByteArray(b, e - b);
            haveData = true;
        } else if (key == "checkpoint" || key == "progress") {
            return 0;
        } else {
            r.skipValue();
        }
    }
    if (r.failed() || !r.atEnd())
        return 0; // malformed: the general path gives the message
    if (kind == "PUT") {
        op.kind = SyncOp::Kind::Put;
        if (!haveData)
            raw.data = QByteArray("{}");
    } else if (kind == "REMOVE") {
        op.kind = SyncOp::Kind::Remove;
        raw.data.clear();
    } else {
        *error = QStringLiteral("line %1: unknown op kind").arg(m_lines);
        return -1;
    }
    if (op.opId <= 0 || op.bucket.isEmpty() || op.type.isEmpty() || op.id.isEmpty()) {
        *error = QStringLiteral("line %1: op without op_id, bucket, type or id").arg(m_lines);
        return -1;
    }
    return onRawOp(std::move(raw), error) ? 1 : -1;
}

} // namespace relais
