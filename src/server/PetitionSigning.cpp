#include "PetitionSigning.h"

#include "ConfirmationMail.h"
#include "ContactStore.h"
#include "MailOutbox.h"
#include "OpLog.h"
#include "SignatureForm.h"
#include "SignatureRecorder.h"
#include "Uuid7.h"

#include <QDate>
#include <QJsonArray>
#include <QUrl>

namespace relais::server {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

void addToTally(Db &db, const QString &petitionId, qint64 confirmed, qint64 pending)
{
    db.exec(QStringLiteral("INSERT INTO petition_tallies (petition_id, confirmed, pending) VALUES (?, ?, ?)"
                           " ON CONFLICT (petition_id) DO UPDATE SET confirmed = petition_tallies.confirmed + excluded.confirmed,"
                           " pending = petition_tallies.pending + excluded.pending"),
            {petitionId, confirmed, pending});
}

QJsonObject parseJson(const QVariant &v) { return ContactStore::parse(v); }

} // namespace

bool PetitionSigning::sign(Db &db, const Petition &petition, const SignatureForm &form, const ConfirmationToken &tokens,
                           const Settings &settings, qint64 now)
{
    Transaction tx(db, true);
    const QByteArray data = ContactStore::compact(form.toJson());
    QString id = Uuid7::generate();
    QString nonce = ConfirmationToken::newNonce();
    bool mail = true;
    // Insert first: two signatures by one address at once (PostgreSQL's several writers) meet on the unique key.
    QSqlQuery &insert = db.exec(QStringLiteral("INSERT INTO petition_signatures (id, petition_id, email, status, data, nonce,"
                                               " created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)"
                                               " ON CONFLICT (petition_id, email) DO NOTHING RETURNING id"),
                                {id, petition.id, form.email, db.utf8(data), nonce, now, now});
    const bool inserted = insert.next();
    insert.finish();
    if (inserted) {
        addToTally(db, petition.id, 0, 1);
    } else {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, status, nonce, mailed_at FROM petition_signatures"
                                              " WHERE petition_id = ? AND email = ?")
                                   + (db.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                               {petition.id, form.email});
        if (!q.next())
            throw DbError("a petition signature vanished while it was signed again");
        id = q.value(0).toString();
        const bool confirmed = q.value(1).toString() == QLatin1String("confirmed");
        nonce = q.value(2).toString();
        const qint64 mailedAt = q.value(3).toLongLong();
        q.finish();
        // Within the resend delay the link already sent stays valid (and confirms the newest data).
        mail = nonce.isEmpty() || now - mailedAt >= settings.resendAfterMs;
        if (mail)
            nonce = ConfirmationToken::newNonce();
        db.exec(confirmed ? QStringLiteral("UPDATE petition_signatures SET pending_data = ?, nonce = ?, updated_at = ? WHERE id = ?")
                          : QStringLiteral("UPDATE petition_signatures SET data = ?, nonce = ?, updated_at = ? WHERE id = ?"),
                {db.utf8(data), nonce, now, id});
    }
    if (mail) {
        const qint64 expires = now / 1000 + settings.ttlSeconds;
        const QString link = settings.publicUrl + QStringLiteral("/p/confirm/") + tokens.make({id, nonce, expires});
        const auto envelope = ConfirmationMail::build(petition, form, link, std::max<qint64>(1, settings.ttlSeconds / 3600),
                                                      settings.mailFrom, QUrl(settings.publicUrl).host());
        MailOutbox::enqueue(db, QStringLiteral("petition_confirmation"), envelope.from, envelope.to, envelope.message, now);
        db.exec(QStringLiteral("UPDATE petition_signatures SET mailed_at = ? WHERE id = ?"), {now, id});
    }
    tx.commit();
    return mail;
}

PetitionSigning::Confirmed PetitionSigning::confirm(Db &db, OpWriter &ops, const ZoneTree &zones,
                                                    const ConfirmationToken::Claims &claims, qint64 now)
{
    Confirmed out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT petition_id, status, data, pending_data, nonce, created_at, confirmed_at"
                                          " FROM petition_signatures WHERE id = ?"),
                           {claims.signatureId});
    if (!q.next()) {
        q.finish();
        return out;
    }
    const QString petitionId = q.value(0).toString();
    const bool wasConfirmed = q.value(1).toString() == QLatin1String("confirmed");
    const QVariant data = q.value(2);
    const QString pendingData = q.value(3).toString();
    const QString nonce = q.value(4).toString();
    const qint64 createdAt = q.value(5).toLongLong();
    const qint64 firstConfirmed = q.value(6).toLongLong();
    q.finish();

    const auto record = RecordStore::load(db, QStringLiteral("petition"), petitionId);
    if (!record)
        return out;
    out.petition = Petition::fromRecord(*record);
    if (nonce != claims.nonce) {
        out.status = wasConfirmed && pendingData.isEmpty() ? Confirmation::AlreadyUsed : Confirmation::Superseded;
        return out;
    }
    const QJsonObject json = wasConfirmed ? ContactStore::parse(pendingData) : parseJson(data);
    const SignatureForm form = SignatureForm::fromJson(json);
    const qint64 confirmedAt = firstConfirmed > 0 ? firstConfirmed : now;
    db.exec(QStringLiteral("UPDATE petition_signatures SET status = 'confirmed', data = ?, pending_data = '', nonce = '',"
                           " confirmed_at = ?, updated_at = ? WHERE id = ?"),
            {db.utf8(ContactStore::compact(json)), confirmedAt, now, claims.signatureId});
    if (!wasConfirmed)
        addToTally(db, petitionId, 1, -1);
    SignatureRecorder::record(db, ops, zones, *out.petition, claims.signatureId, form, createdAt, confirmedAt, now);
    out.status = wasConfirmed ? Confirmation::Updated : Confirmation::Confirmed;
    return out;
}

