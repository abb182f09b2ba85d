#include "CallPool.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "OpLog.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>

#include <mutex>

namespace relais::server {

const QString CallPool::CampaignType = QStringLiteral("call_campaign");
const QString CallPool::AssignmentType = QStringLiteral("call_assignment");
const QString CallPool::ResultType = QStringLiteral("call_result");
const QString CallPool::BriefType = QStringLiteral("call_brief");

namespace {

QString iso(qint64 ms) { return ContactJson::isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); }

struct Candidate {
    QString contactId;
    QString state;
    QString assignmentId;
    int attempts = 0;
    QByteArray card;     ///< the assignment's fixed fields as UTF-8, built when the contact joined the pool (see buildCard)
    QString cardVersion; ///< "contact version/campaign version" it was built from
    qint64 contactVersion = -1; ///< the contact's version now; -1 when it is gone
};

/// Targets that may be leased now: leases that expired first, then the pool in next-attempt order. Two
/// queries, each served by its index in order (an OR of both would sort the whole pool on every claim), each with
/// the contact's current version (to check the card) and the card as UTF-8 bytes.
QList<Candidate> candidates(Db &db, const QString &campaignId, qint64 now, int limit)
{
    const QString columns = db.isPostgres()
        ? QStringLiteral("SELECT t.contact_id, t.state, t.assignment_id, t.attempts, t.card, t.card_version, c.version")
        : QStringLiteral("SELECT t.contact_id, t.state, t.assignment_id, t.attempts, CAST(t.card AS BLOB), t.card_version, c.version");
    const QString from = QStringLiteral(" FROM call_targets t LEFT JOIN contacts c ON c.id = t.contact_id WHERE t.campaign_id = ?");
    // Only the target rows are locked (OF t): the contacts stay free for concurrent edits.
    const QString lock = db.isPostgres() ? QStringLiteral(" FOR UPDATE OF t SKIP LOCKED") : QString();
    QList<Candidate> out;
    auto read = [&out](QSqlQuery &q) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toByteArray(), q.value(5).toString(), q.value(6).isNull() ? -1 : q.value(6).toLongLong()});
        q.finish();
    };
    read(db.exec(columns + from + QStringLiteral(" AND t.state = 'leased' AND t.lease_expires <= ? ORDER BY t.lease_expires LIMIT ?") + lock,
                 {campaignId, now, limit}));
    if (out.size() >= limit)
        return out;
    read(db.exec(columns + from + QStringLiteral(" AND t.state = 'pool' AND t.next_at <= ? ORDER BY t.next_at, t.contact_id LIMIT ?") + lock,
                 {campaignId, now, limit - int(out.size())}));
    return out;
}

/// `column` of the contacts `ids` that exist, by id, in one query.
QHash<QString, QVariant> contactColumn(Db &db, const QStringList &ids, const char *column)
{
    QHash<QString, QVariant> out;
    if (ids.isEmpty())
        return out;
    const QVariantList binds(ids.cbegin(), ids.cend());
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id, %1 FROM contacts WHERE id IN (%2)").arg(QLatin1String(column), Db::marks(int(ids.size()))),
                           binds);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1));
    q.finish();
    return out;
}

/// The record JSON of each of `ids` that exists.
QHash<QString, QJsonObject> contactData(Db &db, const QStringList &ids)
{
    QHash<QString, QJsonObject> out;
    const QHash<QString, QVariant> rows = contactColumn(db, ids, "data");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), ContactStore::parse(it.value()));
    return out;
}

struct Lease {
    QString id;
    QString contactId;
    qint64 volunteer = 0;
};

