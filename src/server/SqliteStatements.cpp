#include "SqliteStatements.h"

#include "Db.h"

#include <sqlite3.h>

#include <vector>

namespace relais::server {

namespace {
std::string failure(sqlite3 *handle, const QString &sql)
{
    return (QStringLiteral("SQL error [%1]: %2 (in: %3)")
                .arg(sqlite3_extended_errcode(handle))
                .arg(QString::fromUtf8(sqlite3_errmsg(handle)), sql.simplified().left(80)))
        .toStdString();
}
} // namespace

SqliteStatements::~SqliteStatements() { clear(); }

void SqliteStatements::clear()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
    m_statements.clear();
}

sqlite3_stmt *SqliteStatements::prepared(const QString &sql)
{
    if (sqlite3_stmt *s = m_statements.value(sql))
        return s;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        throw DbError(failure(m_handle, sql));
    }
    m_statements.insert(sql, s);
    return s;
}

int SqliteStatements::run(const QString &sql, const QVariantList &args)
{
    sqlite3_stmt *s = prepared(sql);
    if (sqlite3_bind_parameter_count(s) != args.size())
        throw DbError(QStringLiteral("SQL error: %1 values for %2 placeholders (in: %3)")
                          .arg(args.size())
                          .arg(sqlite3_bind_parameter_count(s))
                          .arg(sql.simplified().left(80))
                          .toStdString());
    std::vector<QByteArray> texts; // alive until the step: bound without a copy
    texts.reserve(std::size_t(args.size()));
    int rc = SQLITE_OK;
    for (int i = 0; i < args.size() && rc == SQLITE_OK; ++i) {
        const QVariant &v = args.at(i);
        const int at = i + 1;
        switch (v.metaType().id()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            rc = sqlite3_bind_null(s, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(s, at, v.toLongLong());
            break;
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(s, at, sqlite3_int64(v.toULongLong()));
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(s, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            texts.push_back(v.toByteArray());
            const QByteArray &b = texts.back();
            rc = sqlite3_bind_blob(s, at, b.constData(), int(b.size()), SQLITE_STATIC);
            break;
        }
        default: { // QString and anything else, as text
            texts.push_back(v.toString().toUtf8());
            const QByteArray &t = texts.back();
            rc = sqlite3_bind_text(s, at, t.constData(), int(t.size()), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK) {
        do
            rc = sqlite3_step(s);
        while (rc == SQLITE_ROW);
    }
    const int changed = sqlite3_changes(m_handle);
    const std::string error = rc == SQLITE_DONE ? std::string() : failure(m_handle, sql);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (!error.empty())
        throw DbError(error);
    return changed;
}

} // namespace relais::server
