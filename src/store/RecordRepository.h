#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace relais {

/// A synced record of a type other than contacts, interactions and conflicts: newsletters (drafts, templates,
/// sent ones), saved audience segments, sender identities. Stored whole as JSON in the replica's `records`
/// table; the server owns the truth and answers a push with the stored row.
struct SyncRecord {
    QString type;      ///< "newsletter", "segment", "sender"
    QString id;        ///< UUIDv7
    QString zone;      ///< the owning zone ("D69", "R84", "FR"): also the sync bucket
    qint64 version = 0; ///< server version (0 = never synced)
    bool dirty = false; ///< local changes not yet acknowledged by the server
    QJsonObject data;  ///< the whole record (includes "id" and "zone")
};

/// Reads and writes generic synced records in the replica. save() writes the row and queues its upload in
/// one transaction (upload_queue: record_type = type, op "put", base_version = version).
class RecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(RecordRepository)
public:
    explicit RecordRepository(const QSqlDatabase &db);

    /// Every record of `type`, most recently updated first ("updated_at" in data, then id).
    QList<SyncRecord> list(const QString &type, QString *error = nullptr) const;
    std::optional<SyncRecord> get(const QString &type, const QString &id) const;
    /// Inserts or replaces: assigns a UUIDv7 id when empty, sets data.id/data.zone/data.updated_at,
    /// marks the row dirty and queues a put. False with a clear error for an empty type or zone.
    bool save(SyncRecord &record, QString *error);
    /// Deletes locally and queues a delete.
    bool remove(const QString &type, const QString &id, QString *error);

private:
    bool transaction(const std::function<bool()> &body, QString *error);
    bool writeRow(const SyncRecord &record, QString *error);
    /// Queues an upload; a put is not queued again while one not yet handed to a push waits.
    bool enqueue(const QString &type, const QString &id, const QString &op, qint64 baseVersion, QString *error);

    QSqlDatabase m_db;
};

} // namespace relais