/// The rows of new leases: the assignments in multi-row INSERTs, then every target in one UPDATE from them (claims
/// are write transactions that every volunteer waits for, so their statements are kept few).
void writeLeases(Db &db, const QString &campaignId, const QList<Lease> &leases, qint64 now, qint64 expires)
{
    for (qsizetype start = 0; start < leases.size();) {
        const int n = Db::chunk(leases.size() - start);
        QVariantList rows;
        QVariantList ids;
        for (qsizetype i = start; i < start + n; ++i) {
            const Lease &l = leases.at(i);
            rows << l.id << campaignId << l.contactId << l.volunteer << QStringLiteral("leased") << now << expires;
            ids << l.id;
        }
        db.run(QStringLiteral("INSERT INTO call_assignments (id, campaign_id, contact_id, volunteer_id, status, claimed_at,"
                              " expires_at) VALUES ")
                   + Db::rowMarks(n, 7),
               rows);
        ids.prepend(now);
        db.run(QStringLiteral("UPDATE call_targets SET state = 'leased', leased_to = a.volunteer_id, lease_expires = a.expires_at,"
                              " updated_at = ?, assignment_id = a.id FROM call_assignments a WHERE a.id IN (")
                   + Db::marks(n)
                   + QStringLiteral(") AND call_targets.campaign_id = a.campaign_id AND call_targets.contact_id = a.contact_id"),
               ids);
        start += n;
    }
}

/// Live leases of each of `volunteers` in the campaign, in one query.
QHash<qint64, int> activeLeases(Db &db, const QString &campaignId, const QList<qint64> &volunteers, qint64 now)
{
    QVariantList binds{campaignId, now};
    for (const qint64 v : volunteers)
        binds << v;
    QHash<qint64, int> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT volunteer_id, COUNT(*) FROM call_assignments WHERE campaign_id = ? AND status = 'leased'"
                                          " AND expires_at > ? AND volunteer_id IN (")
                               + Db::marks(int(volunteers.size())) + QStringLiteral(") GROUP BY volunteer_id"),
                           binds);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    return out;
}

QString communeName(const ZoneTree &zones, const QJsonObject &contact)
{
    const QString code = contact.value(QLatin1String("commune_code")).toString();
    const Zone *z = code.isEmpty() ? nullptr : zones.zone(code.startsWith(QLatin1Char('C')) ? code : QStringLiteral("C") + code);
    return z ? z->name : QString();
}

QJsonArray surveyJson(const CallCampaign &c)
{
    QJsonArray survey;
    for (const SurveyQuestion &q : c.survey)
        survey.append(q.toJson());
    return survey;
}

/// What a card depends on in its campaign (its name and audience), as a short digest: editing the script, the
/// survey, the team or the calling hours keeps the cards (the script and survey are in the volunteers' briefs).
QString cardKey(const StoredCampaign &c)
{
    const QJsonObject parts{{QStringLiteral("card"), 2}, // the card's layout
                            {QStringLiteral("id"), c.record.id},
                            {QStringLiteral("name"), c.campaign.name},
                            {QStringLiteral("audience"), c.campaign.audience}};
    return QString::fromLatin1(QCryptographicHash::hash(ContactStore::compact(parts), QCryptographicHash::Sha256).toHex().left(16));
}

/// A volunteer's brief of a campaign: what every one of their calls shows the same (name, goal, script with its
/// tokens, survey), once in their bucket rather than in each assignment.
QJsonObject briefData(const StoredCampaign &c, const QString &id, const QString &bucket)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("zone"), bucket},
            {QStringLiteral("campaign_id"), c.record.id},
            {QStringLiteral("campaign_name"), c.campaign.name},
            {QStringLiteral("goal"), c.campaign.goal},
            {QStringLiteral("script"), c.campaign.script},
            {QStringLiteral("survey"), surveyJson(c.campaign)}};
}

QString briefKey(const StoredCampaign &c)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(ContactStore::compact(briefData(c, QString(), QString())), QCryptographicHash::Sha256).toHex().left(16));
}

QString cardVersion(qint64 contactVersion, const QString &campaignKey)
{
    return QString::number(contactVersion) + QLatin1Char('/') + campaignKey;
}

