#pragma once

#include "SyncOp.h"
#include "SyncTypes.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace relais {

/// Splits a pull response (NDJSON, docs/sync-protocol.md "Pull") into its lines as bytes arrive and
/// parses each complete line: an op, a checkpoint or the optional progress line. Handlers return false
/// to stop the stream (the error they set is reported by feed()).
class PullStreamParser
{
public:
    struct Checkpoint {
        qint64 opId = 0;
        bool complete = false;
        BucketStates buckets;
    };
    std::function<bool(SyncOp &&op, QString *error)> onOp;
    /// When set, op lines are read without a JSON DOM and their data is handed over as raw JSON (onOp unused).
    std::function<bool(SyncRawOp &&op, QString *error)> onRawOp;
    std::function<bool(const Checkpoint &checkpoint, QString *error)> onCheckpoint;
    std::function<void(qint64 totalOps)> onProgress;

    /// Parses every complete line in `data` (plus what earlier calls left). False on a malformed line
    /// or when a handler refused; the parser then ignores further input.
    bool feed(const char *data, qsizetype size, QString *error);
    bool feed(const QByteArray &data, QString *error) { return feed(data.constData(), data.size(), error); }
    /// End of the body: a last line without its newline is parsed. False if it is malformed.
    bool finish(QString *error);

    qint64 lines() const { return m_lines; }
    qint64 bytes() const { return m_bytes; }
    bool failed() const { return m_failed; }

    /// Parses one line (without its newline). Public for tests.
    bool parseLine(const char *line, qsizetype size, QString *error);

private:
    /// The fast path: 1 if the line was an op (handled), 0 if it is something else, -1 on error.
    int parseOpLine(const char *line, qsizetype size, QString *error);

    QByteArray m_partial;
    qint64 m_lines = 0;
    qint64 m_bytes = 0;
    bool m_failed = false;
};

} // namespace relais
