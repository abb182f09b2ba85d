#include "DbSettings.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace relais::server {

QString DbSettings::kindName() const
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

DbSettings DbSettings::sqliteFile(const QString &path)
{
    DbSettings s;
    s.dialect = SqlDialect::Sqlite;
    s.sqlitePath = path;
    return s;
}

std::optional<DbSettings> DbSettings::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("invalid database URL");
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = url.path(QUrl::FullyDecoded);
        if (path.isEmpty()) {
            *error = QStringLiteral("sqlite URL without a path");
            return std::nullopt;
        }
        return sqliteFile(path);
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        *error = QStringLiteral("database URL must start with postgresql:// or sqlite://");
        return std::nullopt;
    }
    DbSettings s;
    s.dialect = SqlDialect::Postgres;
    s.host = url.host(QUrl::FullyDecoded);
    s.port = url.port(-1);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.name = url.path(QUrl::FullyDecoded);
    if (s.name.startsWith(u'/'))
        s.name.remove(0, 1);
    QStringList options;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QLatin1String("host"))
            s.host = value;
        else if (key == QLatin1String("port"))
            s.port = value.toInt();
        else if (key == QLatin1String("user"))
            s.user = value;
        else if (key == QLatin1String("password"))
            s.password = value;
        else if (key == QLatin1String("dbname"))
            s.name = value;
        else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
                 || key == QLatin1String("application_name")) {
            if (value.contains(u';') || value.contains(u'=')) {
                *error = QStringLiteral("invalid value for database option ") + key;
                return std::nullopt;
            }
            options << key + u'=' + value;
        } else {
            *error = QStringLiteral("unknown database URL parameter: ") + key;
            return std::nullopt;
        }
    }
    if (s.name.isEmpty()) {
        *error = QStringLiteral("the PostgreSQL URL names no database");
        return std::nullopt;
    }
    s.options = options.join(u';');
    return s;
}

} // namespace relais::server
