#pragma once

#include "AccessScope.h"
#include "Db.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace relais::server {

struct UserRecord {
    qint64 id = 0;
    QString username;
    QString displayName;
    QString passwordHash;
    bool disabled = false;
    qint64 createdAt = 0;
    /// {"id", "username", "display_name"}
    QJsonObject toJson() const;
};

/// Users and their grants, on a connection the caller owns (shared by the HTTP API and the command line).
class UserStore
{
public:
    /// Trimmed and lowercased.
    static QString normalizeUsername(const QString &username);
    /// 1 to 64 characters among a-z 0-9 . _ - @
    static bool validUsername(const QString &normalized);

    static std::optional<UserRecord> byName(Db &db, const QString &username);
    static std::optional<UserRecord> byId(Db &db, qint64 id);
    static QList<UserRecord> all(Db &db);
    static qint64 add(Db &db, const QString &username, const QString &displayName, const QString &passwordHash);
    static void setPassword(Db &db, qint64 userId, const QString &passwordHash);
    /// Disabling also revokes every session of the user.
    static void setDisabled(Db &db, qint64 userId, bool disabled);

    static QList<Grant> grants(Db &db, qint64 userId);
    /// All grants, by user id.
    static QHash<qint64, QList<Grant>> allGrants(Db &db);
    /// The grant and the id of the user holding it.
    static std::optional<std::pair<qint64, Grant>> grant(Db &db, qint64 grantId);
    static qint64 addGrant(Db &db, qint64 userId, const Grant &g);
    static void removeGrant(Db &db, qint64 grantId);
};

} // namespace relais::server