/// A contact's call card in a campaign: the fixed fields of its assignments (names, title, commune, phone), built
/// once when the contact joins the pool (or after it or the campaign changed) and kept with the target, so that a
/// claim, which every volunteer waits for on the single writer, neither parses the contact nor builds this JSON.
/// Kept as three fragments of compact JSON, split at the keys a claim fills in, in the order QJsonDocument writes
/// keys, separated by U+001F.
QByteArray buildCard(const StoredCampaign &c, const ZoneTree &zones, const QJsonObject &d, const QString &contactId)
{
    auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    const QJsonObject before{{QStringLiteral("campaign_id"), c.record.id},
                             {QStringLiteral("campaign_name"), c.campaign.name},
                             {QStringLiteral("commune"), communeName(zones, d)},
                             {QStringLiteral("contact_id"), contactId},
                             {QStringLiteral("first_name"), text("first_name")}};
    const QJsonObject middle{{QStringLiteral("last_name"), text("last_name")}};
    const QJsonObject after{{QStringLiteral("phone"), text("phone")}, {QStringLiteral("title"), text("title")}};
    auto inner = [](const QJsonObject &o) {
        const QByteArray j = ContactStore::compact(o);
        return j.mid(1, j.size() - 2);
    };
    return inner(before) + '\x1f' + inner(middle) + '\x1f' + inner(after);
}

/// An assignment's record: the card with the fields of this lease, byte for byte what QJsonDocument would write.
QByteArray assignmentJson(const QByteArray &card, const QString &id, int attempt, const QString &leasedAt,
                          const QString &expires, const QString &bucket)
{
    const QList<QByteArray> parts = card.split('\x1f');
    if (parts.size() != 3)
        throw DbError("a call card is damaged");
    return "{\"attempt\":" + QByteArray::number(attempt) + ',' + parts[0] + ",\"id\":\"" + id.toLatin1() + "\"," + parts[1]
        + ",\"lease_expires\":\"" + expires.toLatin1() + "\",\"leased_at\":\"" + leasedAt.toLatin1() + "\"," + parts[2]
        + ",\"zone\":\"" + bucket.toLatin1() + "\"}";
}


} // namespace

std::optional<StoredCampaign> CallPool::load(Db &db, const QString &id)
{
    // Every claim and result reads its campaign: parsed once per version (the version is the op id of its last
    // change, so a stale entry is never served), for the whole process.
    static std::mutex mutex;
    static QHash<QString, StoredCampaign> cache;
    const QVariant version = db.scalar(QStringLiteral("SELECT version FROM records WHERE type = ? AND id = ?"), {CampaignType, id});
    if (!version.isValid() || version.isNull())
        return std::nullopt;
    {
        std::lock_guard lock(mutex);
        const auto it = cache.constFind(id);
        if (it != cache.constEnd() && it->record.version == version.toLongLong())
            return *it;
    }
    const auto r = RecordStore::load(db, CampaignType, id);
    if (!r)
        return std::nullopt;
    QString error;
    auto c = CallCampaign::fromJson(r->data, &error);
    if (!c)
        return std::nullopt;
    c->id = r->id;
    c->zone = r->zone;
    StoredCampaign stored{*r, *c};
    std::lock_guard lock(mutex);
    if (cache.size() > 1000)
        cache.clear();
    cache.insert(id, stored);
    return stored;
}

bool CallPool::mayCall(const CallCampaign &campaign, const UserAccess &user)
{
    return campaign.team.contains(user.user.username) || user.scope.allows(Feature::CallsManage, campaign.zone);
}

bool CallPool::eligible(const QJsonObject &c, const AudienceSpec &spec)
{
    const QString phone = c.value(QLatin1String("phone")).toString();
    if (phone.isEmpty())
        return false;
    if (c.value(QLatin1String("consent_phone")).toObject().value(QLatin1String("granted")) != QJsonValue(true))
        return false;
    if (c.value(QLatin1String("custom")).toObject().value(QLatin1String("phone_wrong")).toString() == phone)
        return false;
    return spec.matchesGroups(c);
}