std::optional<Petition> PetitionSigning::petitionOfSignature(Db &db, const QString &signatureId)
{
    const QString id = db.scalar(QStringLiteral("SELECT petition_id FROM petition_signatures WHERE id = ?"), {signatureId}).toString();
    const auto r = id.isEmpty() ? std::nullopt : RecordStore::load(db, QStringLiteral("petition"), id);
    return r ? std::optional<Petition>(Petition::fromRecord(*r)) : std::nullopt;
}

qint64 PetitionSigning::confirmedCount(Db &db, const QString &petitionId)
{
    return db.scalar(QStringLiteral("SELECT confirmed FROM petition_tallies WHERE petition_id = ?"), {petitionId}, 0).toLongLong();
}

QJsonObject PetitionSigning::stats(Db &db, const Petition &petition)
{
    qint64 confirmed = 0;
    qint64 pending = 0;
    {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT confirmed, pending FROM petition_tallies WHERE petition_id = ?"), {petition.id});
        if (q.next()) {
            confirmed = q.value(0).toLongLong();
            pending = q.value(1).toLongLong();
        }
        q.finish();
    }
    QJsonArray series;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT confirmed_at / ") + QString::number(DayMs)
                               + QStringLiteral(" AS day, COUNT(*) FROM petition_signatures WHERE petition_id = ?"
                                                " AND status = 'confirmed' GROUP BY day ORDER BY day"),
                           {petition.id});
    while (q.next()) {
        const QDate day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
        series.append(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("confirmed"), q.value(1).toLongLong()}});
    }
    q.finish();
    // Counts per department only: the owner of a petition sees where it is signed, not who signed outside
    // their zones.
    QJsonArray departments;
    QSqlQuery &d = db.exec(QStringLiteral("SELECT r.zone, COUNT(*) FROM petition_signatures s JOIN records r"
                                          " ON r.type = 'signature' AND r.id = s.id WHERE s.petition_id = ?"
                                          " AND s.status = 'confirmed' GROUP BY r.zone ORDER BY r.zone"),
                           {petition.id});
    while (d.next())
        departments.append(QJsonObject{{QStringLiteral("department"), d.value(0).toString()},
                                       {QStringLiteral("confirmed"), d.value(1).toLongLong()}});
    d.finish();
    return {{QStringLiteral("confirmed"), confirmed}, {QStringLiteral("pending"), pending},
            {QStringLiteral("goal"), petition.goal}, {QStringLiteral("series"), series},
            {QStringLiteral("departments"), departments}};
}

int PetitionSigning::eraseSigner(Db &db, OpWriter &ops, const QString &contactId)
{
    QStringList ids;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT DISTINCT id FROM ops WHERE subject = ? AND type = 'signature'"), {contactId});
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    int erased = 0;
    for (const QString &id : std::as_const(ids)) {
        if (auto r = RecordStore::load(db, QStringLiteral("signature"), id)) {
            r->subject = contactId;
            RecordStore::remove(db, ops, *r);
        }
        QSqlQuery &s = db.exec(QStringLiteral("SELECT petition_id, status, email FROM petition_signatures WHERE id = ?"), {id});
        if (!s.next()) {
            s.finish();
            continue;
        }
        const QString petitionId = s.value(0).toString();
        const bool confirmed = s.value(1).toString() == QLatin1String("confirmed");
        const QString email = s.value(2).toString();
        s.finish();
        db.exec(QStringLiteral("DELETE FROM petition_signatures WHERE id = ?"), {id});
        db.exec(QStringLiteral("DELETE FROM mail_outbox WHERE recipient = ?"), {email});
        addToTally(db, petitionId, confirmed ? -1 : 0, confirmed ? 0 : -1);
        ++erased;
    }
    return erased;
}

int PetitionSigning::sweep(Db &db, qint64 now, qint64 ttlMs)
{
    Transaction tx(db, true);
    QSqlQuery &q = db.exec(QStringLiteral("SELECT petition_id, COUNT(*) FROM petition_signatures WHERE status = 'pending'"
                                          " AND mailed_at < ? GROUP BY petition_id"),
                           {now - ttlMs});
    QList<std::pair<QString, qint64>> gone;
    while (q.next())
        gone.append({q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    int n = 0;
    for (const auto &[petitionId, count] : gone) {
        db.exec(QStringLiteral("DELETE FROM petition_signatures WHERE petition_id = ? AND status = 'pending' AND mailed_at < ?"),
                {petitionId, now - ttlMs});
        addToTally(db, petitionId, 0, -count);
        n += int(count);
    }
    // A confirmed signature's unconfirmed update also expires.
    db.exec(QStringLiteral("UPDATE petition_signatures SET pending_data = '', nonce = '' WHERE status = 'confirmed'"
                           " AND pending_data <> '' AND mailed_at < ?"),
            {now - ttlMs});
    tx.commit();
    return n;
}

} // namespace relais::server
