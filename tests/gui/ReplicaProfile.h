#pragma once
// A real encrypted desktop profile for GUI tests, whose replica is filled with records as if pulled from the server,
// and the account's grants as SyncController keeps them after GET /me. Each test's fixture derives from it.

#include "ProfileSession.h"
#include "Replica.h"
#include "SyncOp.h"
#include "SyncRecordStore.h"
#include "SyncStore.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <utility>

namespace relais::test {

struct ReplicaProfile {
    QTemporaryDir dir;
    ProfileSession session;
    qint64 opId = 0;

    bool open(const QString &name, const QString &passphrase)
    {
        QString error;
        if (!session.create(dir.filePath(name), passphrase, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
    QSqlDatabase db() const { return session.replica()->database(); }
    /// The account's grants, as SyncController keeps them after GET /me.
    void setGrants(const QList<std::pair<QString, QStringList>> &grants)
    {
        QJsonArray a;
        for (const auto &[zone, features] : grants)
            a.append(QJsonObject{{QStringLiteral("zone"), zone}, {QStringLiteral("features"), QJsonArray::fromStringList(features)}});
        SyncStore(db()).setStateValue(QStringLiteral("account_grants"),
                                      QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
    }
    /// A record as the server sends it (a pulled PUT: version > 0, not dirty).
    bool pull(const QString &type, const QString &bucket, const QJsonObject &data)
    {
        SyncOp op;
        op.opId = ++opId;
        op.bucket = bucket;
        op.type = type;
        op.id = data.value(QLatin1String("id")).toString();
        op.data = data;
        QString error;
        if (!SyncRecordStore(db()).put(op, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
};

} // namespace relais::test