int CallPool::refresh(Db &db, const StoredCampaign &c, const ZoneTree &zones, qint64 now)
{
    QString error;
    const auto spec = AudienceSpec::fromJson(c.campaign.audience, c.campaign.zone, zones, &error);
    if (!spec)
        return 0;
    struct Eligible {
        QString id;
        QByteArray card;
        QString version;
    };
    QList<Eligible> found;
    const QString key = cardKey(c);
    for (const QString &department : spec->departments(zones)) {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, version, data FROM contacts WHERE zone = ?"), {department});
        while (q.next()) {
            const QJsonObject d = ContactStore::parse(q.value(2));
            if (!eligible(d, *spec))
                continue;
            const QString id = q.value(0).toString();
            found.append({id, buildCard(c, zones, d, id), cardVersion(q.value(1).toLongLong(), key)});
        }
        q.finish();
    }
    int added = 0;
    for (const Eligible &e : std::as_const(found)) {
        QSqlQuery &ins = db.exec(QStringLiteral("INSERT INTO call_targets (campaign_id, contact_id, state, card, card_version, updated_at)"
                                                " VALUES (?, ?, 'pool', ?, ?, ?) ON CONFLICT DO NOTHING"),
                                 {c.record.id, e.id, QString::fromUtf8(e.card), e.version, now});
        added += ins.numRowsAffected() > 0 ? 1 : 0;
    }
    db.exec(QStringLiteral("DELETE FROM call_pool_refresh WHERE campaign_id = ?"), {c.record.id});
    db.exec(QStringLiteral("INSERT INTO call_pool_refresh (campaign_id, refreshed_at) VALUES (?, ?)"), {c.record.id, now});
    return added;
}

void CallPool::endAssignment(Db &db, OpWriter &ops, const QString &assignmentId, const QString &status, qint64 now)
{
    // Only a live lease is in the volunteer's bucket: an expired one taken over, or one given back, was removed then.
    QSqlQuery &q = db.exec(QStringLiteral("SELECT volunteer_id, contact_id FROM call_assignments WHERE id = ? AND status = 'leased'"),
                           {assignmentId});
    if (!q.next())
        return;
    const qint64 volunteer = q.value(0).toLongLong();
    const QString contactId = q.value(1).toString();
    q.finish();
    ops.remove(personalBucket(volunteer), AssignmentType, assignmentId, contactId);
    db.exec(QStringLiteral("UPDATE call_assignments SET status = ?, ended_at = ? WHERE id = ?"), {status, now, assignmentId});
}

