#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace relais {

/// The signatures of petitions (synced records of type "signature") in columns of their own, in the
/// replica's `signatures` table, so that a petition's results (totals, per day, per department, filtered
/// lists) are SQL over indexes: the replica's SQLite (SQLCipher 3.4, SQLite 3.15) has no JSON functions,
/// and parsing up to 100,000 JSON records for every figure would be slow.
///
/// SyncRecordStore keeps it, in the same transaction as the record (a pulled PUT writes the row, every
/// deletion of the record deletes it); the migration that creates the table fills it from `records`.
/// Columns: id, petition_id, department ("D75", ""), day (UTC "YYYY-MM-DD" of confirmed_at, else of
/// signed_at), confirmed_at, optin (0/1), first_name, last_name, email, postal_code and `search` (names and
/// e-mail folded by TextNormalizer, for the text filter).
class SignatureIndex
{
public:
    static constexpr const char *Type = "signature";

    /// The statements creating the table and its indexes.
    static QStringList createSql();
    /// Writes (or rewrites) the columns of the signature `id` from its record data.
    static bool write(const QSqlDatabase &db, const QString &id, const QJsonObject &data, QString *error);
    /// Forgets the signature `id` (no error when it was not there).
    static bool erase(const QSqlDatabase &db, const QString &id, QString *error);
    /// Empties the table and fills it again from the signature records.
    static bool rebuild(const QSqlDatabase &db, QString *error);
    /// UTC day ("2026-05-28") of an ISO date-time; empty when it is not one.
    static QString dayOf(const QString &iso);
};

} // namespace relais
