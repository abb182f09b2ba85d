#include "NewsletterQueue.h"

#include "Audience.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "LinkSigner.h"
#include "NewsletterRenderer.h"
#include "OpLog.h"
#include "PushProcessor.h"
#include "ServerActor.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>

namespace relais::server {

namespace {

QString iso(qint64 ms) { return ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }

NewsletterQueue::Enqueued failure(NewsletterQueue::Error e, const QString &message)
{
    NewsletterQueue::Enqueued r;
    r.error = e;
    r.message = message;
    return r;
}

/// The checks shared by a send and a test send, and the snapshot they freeze.
NewsletterQueue::Enqueued prepare(Db &db, const UserAccess &user, const ZoneTree &zones, const QString &id,
                                  const QString &publicUrl, bool tracking, StoredRecord *record, QJsonObject *snapshot)
{
    using E = NewsletterQueue::Error;
    const auto r = RecordStore::load(db, RecordStore::Newsletter, id);
    if (!r || !user.scope.allows(Feature::ContactsRead, r->zone))
        return failure(E::NotFound, QStringLiteral("no such newsletter (has the draft been synced?)"));
    if (!user.scope.allows(Feature::NewslettersSend, r->zone))
        return failure(E::Forbidden, QStringLiteral("newsletters.send is not granted on ") + r->zone);
    const QJsonObject &d = r->data;
    if (d.value(QLatin1String("kind")).toString() == QLatin1String("template"))
        return failure(E::Invalid, QStringLiteral("a template is not sent: create a newsletter from it"));
    QString error;
    const auto spec = AudienceSpec::fromJson(d.value(QLatin1String("audience")).toObject(), r->zone, zones, &error);
    if (!spec)
        return failure(E::Invalid, error);
    QString missing;
    if (!spec->allowedFor(user.scope, &missing))
        return failure(E::Forbidden, QStringLiteral("newsletters.send is not granted on ") + missing);
    const auto sender = RecordStore::load(db, RecordStore::Sender, d.value(QLatin1String("sender_id")).toString());
    if (!sender || !zones.isWithin(r->zone, sender->zone))
        return failure(E::Invalid, QStringLiteral("choose a sender identity of this zone"));
    *snapshot = QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("zone"), r->zone},
                            {QStringLiteral("subject"), d.value(QLatin1String("subject"))},
                            {QStringLiteral("preheader"), d.value(QLatin1String("preheader"))},
                            {QStringLiteral("body"), d.value(QLatin1String("body"))},
                            {QStringLiteral("language"), d.value(QLatin1String("language")).toString(QStringLiteral("fr"))},
                            {QStringLiteral("sender"), sender->data},
                            {QStringLiteral("audience"), spec->toJson()},
                            {QStringLiteral("public_url"), publicUrl},
                            {QStringLiteral("tracking"), tracking}};
    const LinkSigner signer(QByteArray(32, 'x')); // only compiles here; the key does not matter
    const NewsletterRenderer renderer(id, *snapshot, signer, zones);
    if (!renderer.isSendable())
        return failure(E::Invalid, renderer.firstError());
    snapshot->insert(QStringLiteral("links"), QJsonArray::fromStringList(renderer.links()));
    *record = *r;
    NewsletterQueue::Enqueued ok;
    ok.status = d.value(QLatin1String("status")).toString(QStringLiteral("draft"));
    return ok;
}

} // namespace

NewsletterQueue::Enqueued NewsletterQueue::snapshotForTest(Db &db, const UserAccess &user, const ZoneTree &zones,
                                                           const QString &id, const QString &publicUrl,
                                                           QJsonObject *snapshot)
{
    StoredRecord record;
    return prepare(db, user, zones, id, publicUrl, false, &record, snapshot);
}

