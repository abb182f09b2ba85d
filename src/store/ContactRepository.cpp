#include "ContactRepository.h"

#include "ContactOrder.h"
#include "ContactRow.h"
#include "ContactSearchIndex.h"
#include "SqlCipherStatement.h"
#include "Uuid7.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>

namespace relais {

namespace {
QString now() { return ContactRow::isoTime(QDateTime::currentDateTimeUtc()); }

bool execOrFail(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

ContactRepository::ContactRepository(const QSqlDatabase &db, QString author)
    : m_db(db), m_author(std::move(author)), m_order(ContactOrder::forConnection(db)), m_insert(db), m_update(db),
      m_ftsInsert(db), m_ftsDelete(db), m_queue(db), m_tag(db), m_interaction(db)
{
}

void ContactRepository::orderChanged(OrderChange change, qint64 localId)
{
    m_pendingOrder.append({change, localId});
}

bool ContactRepository::transaction(const std::function<bool()> &body, QString *error)
{
    if (m_transactionDepth > 0)
        return body();
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    ++m_transactionDepth;
    m_pendingOrder.clear();
    const bool ok = body();
    --m_transactionDepth;
    const auto pending = std::exchange(m_pendingOrder, {});
    if (!ok || !m_db.commit()) {
        if (ok && error)
            *error = m_db.lastError().text();
        m_db.rollback();
        m_order->invalidate();
        return false;
    }
    // Committed: bring the in-memory list order up to date (bulk writes simply reload it).
    if (pending.size() > 64) {
        m_order->invalidate();
        return true;
    }
    for (const auto &[change, localId] : pending) {
        switch (change) {
        case OrderChange::Inserted: m_order->inserted(localId); break;
        case OrderChange::Moved: m_order->moved(localId); break;
        case OrderChange::Removed: m_order->removed(localId); break;
        case OrderChange::Reload: m_order->invalidate(); break;
        }
    }
    m_order->acknowledgeWrites();
    return true;
}

QSqlQuery &ContactRepository::prepared(QSqlQuery &q, const QString &sql) const
{
    if (q.lastQuery() != sql)
        q.prepare(sql);
    return q;
}

bool ContactRepository::writeIndex(const Contact &c, bool replace, QString *error)
{
    if (replace) {
        QSqlQuery &del = prepared(m_ftsDelete, QStringLiteral("DELETE FROM contacts_fts WHERE docid = ?"));
        del.addBindValue(c.localId);
        if (!execOrFail(del, error))
            return false;
    }
    const auto d = ContactSearchIndex::document(c);
    QSqlQuery &q = prepared(m_ftsInsert, QStringLiteral(
        "INSERT INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(c.localId);
    q.addBindValue(d.names);
    q.addBindValue(d.contact);
    q.addBindValue(d.place);
    q.addBindValue(d.flags);
    return execOrFail(q, error);
}

bool ContactRepository::enqueue(const Contact &c, const QString &op, const QStringList &fields, QString *error)
{
    QSqlQuery &q = prepared(m_queue, QStringLiteral(
        "INSERT INTO upload_queue (record_type, record_id, op, fields, base_version, created_at)"
        " VALUES ('contact', ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(op);
    q.addBindValue(fields.join(u','));
    q.addBindValue(c.version);
    q.addBindValue(now());
    return execOrFail(q, error);
}

bool ContactRepository::rememberTags(const QStringList &tags, QString *error)
{
    for (const QString &t : tags) {
        QSqlQuery &q = prepared(m_tag, QStringLiteral("INSERT OR IGNORE INTO tag_names (name) VALUES (?)"));
        q.addBindValue(t);
        if (!execOrFail(q, error))
            return false;
    }
    return true;
}

bool ContactRepository::insertOne(Contact &c, QString *error)
{
    if (c.id.isEmpty())
        c.id = Uuid7::generate();
    const QDateTime t = QDateTime::currentDateTimeUtc();
    if (!c.createdAt.isValid())
        c.createdAt = t;
    c.updatedAt = t;
    if (c.createdBy.isEmpty())
        c.createdBy = m_author;
    c.updatedBy = m_author;
    c.dirty = true;
    if (c.zone.isEmpty()) {
        *error = tr("The contact has no zone.");
        return false;
    }
    QSqlQuery &q = prepared(m_insert, ContactRow::insertSql());
    ContactRow::bind(q, c);
    if (!execOrFail(q, error))
        return false;
    c.localId = q.lastInsertId().toLongLong();
    orderChanged(OrderChange::Inserted, c.localId);
    return writeIndex(c, false, error) && enqueue(c, QStringLiteral("put"), {QStringLiteral("*")}, error);
}

bool ContactRepository::insert(Contact &contact, QString *error)
{
    return transaction([&] { return insertOne(contact, error) && rememberTags(contact.tags, error); }, error);
}

bool ContactRepository::insertMany(QList<Contact> &contacts, QString *error)
{
    return transaction([&] {
        QSet<QString> tags;
        for (Contact &c : contacts) {
            if (!insertOne(c, error))
                return false;
            for (const QString &t : std::as_const(c.tags))
                tags.insert(t);
        }
        return rememberTags(QStringList(tags.cbegin(), tags.cend()), error);
    }, error);
}

QStringList ContactRepository::changedFields(const Contact &a, const Contact &b)
{
    QStringList f;
    auto check = [&f](bool differs, const char *name) {
        if (differs)
            f << QLatin1String(name);
    };
    check(a.zone != b.zone, "zone");
    check(a.title != b.title, "title");
    check(a.firstName != b.firstName, "first_name");
    check(a.lastName != b.lastName, "last_name");
    check(a.birthdate != b.birthdate, "birthdate");
    check(a.email != b.email, "email");
    check(a.otherEmails != b.otherEmails, "other_emails");
    check(a.phone != b.phone, "phone");
    check(a.otherPhones != b.otherPhones, "other_phones");
    check(a.address != b.address, "address");
    check(a.postalCode != b.postalCode, "postal_code");
    check(a.communeCode != b.communeCode, "commune_code");
    check(a.membership != b.membership, "membership");
    check(a.tags != b.tags, "tags");
    check(a.notes != b.notes, "notes");
    check(a.consentFor(Channel::Email) != b.consentFor(Channel::Email), "consent_email");
    check(a.consentFor(Channel::Phone) != b.consentFor(Channel::Phone), "consent_phone");
    check(a.consentFor(Channel::Sms) != b.consentFor(Channel::Sms), "consent_sms");
    check(a.custom != b.custom, "custom");
    return f;
}

bool ContactRepository::update(Contact &c, QString *error)
{
    const auto stored = byLocalId(c.localId);
    if (!stored || stored->id != c.id) {
        *error = tr("This contact no longer exists.");
        return false;
    }
    const QStringList fields = changedFields(*stored, c);
    if (fields.isEmpty())
        return true;
    return transaction([&] {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        for (Channel ch : AllChannels) {
            Consent &k = c.consentFor(ch);
            if (k.granted == stored->consentFor(ch).granted)
                continue;
            if (!k.at.isValid() || k.at == stored->consentFor(ch).at)
                k.at = t;
            Interaction i;
            i.contactId = c.id;
            i.zone = c.zone;
            i.kind = QStringLiteral("consent");
            i.at = k.at;
            i.data[QLatin1String("channel")] = channelId(ch);
            i.data[QLatin1String("granted")] = k.granted ? QJsonValue(*k.granted) : QJsonValue();
            i.data[QLatin1String("source")] = k.source;
            if (!insertInteraction(i, error))
                return false;
        }
        c.updatedAt = t;
        c.updatedBy = m_author;
        c.dirty = true;
        if (fields.contains(QLatin1String("first_name")) || fields.contains(QLatin1String("last_name")))
            orderChanged(OrderChange::Moved, c.localId);
        QSqlQuery &q = prepared(m_update, ContactRow::updateSql());
        ContactRow::bind(q, c);
        q.addBindValue(c.localId);
        return execOrFail(q, error) && writeIndex(c, true, error)
            && enqueue(c, QStringLiteral("patch"), fields, error) && rememberTags(c.tags, error);
    }, error);
}

bool ContactRepository::remove(const QString &id, QString *error)
{
    const auto stored = byId(id);
    if (!stored) {
        *error = tr("This contact no longer exists.");
        return false;
    }
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM contacts_fts WHERE docid = ?"));
        q.addBindValue(stored->localId);
        if (!execOrFail(q, error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM interactions WHERE contact_id = ?"));
        q.addBindValue(id);
        if (!execOrFail(q, error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM contacts WHERE lid = ?"));
        q.addBindValue(stored->localId);
        orderChanged(OrderChange::Removed, stored->localId);
        return execOrFail(q, error) && enqueue(*stored, QStringLiteral("delete"), {}, error);
    }, error);
}

std::optional<Contact> ContactRepository::selectOne(const QString &where, const QVariant &value) const
{
    QSqlQuery q(m_db);
    q.prepare(ContactRow::selectSql() + where);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return ContactRow::fromQuery(q);
    return std::nullopt;
}

std::optional<Contact> ContactRepository::byLocalId(qint64 localId) const
{
    return selectOne(QStringLiteral(" WHERE lid = ?"), localId);
}

std::optional<Contact> ContactRepository::byId(const QString &id) const
{
    return selectOne(QStringLiteral(" WHERE id = ?"), id);
}

QList<Contact> ContactRepository::byLocalIds(const QVector<qint64> &ids) const
{
    QList<Contact> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id); // integers only: nothing to escape
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(ContactRow::selectSql() + QStringLiteral(" WHERE lid IN (") + list.join(u',') + u')'))
        return out;
    QHash<qint64, Contact> byId;
    while (q.next()) {
        Contact c = ContactRow::fromQuery(q);
        byId.insert(c.localId, std::move(c));
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            out << *it;
    }
    return out;
}

std::optional<Contact> ContactRepository::findByEmail(const QString &email) const
{
    if (email.isEmpty())
        return std::nullopt;
    return selectOne(QStringLiteral(" WHERE email = ? ORDER BY lid LIMIT 1"), email);
}

std::optional<Contact> ContactRepository::findByPhone(const QString &e164) const
{
    if (e164.isEmpty())
        return std::nullopt;
    return selectOne(QStringLiteral(" WHERE phone = ? ORDER BY lid LIMIT 1"), e164);
}

qint64 ContactRepository::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QVector<qint64> ContactRepository::matching(const ContactQuery &query, QString *error) const
{
    return matching(ContactSearchIndex::plan(query), error);
}

QVector<qint64> ContactRepository::matching(const ContactSearchIndex::Plan &plan, QString *error) const
{
    QList<QVector<qint64>> parts; // each sorted by local id
    auto run = [&](SqlCipherStatement &st, bool sortById) {
        QVector<qint64> ids;
        if (!st.collectInt64(&ids)) {
            if (error)
                *error = st.errorMessage();
            return false;
        }
        if (sortById)
            std::sort(ids.begin(), ids.end());
        parts << ids;
        return true;
    };
    if (!plan.match.isEmpty()) {
        // Broad prefixes match hundreds of thousands of docids: read them without a QVariant per row.
        SqlCipherStatement st(m_db, "SELECT docid FROM contacts_fts WHERE contacts_fts MATCH ?");
        st.bind(1, plan.match);
        if (!run(st, false)) // FTS returns docids in ascending order
            return {};
    }
    if (!plan.departments.isEmpty()) {
        QString sql = QStringLiteral("SELECT lid FROM contacts WHERE zone IN (")
            + QStringList(plan.departments.size(), QStringLiteral("?")).join(u',') + u')';
        if (plan.membership)
            sql += QStringLiteral(" AND membership = ?");
        if (plan.consent)
            sql += QStringLiteral(" AND consent_") + channelId(*plan.consent) + QStringLiteral(" = 1");
        const QByteArray utf8 = sql.toUtf8();
        SqlCipherStatement st(m_db, utf8.constData());
        int i = 1;
        for (const QString &d : plan.departments)
            st.bind(i++, d);
        if (plan.membership)
            st.bind(i++, membershipId(*plan.membership));
        if (!run(st, true))
            return {};
    }
    if (!plan.namePrefix.isEmpty()) {
        QString upper = plan.namePrefix;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        SqlCipherStatement st(m_db, "SELECT lid FROM contacts WHERE sort_key >= ? AND sort_key < ?");
        st.bind(1, plan.namePrefix);
        st.bind(2, upper);
        if (!run(st, true))
            return {};
    }
    if (parts.isEmpty())
        return {};
    QVector<qint64> result = parts.takeFirst();
    for (const QVector<qint64> &other : std::as_const(parts)) {
        QVector<qint64> both;
        both.reserve(qMin(result.size(), other.size()));
        std::set_intersection(result.cbegin(), result.cend(), other.cbegin(), other.cend(), std::back_inserter(both));
        result = std::move(both);
    }
    return result;
}

QVector<qint64> ContactRepository::orderedMatching(const ContactQuery &query, QString *error) const
{
    const ContactSearchIndex::Plan plan = ContactSearchIndex::plan(query);
    if (plan.everything())
        return m_order->all();
    QVector<qint64> ids = matching(plan, error);
    m_order->sort(ids);
    return ids;
}

bool ContactRepository::optimizeSearchIndex(QString *error)
{
    // Merges the index segments left by bulk writes into one: broad prefixes read one doclist.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES('optimize')"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    m_order->acknowledgeWrites();
    return true;
}

bool ContactRepository::addInteraction(Interaction &interaction, QString *error)
{
    return transaction([&] { return insertInteraction(interaction, error); }, error);
}

bool ContactRepository::insertInteraction(Interaction &i, QString *error)
{
    if (i.id.isEmpty())
        i.id = Uuid7::generate();
    if (!i.at.isValid())
        i.at = QDateTime::currentDateTimeUtc();
    if (i.author.isEmpty())
        i.author = m_author;
    QSqlQuery &q = prepared(m_interaction, QStringLiteral(
        "INSERT INTO interactions (id, contact_id, zone, dirty, kind, at, author, data) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"));
    q.addBindValue(i.id);
    q.addBindValue(i.contactId);
    q.addBindValue(i.zone);
    q.addBindValue(i.kind);
    q.addBindValue(ContactRow::isoTime(i.at));
    q.addBindValue(i.author);
    q.addBindValue(QString::fromUtf8(QJsonDocument(i.data).toJson(QJsonDocument::Compact)));
    if (!execOrFail(q, error))
        return false;
    i.localId = q.lastInsertId().toLongLong();
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("INSERT INTO upload_queue (record_type, record_id, op, fields, base_version, created_at)"
                              " VALUES ('interaction', ?, 'put', '*', 0, ?)"));
    up.addBindValue(i.id);
    up.addBindValue(now());
    return execOrFail(up, error);
}

QList<Interaction> ContactRepository::timeline(const QString &contactId) const
{
    QList<Interaction> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT lid, id, contact_id, zone, kind, at, author, data FROM interactions"
                             " WHERE contact_id = ? ORDER BY at DESC, lid DESC"));
    q.addBindValue(contactId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Interaction i;
        i.localId = q.value(0).toLongLong();
        i.id = q.value(1).toString();
        i.contactId = q.value(2).toString();
        i.zone = q.value(3).toString();
        i.kind = q.value(4).toString();
        i.at = ContactRow::fromIso(q.value(5).toString());
        i.author = q.value(6).toString();
        i.data = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        out << i;
    }
    return out;
}

QStringList ContactRepository::tagNames() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM tag_names ORDER BY name COLLATE NOCASE")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

int ContactRepository::pendingUploads() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM upload_queue")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace relais
