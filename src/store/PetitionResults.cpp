#include "PetitionResults.h"

#include "TextNormalizer.h"
#include "ZoneTree.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relais {

namespace {

/// LIKE pattern matching `text` anywhere, with the wildcards of the text escaped (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

PetitionResults::PetitionResults(const QSqlDatabase &db, const QString &petitionId)
    : m_db(db), m_petitionId(petitionId)
{
}

QString PetitionResults::where(const SignatureFilter &filter, QVariantList *values)
{
    QString sql;
    // Each word must appear in the folded names and address.
    for (const QString &word : TextNormalizer::fold(filter.text).split(u' ', Qt::SkipEmptyParts)) {
        sql += QStringLiteral(" AND search LIKE ? ESCAPE '\\'");
        *values << containsPattern(word);
    }
    if (!filter.department.isEmpty()) {
        sql += QStringLiteral(" AND department = ?");
        *values << (filter.department == QLatin1String("-") ? QStringLiteral("") : filter.department);
    }
    if (filter.optin) {
        sql += QStringLiteral(" AND optin = ?");
        *values << (*filter.optin ? 1 : 0);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND day >= ?");
        *values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND day <= ?");
        *values << filter.to.toString(Qt::ISODate);
    }
    return sql;
}

qint64 PetitionResults::count(const SignatureFilter &filter) const
{
    QVariantList values{m_petitionId};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM signatures WHERE petition_id = ?") + where(filter, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<KeyCount> PetitionResults::counts(const char *sql) const
{
    QList<KeyCount> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(m_petitionId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(KeyCount{q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QList<KeyCount> PetitionResults::perDay() const
{
    return counts("SELECT day, count(*) FROM signatures WHERE petition_id = ? AND day <> '' GROUP BY day ORDER BY day");
}

QList<KeyCount> PetitionResults::perDepartment() const
{
    QList<KeyCount> out = counts("SELECT department, count(*) FROM signatures WHERE petition_id = ? GROUP BY department");
    sortByCount(out);
    return out;
}

void PetitionResults::sortByCount(QList<KeyCount> &counts)
{
    std::sort(counts.begin(), counts.end(), [](const KeyCount &a, const KeyCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}

QList<KeyCount> PetitionResults::perRegion() const { return regionsOf(perDepartment()); }

QList<KeyCount> PetitionResults::regionsOf(const QList<KeyCount> &perDepartment)
{
    const ZoneTree &tree = ZoneTree::france();
    QHash<QString, qint64> byRegion;
    for (const KeyCount &d : perDepartment) {
        QString region;
        for (const Zone *z : tree.ancestors(d.key))
            if (z->type == ZoneType::Region)
                region = z->code;
        byRegion[region] += d.count;
    }
    QList<KeyCount> out;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it)
        out.append(KeyCount{it.key(), it.value()});
    sortByCount(out);
    return out;
}

QStringList PetitionResults::departments() const
{
    QStringList out;
    for (const KeyCount &d : counts("SELECT department, count(*) FROM signatures WHERE petition_id = ?"
                                    " GROUP BY department ORDER BY department"))
        out << d.key;
    return out;
}

QList<PetitionSignature> PetitionResults::signatures(const SignatureFilter &filter, int limit, int offset) const
{
    QList<PetitionSignature> out;
    QVariantList values{m_petitionId};
    QString sql = QStringLiteral("SELECT id, first_name, last_name, email, postal_code, department, confirmed_at, optin"
                                 " FROM signatures WHERE petition_id = ?")
        + where(filter, &values) + QStringLiteral(" ORDER BY confirmed_at DESC, id DESC");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PetitionSignature s;
        s.id = q.value(0).toString();
        s.firstName = q.value(1).toString();
        s.lastName = q.value(2).toString();
        s.email = q.value(3).toString();
        s.postalCode = q.value(4).toString();
        s.department = q.value(5).toString();
        s.confirmedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
        s.optin = q.value(7).toInt() != 0;
        out.append(s);
    }
    return out;
}

} // namespace relais
