#include "AudienceCounter.h"

#include "ZoneTree.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relais {

namespace {
/// LIKE pattern matching one tag of the newline-separated `tags` column (wrapped in newlines).
QString tagPattern(QString tag)
{
    tag.replace(u'\\', QLatin1String("\\\\")).replace(u'%', QLatin1String("\\%")).replace(u'_', QLatin1String("\\_"));
    return QStringLiteral("%\n") + tag + QStringLiteral("\n%");
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}
} // namespace

AudienceCounter::AudienceCounter(const QSqlDatabase &db) : m_db(db) {}

QStringList AudienceCounter::departments(const QString &newsletterZone, const QStringList &zones)
{
    const ZoneTree &tree = ZoneTree::france();
    QStringList out;
    for (const QString &code : zones) {
        const Zone *z = tree.zone(code);
        if (!z)
            continue;
        // Only what lies within the newsletter's zone; a wider zone means all of the newsletter's zone.
        const QString within = tree.isWithin(code, newsletterZone) ? code
            : tree.isWithin(newsletterZone, code)                   ? newsletterZone
                                                                     : QString();
        if (within.isEmpty())
            continue;
        const Zone *w = tree.zone(within);
        if (w->type == ZoneType::Department) {
            out << w->code;
        } else if (w->type == ZoneType::Commune) {
            out << tree.departmentOf(w->code);
        } else {
            for (const Zone *d : tree.descendants(w->code))
                if (d->type == ZoneType::Department)
                    out << d->code;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString AudienceCounter::where(const QString &newsletterZone, const AudienceCriteria &audience, QVariantList *binds)
{
    const QStringList depts = departments(newsletterZone, audience.zones);
    if (depts.isEmpty())
        return {};
    QString sql = QStringLiteral(" WHERE zone IN (") + placeholders(depts.size())
        + QStringLiteral(") AND consent_email = 1 AND email IS NOT NULL AND email <> ''");
    for (const QString &d : depts)
        binds->append(d);
    if (!audience.membership.isEmpty()) {
        sql += QStringLiteral(" AND membership IN (") + placeholders(audience.membership.size()) + u')';
        for (const QString &m : audience.membership)
            binds->append(m);
    }
    const QString tagTest = QStringLiteral("(char(10) || tags || char(10)) LIKE ? ESCAPE '\\'");
    if (!audience.tagsIn.isEmpty()) {
        QStringList any;
        for (const QString &t : audience.tagsIn) {
            any << tagTest;
            binds->append(tagPattern(t));
        }
        sql += QStringLiteral(" AND (") + any.join(QLatin1String(" OR ")) + u')';
    }
    for (const QString &t : audience.tagsOut) {
        sql += QStringLiteral(" AND NOT ") + tagTest;
        binds->append(tagPattern(t));
    }
    return sql;
}

qint64 AudienceCounter::count(const QString &newsletterZone, const AudienceCriteria &audience, QString *error) const
{
    QVariantList binds;
    const QString condition = where(newsletterZone, audience, &binds);
    if (condition.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One e-mail per address, as the server sends it.
    q.prepare(QStringLiteral("SELECT count(DISTINCT email) FROM contacts") + condition);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<NewsletterTemplate::Values> AudienceCounter::firstRecipient(const QString &newsletterZone,
                                                                          const AudienceCriteria &audience) const
{
    QVariantList binds;
    const QString condition = where(newsletterZone, audience, &binds);
    if (condition.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, first_name, last_name, email, commune_code FROM contacts") + condition
              + QStringLiteral(" ORDER BY lid LIMIT 1"));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    NewsletterTemplate::Values v;
    v[NewsletterTemplate::Title] = q.value(0).toString();
    v[NewsletterTemplate::FirstName] = q.value(1).toString();
    v[NewsletterTemplate::LastName] = q.value(2).toString();
    v[NewsletterTemplate::Email] = q.value(3).toString();
    if (const Zone *commune = ZoneTree::france().zone(q.value(4).toString()))
        v[NewsletterTemplate::Commune] = commune->name;
    return v;
}

} // namespace relais
