#include "ContactOrder.h"

#include "SqlCipherLibrary.h"
#include "SqlCipherStatement.h"

#include <QHash>
#include <QMutex>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

#include <algorithm>

namespace relais {

namespace {
sqlite3 *handle(const QSqlDatabase &db) { return SqlCipherStatement::connection(db); }
} // namespace

std::shared_ptr<ContactOrder> ContactOrder::forConnection(const QSqlDatabase &db)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<ContactOrder>> orders;
    QMutexLocker lock(&mutex);
    // The key includes the raw handle: a connection name reused after close gets a fresh order.
    const QString key = db.connectionName() + u'@'
        + QString::number(reinterpret_cast<quintptr>(handle(db)), 16);
    if (auto existing = orders.value(key).lock())
        return existing;
    auto order = std::make_shared<ContactOrder>(db);
    orders.insert(key, order);
    return order;
}

ContactOrder::ContactOrder(const QSqlDatabase &db) : m_db(db) {}

bool ContactOrder::ensureLoaded()
{
    sqlite3 *db = handle(m_db);
    if (!db)
        return false;
    if (m_valid && SqlCipherLibrary::instance().total_changes(db) != m_changesSeen)
        m_valid = false; // someone wrote without telling us
    if (!m_valid && !load())
        return false;
    if (!m_ranksValid)
        rebuildRanks();
    return true;
}

bool ContactOrder::load()
{
    QVector<qint64> ids;
    QVector<qint64> maxId;
    SqlCipherStatement count(m_db, "SELECT max(lid) FROM contacts");
    if (count.collectInt64(&maxId) && !maxId.isEmpty())
        ids.reserve(qsizetype(maxId.first()) + 16);
    SqlCipherStatement st(m_db, "SELECT lid FROM contacts ORDER BY sort_key, lid");
    if (!st.collectInt64(&ids))
        return false;
    m_ids = std::move(ids);
    m_valid = true;
    m_ranksValid = false;
    m_changesSeen = SqlCipherLibrary::instance().total_changes(handle(m_db));
    return true;
}

void ContactOrder::rebuildRanks()
{
    qint64 maxId = 0;
    for (qint64 id : std::as_const(m_ids))
        maxId = std::max(maxId, id);
    m_rank.fill(-1, maxId + 1);
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        m_rank[m_ids[i]] = qint32(i);
    m_ranksValid = true;
}

QVector<qint64> ContactOrder::all()
{
    if (!ensureLoaded())
        return {};
    return m_ids;
}

void ContactOrder::sort(QVector<qint64> &ids)
{
    if (!ensureLoaded() || ids.size() < 2)
        return;
    const qsizetype n = m_ids.size();
    auto rankOf = [this](qint64 id) -> qint64 {
        return (id >= 0 && id < m_rank.size() && m_rank[id] >= 0) ? m_rank[id] : std::numeric_limits<qint32>::max();
    };
    if (ids.size() > n / 512) {
        // Large results: mark ranks in a bitmap and read it in order, O(n) with a small constant.
        std::vector<quint64> bits(std::size_t(n / 64 + 1), 0);
        QVector<qint64> unknown;
        for (qint64 id : std::as_const(ids)) {
            const qint64 r = rankOf(id);
            if (r < n)
                bits[std::size_t(r / 64)] |= quint64(1) << (r % 64);
            else
                unknown.append(id);
        }
        ids.clear();
        for (std::size_t w = 0; w < bits.size(); ++w) {
            quint64 word = bits[w];
            while (word) {
                const int b = __builtin_ctzll(word);
                ids.append(m_ids[qsizetype(w * 64 + std::size_t(b))]);
                word &= word - 1;
            }
        }
        ids += unknown;
    } else {
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return rankOf(a) < rankOf(b); });
    }
}

QByteArray ContactOrder::sortKey(qint64 localId)
{
    SqlCipherStatement st(m_db, "SELECT sort_key FROM contacts WHERE lid = ?");
    st.bind(1, localId);
    QByteArray key;
    st.firstText(&key);
    return key;
}

int ContactOrder::positionFor(qint64 localId)
{
    // SQLite compares TEXT with BINARY collation, i.e. memcmp of the UTF-8 bytes: do the same.
    const QByteArray key = sortKey(localId);
    auto less = [&](qint64 existing) {
        const QByteArray k = sortKey(existing);
        return k < key || (k == key && existing < localId);
    };
    qsizetype lo = 0, hi = m_ids.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (less(m_ids[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return int(lo);
}

void ContactOrder::inserted(qint64 localId)
{
    if (!m_valid)
        return;
    m_ids.insert(positionFor(localId), localId);
    m_ranksValid = false;
}

void ContactOrder::removed(qint64 localId)
{
    if (!m_valid)
        return;
    if (!m_ranksValid)
        rebuildRanks();
    const qint32 r = (localId >= 0 && localId < m_rank.size()) ? m_rank[localId] : -1;
    if (r < 0) {
        m_valid = false;
        return;
    }
    m_ids.remove(r);
    m_ranksValid = false;
}

void ContactOrder::moved(qint64 localId)
{
    if (!m_valid)
        return;
    removed(localId);
    if (m_valid)
        inserted(localId);
}

void ContactOrder::acknowledgeWrites()
{
    if (m_valid)
        m_changesSeen = SqlCipherLibrary::instance().total_changes(handle(m_db));
}

} // namespace relais