QList<CallPool::Claim> CallPool::claim(Db &db, OpWriter &ops, const StoredCampaign &c, const QList<ClaimRequest> &requests,
                                      const ZoneTree &zones, qint64 now)
{
    QList<Claim> out(requests.size());
    auto everyone = [&out](const QString &reason, const QString &nextOpen) {
        for (Claim &one : out) {
            one.reason = reason;
            one.nextOpen = nextOpen;
        }
        return out;
    };
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (!c.campaign.isActive())
        return everyone(c.campaign.status, QString()); // paused or closed
    if (!c.campaign.hours.isOpen(at)) {
        const QDateTime next = c.campaign.hours.nextOpen(at);
        return everyone(QStringLiteral("outside_hours"), next.isValid() ? ContactJson::isoTime(next) : QString());
    }

    // How many each claim may take, in order: a volunteer claiming twice in the batch has the first one counted.
    QList<qint64> volunteers;
    for (const ClaimRequest &r : requests) {
        if (!volunteers.contains(r.user->user.id))
            volunteers << r.user->user.id;
    }
    QHash<qint64, int> held = activeLeases(db, c.record.id, volunteers, now);
    QList<int> want(requests.size(), 0);
    int remaining = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        int &h = held[requests.at(i).user->user.id];
        want[i] = std::max(0, std::min(requests.at(i).count, MaxActiveLeases - h));
        h += want[i];
        remaining += want[i];
    }
    const qint64 refreshed = db.scalar(QStringLiteral("SELECT refreshed_at FROM call_pool_refresh WHERE campaign_id = ?"),
                                       {c.record.id}, 0)
                                 .toLongLong();
    QString error;
    const auto spec = AudienceSpec::fromJson(c.campaign.audience, c.campaign.zone, zones, &error);
    if (remaining > 0 && now - refreshed > RefreshEveryMs)
        refresh(db, c, zones, now);

    const qint64 expires = now + qint64(c.campaign.leaseMinutes) * 60 * 1000;
    const QString leasedAt = iso(now);
    const QString expiresAt = iso(expires);
    const QString key = cardKey(c);
    QStringList buckets;
    for (const qint64 v : std::as_const(volunteers))
        buckets << personalBucket(v);
    ops.loadHeads(buckets);

    qsizetype serving = 0; // the claim the next contact goes to
    auto advance = [&] {
        while (serving < requests.size() && out.at(serving).assignments.size() >= want.at(serving))
            ++serving;
        return serving < requests.size();
    };
    QList<Lease> leases; // of this round
    for (int round = 0; spec && round < 50 && remaining > 0 && advance(); ++round) {
        // A little slack for contacts no longer eligible (the loop takes more anyway). Not on PostgreSQL: there the
        // rows read are locked until the commit, and spare ones would hide from concurrent claims (SKIP LOCKED).
        const int limit = remaining + (db.isPostgres() ? 0 : 2);
        const QList<Candidate> found = candidates(db, c.record.id, now, limit);
        // A card still holds when neither the contact nor the campaign changed since it was made (and it was made
        // only for an eligible contact); the others are made again from the contact, read in one query.
        QStringList stale;
        for (const Candidate &t : found) {
            if (t.card.isEmpty() || t.cardVersion != cardVersion(t.contactVersion, key))
                stale << t.contactId;
        }
        const QHash<QString, QJsonObject> contacts = contactData(db, stale);
        for (const Candidate &t : found) {
            if (!advance())
                break;
            if (t.state == QLatin1String("leased") && !t.assignmentId.isEmpty())
                endAssignment(db, ops, t.assignmentId, QStringLiteral("expired"), now);
            QByteArray card = t.card;
            if (stale.contains(t.contactId)) {
                const auto contact = contacts.constFind(t.contactId);
                if (contact == contacts.constEnd() || !eligible(*contact, *spec)) {
                    db.exec(QStringLiteral("UPDATE call_targets SET state = 'done', last_outcome = 'ineligible',"
                                           " assignment_id = '', updated_at = ? WHERE campaign_id = ? AND contact_id = ?"),
                            {now, c.record.id, t.contactId});
                    continue;
                }
                card = buildCard(c, zones, *contact, t.contactId);
                db.exec(QStringLiteral("UPDATE call_targets SET card = ?, card_version = ? WHERE campaign_id = ? AND contact_id = ?"),
                        {QString::fromUtf8(card), cardVersion(t.contactVersion, key), c.record.id, t.contactId});
            }
            const qint64 volunteer = requests.at(serving).user->user.id;
            const QString bucket = personalBucket(volunteer);
            const QString id = Uuid7::generate();
            // The assignment is a synced record of the volunteer's bucket; its row is call_assignments (the op
            // log keeps its data for the pull), so no generic records row is written.
            ops.put(bucket, AssignmentType, id, t.contactId, assignmentJson(card, id, t.attempts + 1, leasedAt, expiresAt, bucket));
            leases.append({id, t.contactId, volunteer});
            out[serving].assignments << QJsonObject{{QStringLiteral("id"), id},
                                                    {QStringLiteral("contact_id"), t.contactId},
                                                    {QStringLiteral("lease_expires"), expiresAt}};
            --remaining;
        }
        writeLeases(db, c.record.id, leases, now, expires);
        leases.clear();
        if (found.size() < limit)
            break;
    }
    QList<qint64> served;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (want.at(i) == 0)
            out[i].reason = QStringLiteral("limit");
        else if (out.at(i).assignments.isEmpty())
            out[i].reason = QStringLiteral("exhausted");
        else if (!served.contains(requests.at(i).user->user.id))
            served << requests.at(i).user->user.id;
    }
    writeBriefs(db, ops, c, served);
    return out;
}

