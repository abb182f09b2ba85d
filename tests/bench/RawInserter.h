#pragma once
// The raw baseline of the benchmarks: contacts written through bare prepared SQLCipher C calls
// (same schema, key and pragmas as the replica, no Qt Sql), to which our own paths are compared.

#include "Contact.h"
#include "SecretKey.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace relais::bench {

struct RawRow {
    std::vector<QByteArray> text; // UTF-8 values, empty QByteArray + null flag
    std::vector<int> kind;        // 0 null, 1 int, 2 text
    std::vector<qint64> ints;
};

RawRow toRaw(const QVariantList &values);

/// Raw baseline: the same rows, the same schema and key, prepared statements on the C API, no Qt.
/// The file must already hold the replica schema (open it once with Replica first).
class RawInserter
{
public:
    RawInserter() = default;
    RawInserter(const RawInserter &) = delete;
    RawInserter &operator=(const RawInserter &) = delete;
    ~RawInserter();
    bool open(const QString &path, const SecretKey &key);
    /// Converts the rows outside the timed part, then times only the inserts (row + search document,
    /// one transaction). Returns ns, or -1.
    qint64 insert(const QList<Contact> &batch);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_ins = nullptr;
    sqlite3_stmt *m_fts = nullptr;
};

} // namespace relais::bench
