#include "SignatureIndex.h"

#include "SyncStatement.h"
#include "TextNormalizer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>

namespace relais {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QStringList SignatureIndex::createSql()
{
    return {
        QStringLiteral("CREATE TABLE signatures (id TEXT PRIMARY KEY, petition_id TEXT NOT NULL,"
                       " department TEXT NOT NULL DEFAULT '', day TEXT NOT NULL DEFAULT '',"
                       " confirmed_at TEXT NOT NULL DEFAULT '', optin INTEGER NOT NULL DEFAULT 0,"
                       " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '',"
                       " search TEXT NOT NULL DEFAULT '')"),
        // Totals and the signatures over time; the counts per department and its filter.
        QStringLiteral("CREATE INDEX signatures_day ON signatures(petition_id, day)"),
        QStringLiteral("CREATE INDEX signatures_department ON signatures(petition_id, department, day)"),
    };
}

QString SignatureIndex::dayOf(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QString();
}

bool SignatureIndex::write(const QSqlDatabase &db, const QString &id, const QJsonObject &data, QString *error)
{
    SyncStatement st(db, "INSERT OR REPLACE INTO signatures (id, petition_id, department, day, confirmed_at, optin,"
                         " first_name, last_name, email, postal_code, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QString confirmed = text(data, "confirmed_at");
    if (confirmed.isEmpty())
        confirmed = text(data, "signed_at");
    const QString first = text(data, "first_name");
    const QString last = text(data, "last_name");
    const QString email = text(data, "email");
    st.bind(1, id);
    st.bind(2, text(data, "petition_id"));
    st.bind(3, text(data, "department"));
    st.bind(4, dayOf(confirmed));
    st.bind(5, confirmed);
    st.bind(6, data.value(QLatin1String("newsletter_optin")).toBool() ? 1 : 0);
    st.bind(7, first);
    st.bind(8, last);
    st.bind(9, email);
    st.bind(10, text(data, "postal_code"));
    st.bind(11, TextNormalizer::fold(first + u' ' + last + u' ' + email));
    return st.exec() || fail(error, st.errorMessage());
}

bool SignatureIndex::erase(const QSqlDatabase &db, const QString &id, QString *error)
{
    SyncStatement st(db, "DELETE FROM signatures WHERE id = ?");
    st.bind(1, id);
    return st.exec() || fail(error, st.errorMessage());
}

bool SignatureIndex::rebuild(const QSqlDatabase &db, QString *error)
{
    if (!SyncStatement::execute(db, "DELETE FROM signatures", error))
        return false;
    QList<std::pair<QString, QJsonObject>> rows;
    {
        SyncStatement sel(db, "SELECT id, data FROM records WHERE type = 'signature'");
        SyncStatement::Step r;
        while ((r = sel.step()) == SyncStatement::Step::Row)
            rows.append({sel.text(0), QJsonDocument::fromJson(sel.utf8(1)).object()});
        if (r != SyncStatement::Step::Done)
            return fail(error, sel.errorMessage());
    }
    for (const auto &[id, data] : std::as_const(rows))
        if (!write(db, id, data, error))
            return false;
    return true;
}

} // namespace relais