NewsletterQueue::Enqueued NewsletterQueue::enqueue(Db &db, OpWriter &ops, const UserAccess &user, const ZoneTree &zones,
                                                   const QString &id, qint64 scheduledAt, qint64 now,
                                                   const QString &publicUrl, bool tracking)
{
    StoredRecord record;
    QJsonObject snapshot;
    Enqueued r = prepare(db, user, zones, id, publicUrl, tracking, &record, &snapshot);
    if (r.error != Error::None)
        return r;
    // The send lock: one newsletter_sends row per newsletter, ever.
    if (r.status != QLatin1String("draft")
        || db.scalar(QStringLiteral("SELECT COUNT(*) FROM newsletter_sends WHERE newsletter_id = ?"), {id}, 0).toInt() > 0)
        return failure(Error::AlreadySent, QStringLiteral("this newsletter was already sent or scheduled"));
    const bool later = scheduledAt > now;
    db.exec(QStringLiteral("INSERT INTO newsletter_sends (newsletter_id, zone, status, requested_by, requested_at,"
                           " scheduled_at, snapshot, tracking) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, record.zone, later ? QStringLiteral("scheduled") : QStringLiteral("sending"), user.user.id, now,
             later ? scheduledAt : now, QString::fromUtf8(ContactStore::compact(snapshot)), tracking ? 1 : 0});
    r.status = later ? QStringLiteral("scheduled") : QStringLiteral("sending");
    QJsonObject extra{{QStringLiteral("requested_by"), user.user.username}};
    if (later) {
        extra.insert(QStringLiteral("scheduled_at"), iso(scheduledAt));
    } else {
        r.recipients = populate(db, zones, id, snapshot);
        extra.insert(QStringLiteral("recipients"), r.recipients);
        extra.insert(QStringLiteral("started_at"), iso(now));
        db.exec(QStringLiteral("UPDATE newsletter_sends SET started_at = ? WHERE newsletter_id = ?"), {now, id});
    }
    setStatus(db, ops, record, r.status, extra);
    return r;
}

qint64 NewsletterQueue::populate(Db &db, const ZoneTree &zones, const QString &id, const QJsonObject &snapshot)
{
    QString error;
    const auto spec = AudienceSpec::fromJson(snapshot.value(QLatin1String("audience")).toObject(),
                                             snapshot.value(QLatin1String("zone")).toString(), zones, &error);
    if (!spec)
        throw DbError("a frozen newsletter has an invalid audience");
    const QList<Audience::Member> members = Audience::compute(db, *spec, zones);
    QSqlQuery &ins = db.prepared(QStringLiteral("INSERT INTO newsletter_recipients (newsletter_id, contact_id, email, status)"
                                                " VALUES (?, ?, ?, 'queued')"));
    for (const Audience::Member &m : members) {
        ins.bindValue(0, id);
        ins.bindValue(1, m.contactId);
        ins.bindValue(2, m.email);
        if (!ins.exec())
            throw DbError(Db::errorText(ins.lastError(), QStringLiteral("INSERT INTO newsletter_recipients")).toStdString());
    }
    db.exec(QStringLiteral("UPDATE newsletter_sends SET recipients = ? WHERE newsletter_id = ?"), {qint64(members.size()), id});
    return members.size();
}

void NewsletterQueue::setStatus(Db &db, OpWriter &ops, StoredRecord record, const QString &status, const QJsonObject &extra)
{
    record.data.insert(QStringLiteral("status"), status);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        record.data.insert(it.key(), it.value());
    RecordStore::save(db, ops, record);
}

bool NewsletterQueue::cancel(Db &db, OpWriter &ops, const UserAccess &user, const QString &id, QString *error)
{
    const auto r = RecordStore::load(db, RecordStore::Newsletter, id);
    if (!r || !user.scope.allows(Feature::NewslettersSend, r->zone)) {
        *error = QStringLiteral("no such newsletter");
        return false;
    }
    const QString status = db.scalar(QStringLiteral("SELECT status FROM newsletter_sends WHERE newsletter_id = ?"), {id}).toString();
    if (status != QLatin1String("scheduled")) {
        *error = QStringLiteral("only a scheduled newsletter can be cancelled");
        return false;
    }
    db.exec(QStringLiteral("DELETE FROM newsletter_sends WHERE newsletter_id = ?"), {id});
    StoredRecord back = *r;
    back.data.remove(QStringLiteral("scheduled_at"));
    setStatus(db, ops, back, QStringLiteral("draft"), {}); // back to an editable draft
    return true;
}

QStringList NewsletterQueue::due(Db &db, qint64 now)
{
    QStringList out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT newsletter_id FROM newsletter_sends WHERE status = 'scheduled'"
                                          " AND scheduled_at <= ? ORDER BY scheduled_at"),
                           {now});
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

