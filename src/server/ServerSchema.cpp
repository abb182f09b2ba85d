#include "ServerSchema.h"

#include "ContactStore.h"

#include <QStringList>

namespace relais::server {

namespace {

// {PK}: auto-increment integer key; {OPID}: the op id key (a rowid alias in SQLite).
const char *const Version1[] = {
    "CREATE TABLE users (id {PK}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '',"
    " password_hash TEXT NOT NULL, disabled BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
    "CREATE TABLE grants (id {PK}, user_id BIGINT NOT NULL, zone TEXT NOT NULL, features TEXT NOT NULL,"
    " role TEXT NOT NULL, granted_by BIGINT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE INDEX grants_user ON grants(user_id)",
    "CREATE TABLE sessions (id {PK}, user_id BIGINT NOT NULL, client_name TEXT NOT NULL DEFAULT '',"
    " access_hash TEXT NOT NULL, access_expires BIGINT NOT NULL, refresh_hash TEXT NOT NULL,"
    " refresh_expires BIGINT NOT NULL, created_at BIGINT NOT NULL, revoked BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX sessions_access ON sessions(access_hash)",
    "CREATE UNIQUE INDEX sessions_refresh ON sessions(refresh_hash)",
    "CREATE INDEX sessions_user ON sessions(user_id)",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, zone TEXT NOT NULL, version BIGINT NOT NULL, data TEXT NOT NULL,"
    " field_versions TEXT NOT NULL, field_writers TEXT NOT NULL, created_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    "CREATE INDEX contacts_zone ON contacts(zone, id)",
    "CREATE TABLE interactions (id TEXT PRIMARY KEY, contact_id TEXT NOT NULL, zone TEXT NOT NULL,"
    " version BIGINT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX interactions_contact ON interactions(contact_id)",
    "CREATE TABLE conflicts (id TEXT PRIMARY KEY, contact_id TEXT NOT NULL, zone TEXT NOT NULL,"
    " version BIGINT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX conflicts_contact ON conflicts(contact_id)",
    "CREATE TABLE ops (op_id {OPID}, bucket TEXT NOT NULL, op TEXT NOT NULL, type TEXT NOT NULL, id TEXT NOT NULL,"
    " subject TEXT NOT NULL, data TEXT, checksum BIGINT NOT NULL, bucket_count BIGINT NOT NULL,"
    " bucket_sum BIGINT NOT NULL)",
    "CREATE INDEX ops_bucket ON ops(bucket, op_id)",
    "CREATE INDEX ops_subject ON ops(subject)",
    "CREATE TABLE op_counter (id BIGINT PRIMARY KEY, last_op_id BIGINT NOT NULL)",
    "INSERT INTO op_counter (id, last_op_id) VALUES (1, 0)",
    "CREATE TABLE bucket_heads (bucket TEXT PRIMARY KEY, last_op_id BIGINT NOT NULL, op_count BIGINT NOT NULL,"
    " checksum BIGINT NOT NULL)",
    "CREATE TABLE client_seqs (id {PK}, client_id TEXT NOT NULL, user_id BIGINT NOT NULL,"
    " last_seq BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX client_seqs_client ON client_seqs(client_id, user_id)",
    "CREATE TABLE erased_ids (id TEXT PRIMARY KEY, erased_at BIGINT NOT NULL)",
    "CREATE TABLE deleted_ids (id TEXT PRIMARY KEY, deleted_at BIGINT NOT NULL)",
    "CREATE TABLE audit (id {PK}, at BIGINT NOT NULL, actor_id BIGINT NOT NULL, action TEXT NOT NULL,"
    " target TEXT NOT NULL DEFAULT '', zone TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX audit_at ON audit(at)",
};

// Newsletters (issue 4): synced records other than contacts (newsletters, segments, sender identities),
// frozen sends with one row per recipient (the send queue), tracking events, bounced addresses and
// organisation settings.
const char *const Version2[] = {
    "CREATE TABLE records (type TEXT NOT NULL, id TEXT NOT NULL, zone TEXT NOT NULL, version BIGINT NOT NULL,"
    " data TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (type, id))",
    "CREATE INDEX records_zone ON records(type, zone)",
    "CREATE TABLE newsletter_sends (newsletter_id TEXT PRIMARY KEY, zone TEXT NOT NULL, status TEXT NOT NULL,"
    " requested_by BIGINT NOT NULL, requested_at BIGINT NOT NULL, scheduled_at BIGINT NOT NULL,"
    " started_at BIGINT NOT NULL DEFAULT 0, finished_at BIGINT NOT NULL DEFAULT 0, snapshot TEXT NOT NULL,"
    " recipients BIGINT NOT NULL DEFAULT 0, tracking BIGINT NOT NULL DEFAULT 1)",
    "CREATE INDEX newsletter_sends_status ON newsletter_sends(status, scheduled_at)",
    "CREATE TABLE newsletter_recipients (id {PK}, newsletter_id TEXT NOT NULL, contact_id TEXT NOT NULL,"
    " email TEXT NOT NULL, status TEXT NOT NULL, attempts BIGINT NOT NULL DEFAULT 0,"
    " next_attempt_at BIGINT NOT NULL DEFAULT 0, claimed_at BIGINT NOT NULL DEFAULT 0,"
    " sent_at BIGINT NOT NULL DEFAULT 0, smtp_code BIGINT NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX newsletter_recipients_email ON newsletter_recipients(newsletter_id, email)",
    "CREATE INDEX newsletter_recipients_queue ON newsletter_recipients(newsletter_id, status, id)",
    "CREATE TABLE newsletter_events (id {PK}, newsletter_id TEXT NOT NULL, contact_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, at BIGINT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX newsletter_events_kind ON newsletter_events(newsletter_id, kind, at)",
    "CREATE TABLE email_suppressions (email TEXT PRIMARY KEY, reason TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE TABLE org_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Petitions (issue 5): public slugs, signatures (pending ones never leave the server), per-petition tallies,
// the outbox of transactional e-mails (double opt-in), and an index to find a contact by its primary e-mail.
const char *const Version3[] = {
    "CREATE TABLE petition_slugs (slug TEXT PRIMARY KEY, petition_id TEXT NOT NULL)",
    "CREATE UNIQUE INDEX petition_slugs_petition ON petition_slugs(petition_id)",
    "CREATE TABLE petition_signatures (id TEXT PRIMARY KEY, petition_id TEXT NOT NULL, email TEXT NOT NULL,"
    " status TEXT NOT NULL, data TEXT NOT NULL, pending_data TEXT NOT NULL DEFAULT '', nonce TEXT NOT NULL DEFAULT '',"
    " mailed_at BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
    " confirmed_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX petition_signatures_email ON petition_signatures(petition_id, email)",
    "CREATE INDEX petition_signatures_status ON petition_signatures(status, created_at)",
    "CREATE TABLE petition_tallies (petition_id TEXT PRIMARY KEY, confirmed BIGINT NOT NULL DEFAULT 0,"
    " pending BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE mail_outbox (id {PK}, kind TEXT NOT NULL, sender TEXT NOT NULL, recipient TEXT NOT NULL,"
    " message TEXT NOT NULL, status TEXT NOT NULL, attempts BIGINT NOT NULL DEFAULT 0,"
    " next_attempt_at BIGINT NOT NULL DEFAULT 0, claimed_at BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
    " sent_at BIGINT NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX mail_outbox_queue ON mail_outbox(status, next_attempt_at)",
    "CREATE INDEX contacts_email ON contacts({EMAIL})",
};

// Call sessions (issue 6): each campaign's pool of targets (one row per contact, leased to one volunteer at a
// time), the leases handed out (assignments), the results volunteers uploaded, and invitation codes.
const char *const Version4[] = {
    "CREATE TABLE call_targets (campaign_id TEXT NOT NULL, contact_id TEXT NOT NULL, state TEXT NOT NULL,"
    " attempts BIGINT NOT NULL DEFAULT 0, next_at BIGINT NOT NULL DEFAULT 0, assignment_id TEXT NOT NULL DEFAULT '',"
    " leased_to BIGINT NOT NULL DEFAULT 0, lease_expires BIGINT NOT NULL DEFAULT 0,"
    " last_outcome TEXT NOT NULL DEFAULT '', card TEXT NOT NULL DEFAULT '', card_version TEXT NOT NULL DEFAULT '',"
    " updated_at BIGINT NOT NULL, PRIMARY KEY (campaign_id, contact_id))",
    "CREATE INDEX call_targets_pool ON call_targets(campaign_id, state, next_at, contact_id)",
    "CREATE INDEX call_targets_leases ON call_targets(campaign_id, state, lease_expires)",
    "CREATE INDEX call_targets_contact ON call_targets(contact_id)",
    "CREATE TABLE call_assignments (id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, contact_id TEXT NOT NULL,"
    " volunteer_id BIGINT NOT NULL, status TEXT NOT NULL, claimed_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
    " ended_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX call_assignments_volunteer ON call_assignments(volunteer_id, campaign_id, status)",
    "CREATE INDEX call_assignments_contact ON call_assignments(contact_id)",
    "CREATE TABLE call_results (id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, assignment_id TEXT NOT NULL,"
    " contact_id TEXT NOT NULL, volunteer_id BIGINT NOT NULL, outcome TEXT NOT NULL, called_at BIGINT NOT NULL,"
    " received_at BIGINT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX call_results_campaign ON call_results(campaign_id, called_at)",
    "CREATE INDEX call_results_contact ON call_results(contact_id)",
    "CREATE TABLE call_invitations (code_hash TEXT PRIMARY KEY, campaign_id TEXT NOT NULL, uses_left BIGINT NOT NULL,"
    " expires_at BIGINT NOT NULL, created_by BIGINT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE call_pool_refresh (campaign_id TEXT PRIMARY KEY, refreshed_at BIGINT NOT NULL)",
};

// Call briefs: one record per campaign and volunteer in the volunteer's bucket (script, survey, goal), so that the
// assignments carry only what differs from one contact to the next.
const char *const Version5[] = {
    "CREATE TABLE call_briefs (campaign_id TEXT NOT NULL, volunteer_id BIGINT NOT NULL, id TEXT NOT NULL,"
    " brief_key TEXT NOT NULL, PRIMARY KEY (campaign_id, volunteer_id))",
};

// Proxy votes (issue 7): the public forms' addresses, the submissions waiting for their opt-in link, one row per
// confirmed request or offer (who, where, status: what the checks need without parsing records), and the live
// matches (one per request round: the unique index is what refuses a second cadre's match), with the e-mail each
// still has to send.
const char *const Version6[] = {
    "CREATE TABLE proxy_slugs (slug TEXT PRIMARY KEY, election_id TEXT NOT NULL)",
    "CREATE UNIQUE INDEX proxy_slugs_election ON proxy_slugs(election_id)",
    "CREATE TABLE proxy_pending (id TEXT PRIMARY KEY, election_id TEXT NOT NULL, kind TEXT NOT NULL, email TEXT NOT NULL,"
    " data TEXT NOT NULL, nonce TEXT NOT NULL, created_at BIGINT NOT NULL, mailed_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX proxy_pending_email ON proxy_pending(election_id, kind, email)",
    "CREATE TABLE proxy_people (id TEXT PRIMARY KEY, election_id TEXT NOT NULL, kind TEXT NOT NULL, email TEXT NOT NULL,"
    " department TEXT NOT NULL, contact_id TEXT NOT NULL, status TEXT NOT NULL)",
    "CREATE INDEX proxy_people_email ON proxy_people(election_id, kind, email)",
    "CREATE INDEX proxy_people_contact ON proxy_people(contact_id)",
    "CREATE TABLE proxy_live (match_id TEXT PRIMARY KEY, election_id TEXT NOT NULL, request_id TEXT NOT NULL,"
    " offer_id TEXT NOT NULL, round BIGINT NOT NULL, abroad BIGINT NOT NULL, status TEXT NOT NULL, since BIGINT NOT NULL,"
    " nonce TEXT NOT NULL DEFAULT '', notify TEXT NOT NULL DEFAULT '', reminded BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX proxy_live_slot ON proxy_live(request_id, round)",
    "CREATE INDEX proxy_live_offer ON proxy_live(offer_id, round)",
    "CREATE INDEX proxy_live_notify ON proxy_live(notify)",
    "CREATE INDEX proxy_live_status ON proxy_live(status, since)",
};

// Call targets: the pool and lease indexes hold only the targets in their state (partial indexes), so that a lease or a
// result moves a target from one index to the other instead of rewriting an entry in both.
const char *const Version7[] = {
    "DROP INDEX call_targets_pool",
    "DROP INDEX call_targets_leases",
    "CREATE INDEX call_targets_pool ON call_targets(campaign_id, next_at, contact_id) WHERE state = 'pool'",
    "CREATE INDEX call_targets_leases ON call_targets(campaign_id, lease_expires) WHERE state = 'leased'",
};

struct Migration {
    const char *const *begin;
    const char *const *end;
};

const Migration Migrations[] = {{std::begin(Version1), std::end(Version1)}, {std::begin(Version2), std::end(Version2)},
                               {std::begin(Version3), std::end(Version3)},
                               {std::begin(Version4), std::end(Version4)}, {std::begin(Version5), std::end(Version5)},
                               {std::begin(Version6), std::end(Version6)}, {std::begin(Version7), std::end(Version7)}};

QString dialectSql(const Db &db, const char *sql)
{
    QString s = QString::fromUtf8(sql);
    s.replace(QLatin1String("{EMAIL}"), ContactStore::emailExpression(db));
    if (db.isPostgres()) {
        s.replace(QLatin1String("{PK}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        s.replace(QLatin1String("{OPID}"), QLatin1String("BIGINT PRIMARY KEY"));
    } else {
        s.replace(QLatin1String("{PK}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QLatin1String("{OPID}"), QLatin1String("INTEGER PRIMARY KEY"));
    }
    return s;
}

} // namespace

int ServerSchema::currentVersion() { return int(std::size(Migrations)); }

int ServerSchema::installedVersion(Db &db)
{
    const QStringList tables = db.database().tables();
    if (!tables.contains(QStringLiteral("schema_version")))
        return 0;
    return db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, 0).toInt();
}

bool ServerSchema::migrate(Db &db, QString *error)
{
    Transaction tx(db, true);
    if (db.isPostgres())
        db.execDirect(QStringLiteral("SELECT pg_advisory_xact_lock(72657)")); // two instances starting at once
    else
        db.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"));
    if (db.isPostgres())
        db.execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"));
    const int installed = db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {}, 0).toInt();
    if (installed > currentVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this program (%2)")
                     .arg(installed)
                     .arg(currentVersion());
        return false;
    }
    for (int v = installed; v < currentVersion(); ++v) {
        for (auto it = Migrations[v].begin; it != Migrations[v].end; ++it)
            db.execDirect(dialectSql(db, *it));
        db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {v + 1});
    }
    tx.commit();
    return true;
}

} // namespace relais::server
