#include "UserStore.h"

#include <QDateTime>

namespace relais::server {

namespace {

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.passwordHash = q.value(3).toString();
    u.disabled = q.value(4).toLongLong() != 0;
    u.createdAt = q.value(5).toLongLong();
    return u;
}

Grant grantFrom(const QSqlQuery &q, int first)
{
    Grant g;
    g.id = q.value(first).toLongLong();
    g.zone = q.value(first + 1).toString();
    g.features = q.value(first + 2).toString().split(u',', Qt::SkipEmptyParts);
    g.role = q.value(first + 3).toString();
    g.grantedBy = q.value(first + 4).toLongLong();
    return g;
}

const QString UserColumns = QStringLiteral("id, username, display_name, password_hash, disabled, created_at");

} // namespace

QJsonObject UserRecord::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName}};
}

QString UserStore::normalizeUsername(const QString &username) { return username.trimmed().toLower(); }

bool UserStore::validUsername(const QString &n)
{
    if (n.isEmpty() || n.size() > 64)
        return false;
    for (const QChar c : n) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-'
            || c == u'@';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<UserRecord> UserStore::byName(Db &db, const QString &username)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users WHERE username = ?"),
                           {normalizeUsername(username)});
    if (!q.next())
        return std::nullopt;
    UserRecord u = userFrom(q);
    q.finish();
    return u;
}

std::optional<UserRecord> UserStore::byId(Db &db, qint64 id)
{
    QSqlQuery &q = db.exec(QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    UserRecord u = userFrom(q);
    q.finish();
    return u;
}

QList<UserRecord> UserStore::all(Db &db)
{
    QList<UserRecord> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT ") + UserColumns + QStringLiteral(" FROM users ORDER BY id"));
    while (q.next())
        out << userFrom(q);
    return out;
}

qint64 UserStore::add(Db &db, const QString &username, const QString &displayName, const QString &passwordHash)
{
    QSqlQuery &q = db.exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, disabled, created_at)"
                                          " VALUES (?, ?, ?, 0, ?) RETURNING id"),
                           {normalizeUsername(username), displayName, passwordHash, QDateTime::currentMSecsSinceEpoch()});
    if (!q.next())
        throw DbError("INSERT INTO users returned no id");
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void UserStore::setPassword(Db &db, qint64 userId, const QString &passwordHash)
{
    db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, userId});
}

void UserStore::setDisabled(Db &db, qint64 userId, bool disabled)
{
    db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, userId});
    if (disabled)
        db.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ?"), {userId});
}

QList<Grant> UserStore::grants(Db &db, qint64 userId)
{
    QList<Grant> out;
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT id, zone, features, role, granted_by FROM grants WHERE user_id = ? ORDER BY id"), {userId});
    while (q.next())
        out << grantFrom(q, 0);
    return out;
}

QHash<qint64, QList<Grant>> UserStore::allGrants(Db &db)
{
    QHash<qint64, QList<Grant>> out;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT user_id, id, zone, features, role, granted_by FROM grants ORDER BY id"));
    while (q.next())
        out[q.value(0).toLongLong()] << grantFrom(q, 1);
    return out;
}

std::optional<std::pair<qint64, Grant>> UserStore::grant(Db &db, qint64 grantId)
{
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT user_id, id, zone, features, role, granted_by FROM grants WHERE id = ?"), {grantId});
    if (!q.next())
        return std::nullopt;
    std::pair<qint64, Grant> out{q.value(0).toLongLong(), grantFrom(q, 1)};
    q.finish();
    return out;
}

qint64 UserStore::addGrant(Db &db, qint64 userId, const Grant &g)
{
    QSqlQuery &q = db.exec(QStringLiteral("INSERT INTO grants (user_id, zone, features, role, granted_by, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                           {userId, g.zone, g.features.join(u','), g.role, g.grantedBy,
                            QDateTime::currentMSecsSinceEpoch()});
    if (!q.next())
        throw DbError("INSERT INTO grants returned no id");
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void UserStore::removeGrant(Db &db, qint64 grantId)
{
    db.exec(QStringLiteral("DELETE FROM grants WHERE id = ?"), {grantId});
}

} // namespace relais::server
