#pragma once

#include "PullStreamParser.h"
#include "SyncTypes.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace relais {

/// Parses a pull stream on a thread of its own and decodes its contact records there (SyncRecordColumns),
/// so that the thread applying the pull only writes to the replica. A first sync of a large zone is bound
/// by the apply thread; this takes the JSON work, about a quarter of it, to another core.
///
/// Events come out in stream order; a malformed stream ends with Failed, the end of input with Finished.
class PullDecoder
{
public:
    struct Event {
        enum class Kind { Op, Checkpoint, Progress, Failed, Finished };
        Kind kind = Kind::Op;
        SyncRawOp op;
        PullStreamParser::Checkpoint checkpoint;
        qint64 total = 0;
        QString error;
    };

    /// Takes `parser` over (its callbacks are replaced) until destroyed; it must outlive the decoder and
    /// must not be used meanwhile.
    explicit PullDecoder(PullStreamParser &parser);
    /// Stops at once: queued input is dropped.
    ~PullDecoder();
    PullDecoder(const PullDecoder &) = delete;
    PullDecoder &operator=(const PullDecoder &) = delete;

    void push(QByteArray data);
    /// No more input: the parser's end of stream runs after what is queued, then Finished (or Failed).
    void close();
    /// Moves the decoded events out. With `wait`, blocks until there is one or the decoder has ended.
    void take(std::deque<Event> *out, bool wait);
    /// Bytes pushed and not yet parsed.
    qsizetype pendingBytes() const;
    /// Events decoded and not yet taken.
    qsizetype readyEvents() const;

private:
    void run();
    void emitEvent(Event &&e);

    PullStreamParser &m_parser;
    mutable std::mutex m_mutex;
    std::condition_variable m_inputReady;
    std::condition_variable m_outputReady;
    std::deque<QByteArray> m_input;
    qsizetype m_inputBytes = 0;
    std::deque<Event> m_output;
    std::deque<Event> m_produced; ///< the worker's events of the chunk being parsed
    bool m_closed = false;
    bool m_stop = false;
    bool m_ended = false;
    std::thread m_thread;
};

} // namespace relais