void NewsletterQueue::activate(Db &db, OpWriter &ops, const ZoneTree &zones, const QString &id, qint64 now)
{
    // Whoever moves it out of "scheduled" starts it: another instance sharing the database skips it.
    QSqlQuery &u = db.exec(QStringLiteral("UPDATE newsletter_sends SET status = 'sending', started_at = ?"
                                          " WHERE newsletter_id = ? AND status = 'scheduled'"),
                           {now, id});
    if (u.numRowsAffected() != 1)
        return;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT snapshot FROM newsletter_sends WHERE newsletter_id = ?"), {id});
    if (!q.next())
        return;
    const QJsonObject snapshot = ContactStore::parse(q.value(0));
    q.finish();
    const qint64 n = populate(db, zones, id, snapshot);
    if (const auto r = RecordStore::load(db, RecordStore::Newsletter, id))
        setStatus(db, ops, *r, QStringLiteral("sending"), {{QStringLiteral("recipients"), n}, {QStringLiteral("started_at"), iso(now)}});
}

QList<std::pair<QString, QJsonObject>> NewsletterQueue::active(Db &db)
{
    QList<std::pair<QString, QJsonObject>> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT newsletter_id, snapshot FROM newsletter_sends WHERE status = 'sending'"
                                          " ORDER BY started_at, newsletter_id"));
    while (q.next())
        out.append({q.value(0).toString(), ContactStore::parse(q.value(1))});
    q.finish();
    return out;
}

QList<NewsletterQueue::Claim> NewsletterQueue::claim(Db &db, const QString &id, int limit, qint64 now)
{
    const QString pick = QStringLiteral("SELECT id FROM newsletter_recipients WHERE newsletter_id = ? AND status = 'queued'"
                                        " AND next_attempt_at <= ? ORDER BY id LIMIT ?")
        + (db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    QList<Claim> out;
    QSqlQuery &q = db.exec(QStringLiteral("UPDATE newsletter_recipients SET status = 'sending', claimed_at = ?,"
                                          " attempts = attempts + 1 WHERE id IN (")
                               + pick + QStringLiteral(") RETURNING id, contact_id, email, attempts"),
                           {now, id, now, limit});
    while (q.next()) {
        Claim c;
        c.rowId = q.value(0).toLongLong();
        c.contactId = q.value(1).toString();
        c.email = q.value(2).toString();
        c.attempts = q.value(3).toInt();
        out << c;
    }
    q.finish();
    std::sort(out.begin(), out.end(), [](const Claim &a, const Claim &b) { return a.rowId < b.rowId; });
    return out;
}

void NewsletterQueue::loadContacts(Db &db, QList<Claim> &claims)
{
    constexpr qsizetype Chunk = 100;
    for (qsizetype at = 0; at < claims.size(); at += Chunk) {
        const qsizetype n = std::min(Chunk, claims.size() - at);
        QHash<QString, qsizetype> index;
        QVariantList ids;
        for (qsizetype i = at; i < at + n; ++i) {
            index.insert(claims.at(i).contactId, i);
            ids << claims.at(i).contactId;
        }
        QString sql = QStringLiteral("SELECT id, data FROM contacts WHERE id IN (?");
        sql += QStringLiteral(", ?").repeated(n - 1) + u')';
        QSqlQuery &q = db.exec(sql, ids);
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toString());
            if (it == index.constEnd())
                continue;
            const QVariant v = q.value(1);
            claims[*it].contactJson = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        }
        q.finish();
    }
}

QJsonObject NewsletterQueue::Claim::consentingContact() const
{
    // Consent is checked again at sending time: an unsubscribe since the send started holds.
    if (contactJson.isEmpty())
        return {};
    QJsonObject data = QJsonDocument::fromJson(contactJson).object();
    if (data.value(QLatin1String("consent_email")).toObject().value(QLatin1String("granted")) != QJsonValue(true))
        return {};
    return data;
}

void NewsletterQueue::release(Db &db, const QList<qint64> &rowIds)
{
    for (qint64 row : rowIds)
        db.exec(QStringLiteral("UPDATE newsletter_recipients SET status = 'queued', attempts = attempts - 1"
                               " WHERE id = ? AND status = 'sending'"),
                {row});
}

