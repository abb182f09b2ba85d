#include "PullDecoder.h"

#include "SyncRecordColumns.h"

namespace relais {

namespace {
const QString TypeContact = QStringLiteral("contact");
} // namespace

PullDecoder::PullDecoder(PullStreamParser &parser) : m_parser(parser)
{
    m_parser.onRawOp = [this](SyncRawOp &&op, QString *) {
        if (op.op.kind == SyncOp::Kind::Put && op.op.type == TypeContact) {
            auto columns = std::make_shared<SyncRecordColumns>();
            if (columns->readContact(op.data, op.op.id.toUtf8(), op.op.bucket.toUtf8()))
                op.columns = std::move(columns);
        }
        Event e;
        e.kind = Event::Kind::Op;
        e.op = std::move(op);
        emitEvent(std::move(e));
        return true;
    };
    m_parser.onCheckpoint = [this](const PullStreamParser::Checkpoint &cp, QString *) {
        Event e;
        e.kind = Event::Kind::Checkpoint;
        e.checkpoint = cp;
        emitEvent(std::move(e));
        return true;
    };
    m_parser.onProgress = [this](qint64 total) {
        Event e;
        e.kind = Event::Kind::Progress;
        e.total = total;
        emitEvent(std::move(e));
    };
    m_thread = std::thread([this] { run(); });
}

PullDecoder::~PullDecoder()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_inputReady.notify_all();
    m_thread.join();
    m_parser.onRawOp = nullptr;
    m_parser.onCheckpoint = nullptr;
    m_parser.onProgress = nullptr;
}

void PullDecoder::push(QByteArray data)
{
    if (data.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_inputBytes += data.size();
        m_input.push_back(std::move(data));
    }
    m_inputReady.notify_one();
}

void PullDecoder::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_inputReady.notify_one();
}

void PullDecoder::take(std::deque<Event> *out, bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_outputReady.wait(lock, [this] { return !m_output.empty() || m_ended; });
    for (Event &e : m_output)
        out->push_back(std::move(e));
    m_output.clear();
}

qsizetype PullDecoder::pendingBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_inputBytes;
}

qsizetype PullDecoder::readyEvents() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_output.size());
}

void PullDecoder::emitEvent(Event &&e)
{
    m_produced.push_back(std::move(e)); // worker thread only; published after each chunk
}

void PullDecoder::run()
{
    for (;;) {
        QByteArray chunk;
        bool closing = false;
        {
            std::unique_lock lock(m_mutex);
            m_inputReady.wait(lock, [this] { return m_stop || !m_input.empty() || m_closed; });
            if (m_stop)
                return;
            if (!m_input.empty()) {
                chunk = std::move(m_input.front());
                m_input.pop_front();
            } else {
                closing = true;
            }
        }
        QString error;
        const bool ok = closing ? m_parser.finish(&error) : m_parser.feed(chunk, &error);
        {
            std::lock_guard lock(m_mutex);
            m_inputBytes -= chunk.size();
            for (Event &e : m_produced)
                m_output.push_back(std::move(e));
            m_produced.clear();
            if (!ok || closing) {
                Event end;
                end.kind = ok ? Event::Kind::Finished : Event::Kind::Failed;
                end.error = error;
                m_output.push_back(std::move(end));
                m_ended = true;
            }
        }
        m_outputReady.notify_all();
        if (!ok || closing)
            return;
    }
}

} // namespace relais
