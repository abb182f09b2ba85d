#include "PullSession.h"

#include "SyncStore.h"

namespace relais {

namespace {
/// Ops kept in memory while waiting for their checkpoint line (the server sends one every 10,000 ops of a
/// bucket). Beyond it they go into the open transaction, which then holds them until the checkpoint.
constexpr qsizetype MaxBufferedOps = 20000;
/// How far the decoder thread may run ahead of the apply: raw bytes not parsed yet, decoded ops not applied.
constexpr qsizetype MaxDecoderBytes = 4 << 20;
constexpr qsizetype MaxDecoderEvents = 10000;
} // namespace

PullSession::PullSession(SyncStore *store) : m_store(store)
{
    m_parser.onRawOp = [this](SyncRawOp &&op, QString *error) { return onOp(std::move(op), error); };
    m_parser.onCheckpoint = [this](const PullStreamParser::Checkpoint &cp, QString *error) {
        return onCheckpoint(cp, error);
    };
    m_parser.onProgress = [this](qint64 total) { m_total = total; };
    m_store->beginPull();
}

PullSession::~PullSession()
{
    if (!m_finished)
        abort();
}

bool PullSession::feed(const char *data, qsizetype size, QString *error)
{
    if (m_finished) {
        *error = QStringLiteral("pull session already finished");
        return false;
    }
    if (m_decoder) {
        m_decoder->push(QByteArray(data, size));
        return drain(false, error);
    }
    if (!m_parser.feed(data, size, error))
        return false;
    if (m_decodeThreshold > 0 && m_total >= m_decodeThreshold && !m_finished) {
        // A large pull: the rest is parsed and decoded on another thread while this one writes.
        m_decoder = std::make_unique<PullDecoder>(m_parser);
        m_usedDecoder = true;
    }
    return true;
}

bool PullSession::drain(bool untilEnd, QString *error)
{
    for (;;) {
        const bool wait = untilEnd || m_decoder->pendingBytes() > MaxDecoderBytes
            || m_decoder->readyEvents() > MaxDecoderEvents;
        std::deque<PullDecoder::Event> events;
        m_decoder->take(&events, wait);
        if (events.empty())
            return true;
        for (PullDecoder::Event &e : events) {
            switch (e.kind) {
            case PullDecoder::Event::Kind::Op:
                if (!onOp(std::move(e.op), error))
                    return false;
                break;
            case PullDecoder::Event::Kind::Checkpoint:
                if (!onCheckpoint(e.checkpoint, error))
                    return false;
                break;
            case PullDecoder::Event::Kind::Progress:
                m_total = e.total;
                break;
            case PullDecoder::Event::Kind::Failed:
                *error = e.error;
                return false;
            case PullDecoder::Event::Kind::Finished:
                return true;
            }
        }
        if (!untilEnd && m_decoder->pendingBytes() <= MaxDecoderBytes && m_decoder->readyEvents() <= MaxDecoderEvents)
            return true;
    }
}

bool PullSession::onOp(SyncRawOp &&op, QString *error)
{
    if (m_store->refetchBuckets().contains(op.op.bucket))
        return true; // dropped earlier in this pull: fetched again by the next one
    m_buffer.append(std::move(op));
    if (m_buffer.size() >= MaxBufferedOps) {
        // A server that sends no checkpoint for this long: keep memory bounded. Verified work first, so that
        // a rollback of these unverified ops cannot take it along.
        if (!commitPending(error))
            return false;
        return flushBuffer(error);
    }
    return true;
}

bool PullSession::flushBuffer(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (!m_store->beginCheckpoint(error))
        return false;
    if (!m_store->applyOps(m_buffer, error)) {
        m_store->abortCheckpoint();
        m_openTransaction = false;
        return false;
    }
    m_buffer.clear();
    return true;
}

bool PullSession::commitPending(QString *error)
{
    if (!m_openTransaction)
        return true;
    m_openTransaction = false;
    m_sinceCommit.restart();
    return m_store->commitCheckpoint(error);
}

bool PullSession::onCheckpoint(const PullStreamParser::Checkpoint &cp, QString *error)
{
    if (!m_bulkDecided) {
        m_bulkDecided = true;
        // Without a progress line, a first checkpoint that is partial (10,000 ops of one bucket) hints a fill.
        const qint64 expected = m_total > 0 ? m_total : (cp.complete ? m_buffer.size() : 2 * m_buffer.size());
        if (m_bulkAllowed && m_store->shouldBulkFill(expected)) {
            if (!m_store->beginBulkFill(error))
                return false;
            m_usedBulk = true;
            m_sinceCommit.start();
        }
    }
    const qint64 ops = m_buffer.size();
    if (!flushBuffer(error))
        return false;
    SyncCheckpointResult result;
    if (!m_store->verifyCheckpoint(cp.buckets, cp.complete, &result, error)) {
        m_openTransaction = false;
        return false;
    }
    m_openTransaction = true;
    // Grouping pays when the unique index on contact ids is large (each commit rewrites the leaf pages its
    // random inserts touched); while it is small, commit often so the rows show up early in the list.
    const qint64 interval = qBound(qint64(200), m_bulkCommitMs * m_applied / 200000, qint64(m_bulkCommitMs));
    const bool group = m_store->isBulkFilling() && !cp.complete && m_sinceCommit.isValid()
        && m_sinceCommit.elapsed() < interval;
    if (!group && !commitPending(error))
        return false;
    m_applied += ops;
    m_checkpointOpId = cp.opId;
    for (const QString &b : std::as_const(result.applied))
        m_changed.insert(b);
    for (const QString &b : std::as_const(result.purged))
        m_changed.insert(b);
    for (const QString &b : std::as_const(result.mismatched)) {
        m_changed.insert(b);
        if (!m_refetch.contains(b))
            m_refetch << b;
    }
    m_contactsChanged = m_contactsChanged || result.contactsChanged;
    m_conflictsChanged = m_conflictsChanged || result.conflictsChanged;
    if (cp.complete)
        m_complete = true;
    if (onProgress)
        onProgress(m_applied, m_total);
    return true;
}

bool PullSession::commitNow(QString *error)
{
    if (!commitPending(error))
        return false;
    return !m_store->inCheckpoint();
}

bool PullSession::endBulk(QString *error)
{
    if (!m_store->isBulkFilling())
        return true;
    return m_store->endBulkFill(error);
}

bool PullSession::finish(QString *error)
{
    if (m_finished)
        return m_complete;
    bool ok;
    if (m_decoder) {
        m_decoder->close();
        ok = drain(true, error);
        m_decoder.reset();
    } else {
        ok = m_parser.finish(error);
    }
    if (ok && !m_buffer.isEmpty()) {
        *error = tr("The server's answer ended with %n operations after its last checkpoint.", nullptr,
                    int(m_buffer.size()));
        ok = false;
    }
    if (ok && !m_complete) {
        *error = tr("The server's answer ended before its final checkpoint.");
        ok = false;
    }
    if (!ok) {
        abort();
        return false;
    }
    m_finished = true;
    return commitPending(error) && endBulk(error);
}

void PullSession::abort(bool finishBulkFill)
{
    if (m_finished)
        return;
    m_finished = true;
    m_decoder.reset(); // stops the thread; what it had not handed over is dropped with the buffer
    m_buffer.clear();
    QString error;
    if (m_openTransaction) {
        // Only verified checkpoints are in an open grouped transaction: keep them.
        if (!commitPending(&error))
            qWarning("sync: keeping the applied checkpoints failed: %s", qPrintable(error));
    } else if (m_store->inCheckpoint()) {
        m_store->abortCheckpoint(); // unverified ops (buffer overflow) only
    }
    // An interrupted fill still leaves a usable replica: indexes and search come back now.
    if (finishBulkFill && !endBulk(&error))
        qWarning("sync: finishing the bulk fill failed: %s", qPrintable(error));
}

} // namespace relais