int NewsletterQueue::requeueStale(Db &db, qint64 olderThan)
{
    QSqlQuery &q = db.exec(QStringLiteral("UPDATE newsletter_recipients SET status = 'queued'"
                                          " WHERE status = 'sending' AND claimed_at < ?"),
                           {olderThan});
    return q.numRowsAffected();
}

void NewsletterQueue::record(Db &db, qint64 rowId, Outcome outcome, int smtpCode, const QString &message, qint64 now,
                             qint64 nextAttemptAt)
{
    QString status;
    switch (outcome) {
    case Outcome::Sent: status = QStringLiteral("sent"); break;
    case Outcome::Retry: status = QStringLiteral("queued"); break;
    case Outcome::Failed: status = QStringLiteral("failed"); break;
    case Outcome::Bounced: status = QStringLiteral("bounced"); break;
    case Outcome::Skipped: status = QStringLiteral("skipped"); break;
    }
    db.exec(QStringLiteral("UPDATE newsletter_recipients SET status = ?, sent_at = ?, smtp_code = ?, message = ?,"
                           " next_attempt_at = ? WHERE id = ?"),
            {status, outcome == Outcome::Sent ? now : qint64(0), smtpCode, message.left(500), nextAttemptAt, rowId});
}

void NewsletterQueue::recordBounce(Db &db, OpWriter &ops, const ZoneTree &zones, qint64 rowId, int smtpCode,
                                   const QString &message, qint64 now)
{
    record(db, rowId, Outcome::Bounced, smtpCode, message, now, 0);
    QSqlQuery &q = db.exec(QStringLiteral("SELECT newsletter_id, contact_id, email FROM newsletter_recipients WHERE id = ?"), {rowId});
    if (!q.next())
        return;
    const QString id = q.value(0).toString();
    const QString contact = q.value(1).toString();
    const QString email = q.value(2).toString();
    q.finish();
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM email_suppressions WHERE email = ?"), {email}, 0).toInt() == 0)
        db.exec(QStringLiteral("INSERT INTO email_suppressions (email, reason, at) VALUES (?, 'bounce', ?)"), {email, now});
    addEvent(db, id, contact, QStringLiteral("bounce"), now, QString::number(smtpCode));
    const auto stored = ContactStore::load(db, contact);
    if (!stored)
        return;
    const auto newsletter = RecordStore::load(db, RecordStore::Newsletter, id);
    PushProcessor processor(db, ops, ServerActor::access(zones), ServerActor::clientRow(db, now), zones);
    ServerActor::addInteraction(processor, contact, stored->zone, QStringLiteral("email"), iso(now),
                                {{QStringLiteral("event"), QStringLiteral("bounced")},
                                 {QStringLiteral("email"), email},
                                 {QStringLiteral("code"), smtpCode},
                                 {QStringLiteral("newsletter"), id},
                                 {QStringLiteral("subject"), newsletter ? newsletter->data.value(QLatin1String("subject")) : QJsonValue()}});
}

bool NewsletterQueue::finishIfDone(Db &db, OpWriter &ops, const QString &id, qint64 now)
{
    const int left = db.scalar(QStringLiteral("SELECT COUNT(*) FROM newsletter_recipients WHERE newsletter_id = ?"
                                              " AND status IN ('queued', 'sending')"),
                               {id}, 0)
                         .toInt();
    if (left > 0)
        return false;
    db.exec(QStringLiteral("UPDATE newsletter_sends SET status = 'sent', finished_at = ? WHERE newsletter_id = ?"), {now, id});
    const QJsonObject s = stats(db, id);
    if (const auto r = RecordStore::load(db, RecordStore::Newsletter, id)) {
        QJsonObject summary;
        for (const char *k : {"recipients", "sent", "failed", "bounced", "skipped"})
            summary.insert(QLatin1String(k), s.value(QLatin1String(k)));
        setStatus(db, ops, *r, QStringLiteral("sent"), {{QStringLiteral("sent_at"), iso(now)}, {QStringLiteral("stats"), summary}});
    }
    return true;
}

void NewsletterQueue::addEvent(Db &db, const QString &id, const QString &contactId, const QString &kind, qint64 at,
                               const QString &detail)
{
    db.exec(QStringLiteral("INSERT INTO newsletter_events (newsletter_id, contact_id, kind, at, detail) VALUES (?, ?, ?, ?, ?)"),
            {id, contactId, kind, at, detail});
}

