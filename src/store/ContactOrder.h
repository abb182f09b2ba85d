#pragma once

#include <QSqlDatabase>
#include <QVector>

#include <memory>

namespace relais {

/// The list order of all contacts (last name, first name: contacts.sort_key) kept in memory as a
/// vector of local ids plus each id's rank. With it, the CRM list of a million contacts is one
/// vector, and any search result (unordered ids from the full-text index) is put in list order
/// without asking SQLite to sort: by rank, or by a pass over a bitmap of ranks for large results.
///
/// One instance per database connection (see forConnection()), shared by every repository on it.
/// Single edits are applied in place (binary search over sort keys); bulk writes and writes it did
/// not see (detected with sqlite3_total_changes) make it reload on next use.
class ContactOrder
{
public:
    static std::shared_ptr<ContactOrder> forConnection(const QSqlDatabase &db);
    explicit ContactOrder(const QSqlDatabase &db);

    /// Every contact's local id in list order.
    QVector<qint64> all();
    /// Sorts `ids` into list order (ids unknown to the order go last).
    void sort(QVector<qint64> &ids);

    /// Call after the repository's own writes, inside or after their transaction.
    void inserted(qint64 localId);
    void removed(qint64 localId);
    void moved(qint64 localId); ///< its sort key changed
    void invalidate() { m_valid = false; }
    /// Records that every change on the connection so far is known to this order.
    void acknowledgeWrites();

private:
    bool ensureLoaded();
    bool load();
    void rebuildRanks();
    int positionFor(qint64 localId);
    QByteArray sortKey(qint64 localId);

    QSqlDatabase m_db;
    QVector<qint64> m_ids;
    QVector<qint32> m_rank; ///< indexed by local id; -1 = absent
    bool m_valid = false;
    bool m_ranksValid = false;
    int m_changesSeen = -1;
};

} // namespace relais