void CallPool::writeBriefs(Db &db, OpWriter &ops, const StoredCampaign &c, const QList<qint64> &volunteers)
{
    if (volunteers.isEmpty())
        return;
    const QString key = briefKey(c);
    QVariantList binds{c.record.id};
    for (const qint64 v : volunteers)
        binds << v;
    QHash<qint64, std::pair<QString, QString>> stored; // volunteer -> (brief id, key)
    QSqlQuery &q = db.exec(QStringLiteral("SELECT volunteer_id, id, brief_key FROM call_briefs WHERE campaign_id = ? AND volunteer_id IN (")
                               + Db::marks(int(volunteers.size())) + QLatin1Char(')'),
                           binds);
    while (q.next())
        stored.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    q.finish();
    QVariantList added;
    int addedRows = 0;
    for (const qint64 v : volunteers) {
        const auto it = stored.constFind(v);
        QString id;
        if (it == stored.constEnd()) {
            id = Uuid7::generate();
            added << c.record.id << v << id << key;
            ++addedRows;
        } else if (it->second != key) {
            id = it->first;
            db.exec(QStringLiteral("UPDATE call_briefs SET brief_key = ? WHERE campaign_id = ? AND volunteer_id = ?"),
                    {key, c.record.id, v});
        } else {
            continue; // current
        }
        const QString bucket = personalBucket(v);
        ops.put(bucket, BriefType, id, id, ContactStore::compact(briefData(c, id, bucket)));
    }
    if (addedRows > 0)
        db.run(QStringLiteral("INSERT INTO call_briefs (campaign_id, volunteer_id, id, brief_key) VALUES ") + Db::rowMarks(addedRows, 4),
               added);
}

void CallPool::updateBriefs(Db &db, OpWriter &ops, const StoredCampaign &c)
{
    QList<qint64> volunteers;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT volunteer_id FROM call_briefs WHERE campaign_id = ? AND brief_key <> ?"),
                           {c.record.id, briefKey(c)});
    while (q.next())
        volunteers << q.value(0).toLongLong();
    q.finish();
    for (qsizetype start = 0; start < volunteers.size(); start += Db::RowsPerStatement)
        writeBriefs(db, ops, c, volunteers.mid(start, Db::RowsPerStatement));
}

bool CallPool::release(Db &db, OpWriter &ops, const QString &assignmentId, const UserAccess &user, qint64 now)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT campaign_id, contact_id FROM call_assignments WHERE id = ? AND volunteer_id = ?"
                                          " AND status = 'leased'"),
                           {assignmentId, user.user.id});
    if (!q.next())
        return false;
    const QString campaignId = q.value(0).toString();
    const QString contactId = q.value(1).toString();
    q.finish();
    endAssignment(db, ops, assignmentId, QStringLiteral("released"), now);
    db.exec(QStringLiteral("UPDATE call_targets SET state = 'pool', next_at = ?, assignment_id = '', leased_to = 0,"
                           " lease_expires = 0, updated_at = ? WHERE campaign_id = ? AND contact_id = ? AND assignment_id = ?"),
            {now, now, campaignId, contactId, assignmentId});
    return true;
}

void CallPool::withdrawAll(Db &db, OpWriter &ops, const QString &campaignId, qint64 now)
{
    QStringList ids;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT id FROM call_assignments WHERE campaign_id = ? AND status = 'leased'"), {campaignId});
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString &id : std::as_const(ids))
        endAssignment(db, ops, id, QStringLiteral("released"), now);
    db.exec(QStringLiteral("UPDATE call_targets SET state = 'pool', assignment_id = '', leased_to = 0, lease_expires = 0,"
                           " updated_at = ? WHERE campaign_id = ? AND state = 'leased'"),
            {now, campaignId});
    // No one calls for it any more: the briefs leave the volunteers' buckets (a claim writes them again).
    QList<std::pair<qint64, QString>> briefs;
    QSqlQuery &b = db.exec(QStringLiteral("SELECT volunteer_id, id FROM call_briefs WHERE campaign_id = ?"), {campaignId});
    while (b.next())
        briefs.append({b.value(0).toLongLong(), b.value(1).toString()});
    b.finish();
    for (const auto &[volunteer, id] : std::as_const(briefs))
        ops.remove(personalBucket(volunteer), BriefType, id, id);
    db.exec(QStringLiteral("DELETE FROM call_briefs WHERE campaign_id = ?"), {campaignId});
}

