#include "MailOutbox.h"

namespace relais::server {

void MailOutbox::enqueue(Db &db, const QString &kind, const QString &sender, const QString &recipient,
                         const QByteArray &message, qint64 now)
{
    db.exec(QStringLiteral("INSERT INTO mail_outbox (kind, sender, recipient, message, status, created_at)"
                           " VALUES (?, ?, ?, ?, 'queued', ?)"),
            {kind, sender, recipient, QString::fromLatin1(message), now});
}

QList<MailOutbox::Item> MailOutbox::claim(Db &db, int limit, qint64 now)
{
    const QString pick = QStringLiteral("SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= ?"
                                        " ORDER BY id LIMIT ?")
        + (db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    QSqlQuery &q = db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'sending', claimed_at = ?, attempts = attempts + 1"
                                          " WHERE id IN (")
                               + pick + QStringLiteral(") RETURNING id, sender, recipient, message, attempts"),
                           {now, now, limit});
    QList<Item> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().toLatin1(),
                    q.value(4).toInt()});
    q.finish();
    std::sort(out.begin(), out.end(), [](const Item &a, const Item &b) { return a.id < b.id; });
    return out;
}

void MailOutbox::release(Db &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'queued', attempts = attempts - 1 WHERE id = ? AND status = 'sending'"),
                {id});
}

void MailOutbox::record(Db &db, qint64 id, Outcome outcome, qint64 now, qint64 retryAt, const QString &error)
{
    switch (outcome) {
    case Outcome::Sent:
        db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?"), {now, id});
        break;
    case Outcome::Retry:
        db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?"),
                {retryAt, error.left(500), id});
        break;
    case Outcome::Failed:
        db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE id = ?"), {error.left(500), id});
        break;
    }
}

int MailOutbox::requeueStale(Db &db, qint64 claimedBefore)
{
    QSqlQuery &q = db.exec(QStringLiteral("UPDATE mail_outbox SET status = 'queued' WHERE status = 'sending' AND claimed_at < ?"),
                           {claimedBefore});
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

int MailOutbox::purge(Db &db, qint64 before)
{
    QSqlQuery &q = db.exec(QStringLiteral("DELETE FROM mail_outbox WHERE status IN ('sent', 'failed') AND created_at < ?"),
                           {before});
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

qint64 MailOutbox::count(Db &db, const QString &status)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE status = ?"), {status}, 0).toLongLong();
}

} // namespace relais::server
