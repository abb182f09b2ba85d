#pragma once

#include "Db.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace relais::server {

/// The queue of transactional e-mails (a petition's confirmation link): one row per message, written in the
/// same transaction as the business change that asks for it, so a message is never lost nor sent for a change
/// that did not commit. OutboxSender delivers them. Every function runs inside the caller's database job.
class MailOutbox
{
public:
    struct Item {
        qint64 id = 0;
        QString sender;    ///< bare envelope address
        QString recipient; ///< bare address
        QByteArray message;
        int attempts = 0;
    };
    enum class Outcome { Sent, Retry, Failed };
    static constexpr int MaxAttempts = 5;

    static void enqueue(Db &db, const QString &kind, const QString &sender, const QString &recipient,
                        const QByteArray &message, qint64 now);
    /// Claims up to `limit` due messages (status 'sending', attempts + 1).
    static QList<Item> claim(Db &db, int limit, qint64 now);
    /// Puts claimed messages that were not tried back in the queue, their attempt not counted (a stop).
    static void release(Db &db, const QList<qint64> &ids);
    /// `retryAt` for Retry; `error` is the relay's answer (kept with the row, never logged).
    static void record(Db &db, qint64 id, Outcome outcome, qint64 now, qint64 retryAt, const QString &error);
    /// Puts back in the queue the messages claimed before `claimedBefore` (a process that died, or stopped).
    static int requeueStale(Db &db, qint64 claimedBefore);
    /// Deletes sent and failed messages older than `before` (they hold personal data).
    static int purge(Db &db, qint64 before);
    static qint64 count(Db &db, const QString &status);
};

} // namespace relais::server