int CallPool::eraseContact(Db &db, OpWriter &ops, const QString &contactId)
{
    int removed = 0;
    QStringList assignments;
    QSqlQuery &a = db.exec(QStringLiteral("SELECT id FROM call_assignments WHERE contact_id = ?"), {contactId});
    while (a.next())
        assignments << a.value(0).toString();
    a.finish();
    QStringList results;
    QSqlQuery &r = db.exec(QStringLiteral("SELECT id FROM call_results WHERE contact_id = ?"), {contactId});
    while (r.next())
        results << r.value(0).toString();
    r.finish();
    for (const QString &id : std::as_const(assignments)) {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT volunteer_id FROM call_assignments WHERE id = ? AND status = 'leased'"), {id});
        if (q.next()) {
            const qint64 volunteer = q.value(0).toLongLong();
            q.finish();
            ops.remove(personalBucket(volunteer), AssignmentType, id, contactId);
            ++removed;
        } else {
            q.finish();
        }
    }
    for (const QString &id : std::as_const(results)) {
        if (auto rec = RecordStore::load(db, ResultType, id)) {
            rec->subject = contactId;
            RecordStore::remove(db, ops, *rec);
            ++removed;
        }
    }
    db.exec(QStringLiteral("DELETE FROM call_assignments WHERE contact_id = ?"), {contactId});
    db.exec(QStringLiteral("DELETE FROM call_results WHERE contact_id = ?"), {contactId});
    db.exec(QStringLiteral("DELETE FROM call_targets WHERE contact_id = ?"), {contactId});
    return removed;
}

QJsonObject CallPool::stats(Db &db, const StoredCampaign &c, qint64 now)
{
    const QString id = c.record.id;
    QJsonObject outcomes;
    for (const QString &o : CallOutcomes::ids())
        outcomes.insert(o, 0);
    qint64 calls = 0;
    QSqlQuery &oq = db.exec(QStringLiteral("SELECT outcome, COUNT(*) FROM call_results WHERE campaign_id = ? GROUP BY outcome"), {id});
    while (oq.next()) {
        outcomes.insert(oq.value(0).toString(), oq.value(1).toLongLong());
        calls += oq.value(1).toLongLong();
    }
    oq.finish();

    // Each count from an index alone: all targets (the primary key), then the pool and the leases (their partial
    // indexes); the rest is done.
    auto count = [&db, &id](const char *where) {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM call_targets WHERE campaign_id = ?") + QLatin1String(where), {id}, 0)
            .toLongLong();
    };
    qint64 pool = count(" AND state = 'pool'");
    qint64 leased = count(" AND state = 'leased'");
    const qint64 done = count("") - pool - leased;
    const qint64 expired = db.scalar(QStringLiteral("SELECT COUNT(*) FROM call_targets WHERE campaign_id = ? AND state = 'leased'"
                                                    " AND lease_expires <= ?"),
                                     {id, now}, 0)
                               .toLongLong();
    leased -= expired;
    pool += expired;

    // Per hour, per volunteer and survey answers: one pass over the campaign's results.
    QMap<qint64, std::pair<qint64, qint64>> hours;
    struct Volunteer {
        qint64 calls = 0;
        qint64 completed = 0;
        qint64 leased = 0;
    };
    QMap<qint64, Volunteer> volunteers;
    QHash<QString, QHash<QString, qint64>> answers;
    QHash<QString, qint64> texts;
    QSqlQuery &rq = db.exec(QStringLiteral("SELECT called_at, volunteer_id, outcome, data FROM call_results WHERE campaign_id = ?"), {id});
    while (rq.next()) {
        const qint64 hour = rq.value(0).toLongLong() / 3'600'000 * 3'600'000;
        const bool completed = rq.value(2).toString() == QLatin1String("completed");
        auto &h = hours[hour];
        h.first += 1;
        h.second += completed ? 1 : 0;
        Volunteer &v = volunteers[rq.value(1).toLongLong()];
        v.calls += 1;
        v.completed += completed ? 1 : 0;
        const QJsonObject a = ContactStore::parse(rq.value(3)).value(QLatin1String("answers")).toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (it->isArray()) {
                for (const QJsonValue &x : it->toArray())
                    answers[it.key()][x.toString()] += 1;
            } else if (it->isString() && !it->toString().isEmpty()) {
                answers[it.key()][it->toString()] += 1;
                texts[it.key()] += 1;
            }
        }
    }
    rq.finish();
    QSqlQuery &lq = db.exec(QStringLiteral("SELECT volunteer_id, COUNT(*) FROM call_assignments WHERE campaign_id = ?"
                                           " AND status = 'leased' AND expires_at > ? GROUP BY volunteer_id"),
                            {id, now});
    while (lq.next())
        volunteers[lq.value(0).toLongLong()].leased = lq.value(1).toLongLong();
    lq.finish();

    QJsonArray hourly;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        hourly.append(QJsonObject{{QStringLiteral("at"), iso(it.key())},
                                  {QStringLiteral("calls"), it->first},
                                  {QStringLiteral("completed"), it->second}});
    QJsonArray people;
    for (auto it = volunteers.cbegin(); it != volunteers.cend(); ++it) {
        QString username, display;
        QSqlQuery &uq = db.exec(QStringLiteral("SELECT username, display_name FROM users WHERE id = ?"), {it.key()});
        if (uq.next()) {
            username = uq.value(0).toString();
            display = uq.value(1).toString();
        }
        uq.finish();
        people.append(QJsonObject{{QStringLiteral("username"), username},
                                  {QStringLiteral("display_name"), display},
                                  {QStringLiteral("calls"), it->calls},
                                  {QStringLiteral("completed"), it->completed},
                                  {QStringLiteral("leased"), it->leased}});
    }
    QJsonArray survey;
    for (const SurveyQuestion &q : c.campaign.survey) {
        QJsonObject counts;
        if (q.kind != QLatin1String("text")) {
            for (const QString &choice : q.choices)
                counts.insert(choice, answers.value(q.id).value(choice));
        }
        survey.append(QJsonObject{{QStringLiteral("id"), q.id},
                                  {QStringLiteral("question"), q.question},
                                  {QStringLiteral("kind"), q.kind},
                                  {QStringLiteral("answers"), counts},
                                  {QStringLiteral("texts"), q.kind == QLatin1String("text") ? texts.value(q.id) : 0}});
    }
    return {{QStringLiteral("goal"), c.campaign.goal},
            {QStringLiteral("completed"), outcomes.value(QLatin1String("completed")).toInteger()},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("targets"), pool + leased + done},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("leased"), leased},
            {QStringLiteral("done"), done},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("hourly"), hourly},
            {QStringLiteral("volunteers"), people},
            {QStringLiteral("survey"), survey}};
}

