#pragma once

#include "AccessCache.h"
#include "Db.h"
#include "RecordStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;

/// The send queue in the database: freezing a newsletter for sending (the send lock), the server's own audience
/// turned into one row per recipient, claiming rows for the sending threads, recording each outcome, resuming
/// after a restart, and the figures of a send. Every function runs inside the caller's database job; those
/// taking an OpWriter run inside its write transaction.
class NewsletterQueue
{
public:
    enum class Error { None, NotFound, Forbidden, AlreadySent, Invalid };
    struct Enqueued {
        Error error = Error::None;
        QString message;
        QString status; ///< "sending" or "scheduled"
        qint64 recipients = 0;
    };
    struct Claim {
        qint64 rowId = 0;
        QString contactId;
        QString email;
        int attempts = 0;
        QByteArray contactJson; ///< the contact's record now (loadContacts); empty if it is gone
        /// The contact's record if it still consents to e-mail (parsed here, in the sending thread); else empty.
        QJsonObject consentingContact() const;
    };
    enum class Outcome { Sent, Retry, Failed, Bounced, Skipped };

    static constexpr int MaxAttempts = 5;

    /// Checks the user's right on the newsletter's zone and on every audience zone, that it is a draft with a
    /// sendable text and a sender identity of its zone or above, and freezes it (newsletter_sends: one row per
    /// newsletter, so a second send is refused). Without a future `scheduledAt` the audience is computed now.
    static Enqueued enqueue(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones, const QString &id,
                            qint64 scheduledAt, qint64 now, const QString &publicUrl, bool tracking);
    /// What a test send renders: the newsletter as it would be frozen now (checks as enqueue, no freezing).
    static Enqueued snapshotForTest(Db &db, const UserAccess &user, const ZoneTree &zones, const QString &id,
                                    const QString &publicUrl, QJsonObject *snapshot);
    static bool cancel(Db &db, OpWriter &ops, const UserAccess &user, const QString &id, QString *error);

    /// Scheduled sends that are due.
    static QStringList due(Db &db, qint64 now);
    /// Computes a due send's audience and starts it.
    static void activate(Db &db, OpWriter &ops, const ZoneTree &zones, const QString &id, qint64 now);
    /// Sends in progress, oldest first, and their frozen snapshots.
    static QList<std::pair<QString, QJsonObject>> active(Db &db);
    /// Marks up to `limit` queued rows of a send (due now) as being sent and returns them (write transaction).
    static QList<Claim> claim(Db &db, const QString &id, int limit, qint64 now);
    /// Reads the current record of each claimed row's contact (a read connection will do).
    static void loadContacts(Db &db, QList<Claim> &claims);
    /// Puts claimed rows that were not tried back in the queue (a graceful stop).
    static void release(Db &db, const QList<qint64> &rowIds);
    /// Rows claimed before `olderThan` and never answered (the process died mid-send) go back in the queue.
    static int requeueStale(Db &db, qint64 olderThan);
    static void record(Db &db, qint64 rowId, Outcome outcome, int smtpCode, const QString &message, qint64 now,
                       qint64 nextAttemptAt);
    /// A permanent failure: the row, the address's suppression, a "bounce" event, and an "email" event on the
    /// contact's timeline (so the CRM shows that the address no longer works).
    static void recordBounce(Db &db, OpWriter &ops, const ZoneTree &zones, qint64 rowId, int smtpCode,
                             const QString &message, qint64 now);
    /// When no row is left to send: the send ends and the newsletter record shows "sent" with its figures.
    static bool finishIfDone(Db &db, OpWriter &ops, const QString &id, qint64 now);

    static void addEvent(Db &db, const QString &id, const QString &contactId, const QString &kind, qint64 at,
                         const QString &detail = QString());
    /// Figures and an hourly series (the stats endpoint's JSON).
    static QJsonObject stats(Db &db, const QString &id);

private:
    static void setStatus(Db &db, OpWriter &ops, StoredRecord record, const QString &status, const QJsonObject &extra);
    static qint64 populate(Db &db, const ZoneTree &zones, const QString &id, const QJsonObject &snapshot);
};

} // namespace relais::server