QJsonObject NewsletterQueue::stats(Db &db, const QString &id)
{
    QJsonObject o;
    QSqlQuery &s = db.exec(QStringLiteral("SELECT status, tracking, recipients FROM newsletter_sends WHERE newsletter_id = ?"), {id});
    if (s.next()) {
        o.insert(QStringLiteral("status"), s.value(0).toString());
        o.insert(QStringLiteral("tracking"), s.value(1).toLongLong() != 0);
        o.insert(QStringLiteral("recipients"), s.value(2).toLongLong());
    } else {
        o.insert(QStringLiteral("status"), QStringLiteral("draft"));
        o.insert(QStringLiteral("recipients"), 0);
    }
    s.finish();
    for (const char *k : {"sent", "queued", "failed", "bounced", "skipped", "opens", "clicks", "unsubscribed",
                          "unique_opens", "unique_clicks"})
        o.insert(QLatin1String(k), 0);
    QSqlQuery &q = db.exec(QStringLiteral("SELECT status, COUNT(*) FROM newsletter_recipients WHERE newsletter_id = ? GROUP BY status"), {id});
    qint64 pending = 0;
    while (q.next()) {
        const QString st = q.value(0).toString();
        if (st == QLatin1String("queued") || st == QLatin1String("sending"))
            pending += q.value(1).toLongLong();
        else
            o.insert(st, q.value(1).toLongLong());
    }
    q.finish();
    o.insert(QStringLiteral("queued"), pending);
    QSqlQuery &e = db.exec(QStringLiteral("SELECT kind, COUNT(*), COUNT(DISTINCT contact_id) FROM newsletter_events"
                                          " WHERE newsletter_id = ? GROUP BY kind"),
                           {id});
    while (e.next()) {
        const QString kind = e.value(0).toString();
        if (kind == QLatin1String("open")) {
            o.insert(QStringLiteral("opens"), e.value(1).toLongLong());
            o.insert(QStringLiteral("unique_opens"), e.value(2).toLongLong());
        } else if (kind == QLatin1String("click")) {
            o.insert(QStringLiteral("clicks"), e.value(1).toLongLong());
            o.insert(QStringLiteral("unique_clicks"), e.value(2).toLongLong());
        } else if (kind == QLatin1String("unsubscribe")) {
            o.insert(QStringLiteral("unsubscribed"), e.value(2).toLongLong());
        }
    }
    e.finish();

    // Hourly series: sent from the recipients, the rest from the events.
    QMap<qint64, QJsonObject> series;
    auto bump = [&](qint64 hour, const QString &key, qint64 n) {
        QJsonObject &p = series[hour];
        p.insert(key, p.value(key).toInteger() + n);
    };
    QSqlQuery &h = db.exec(QStringLiteral("SELECT (sent_at / 3600000) * 3600000, COUNT(*) FROM newsletter_recipients"
                                          " WHERE newsletter_id = ? AND sent_at > 0 GROUP BY 1"),
                           {id});
    while (h.next())
        bump(h.value(0).toLongLong(), QStringLiteral("sent"), h.value(1).toLongLong());
    h.finish();
    QSqlQuery &he = db.exec(QStringLiteral("SELECT kind, (at / 3600000) * 3600000, COUNT(*) FROM newsletter_events"
                                           " WHERE newsletter_id = ? GROUP BY 1, 2"),
                            {id});
    while (he.next()) {
        const QString kind = he.value(0).toString();
        const QString key = kind == QLatin1String("open")          ? QStringLiteral("opens")
                            : kind == QLatin1String("click")       ? QStringLiteral("clicks")
                            : kind == QLatin1String("unsubscribe") ? QStringLiteral("unsubscribed")
                                                                   : QStringLiteral("bounced");
        bump(he.value(1).toLongLong(), key, he.value(2).toLongLong());
    }
    he.finish();
    QJsonArray arr;
    for (auto it = series.begin(); it != series.end(); ++it) {
        QJsonObject p{{QStringLiteral("at"), iso(it.key())}};
        for (const char *k : {"sent", "opens", "clicks", "unsubscribed", "bounced"})
            p.insert(QLatin1String(k), it.value().value(QLatin1String(k)).toInteger());
        arr << p;
    }
    o.insert(QStringLiteral("series"), arr);
    return o;
}

} // namespace relais::server