QJsonObject CallPool::progress(Db &db, const StoredCampaign &c, const UserAccess &user, qint64 now)
{
    const QString id = c.record.id;
    auto count = [&](const QString &sql, const QVariantList &args) { return db.scalar(sql, args, 0).toLongLong(); };
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const QDateTime next = c.campaign.hours.nextOpen(at);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), c.campaign.name},
            {QStringLiteral("zone"), c.campaign.zone},
            {QStringLiteral("status"), c.campaign.status},
            {QStringLiteral("goal"), c.campaign.goal},
            {QStringLiteral("completed"),
             count(QStringLiteral("SELECT COUNT(*) FROM call_results WHERE campaign_id = ? AND outcome = 'completed'"), {id})},
            {QStringLiteral("my_calls"),
             count(QStringLiteral("SELECT COUNT(*) FROM call_results WHERE campaign_id = ? AND volunteer_id = ?"), {id, user.user.id})},
            {QStringLiteral("my_completed"),
             count(QStringLiteral("SELECT COUNT(*) FROM call_results WHERE campaign_id = ? AND volunteer_id = ?"
                                  " AND outcome = 'completed'"),
                   {id, user.user.id})},
            {QStringLiteral("leased"),
             count(QStringLiteral("SELECT COUNT(*) FROM call_assignments WHERE campaign_id = ? AND volunteer_id = ?"
                                  " AND status = 'leased' AND expires_at > ?"),
                   {id, user.user.id, now})},
            {QStringLiteral("open_now"), c.campaign.isActive() && c.campaign.hours.isOpen(at)},
            {QStringLiteral("next_open"), next.isValid() ? ContactJson::isoTime(next) : QString()}};
}

} // namespace relais::server
