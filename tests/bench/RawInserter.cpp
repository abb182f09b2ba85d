#include "RawInserter.h"

#include "ContactRow.h"
#include "ContactSearchIndex.h"
#include "ProfileVault.h"
#include "SqlCipherLibrary.h"
#include "Uuid7.h"

#include <QElapsedTimer>

#include <sqlcipher/sqlite3.h>
#include <sodium.h>

#include <cstdio>

namespace relais::bench {

RawRow toRaw(const QVariantList &values)
{
    RawRow r;
    for (const QVariant &v : values) {
        if (v.isNull()) {
            r.kind.push_back(0);
            r.ints.push_back(0);
            r.text.emplace_back();
        } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong) {
            r.kind.push_back(1);
            r.ints.push_back(v.toLongLong());
            r.text.emplace_back();
        } else {
            r.kind.push_back(2);
            r.ints.push_back(0);
            r.text.push_back(v.toString().toUtf8());
        }
    }
    return r;
}

static void bindRaw(const SqlCipherLibrary &l, sqlite3_stmt *st, const RawRow &r, int offset = 0)
{
    for (std::size_t i = 0; i < r.kind.size(); ++i) {
        const int idx = int(i) + 1 + offset;
        if (r.kind[i] == 0)
            l.bind_null(st, idx);
        else if (r.kind[i] == 1)
            l.bind_int64(st, idx, r.ints[i]);
        else
            l.bind_text(st, idx, r.text[i].constData(), int(r.text[i].size()), SQLITE_STATIC);
    }
}

static bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "raw %s failed: %s\n", what, SqlCipherLibrary::instance().errmsg(db));
    return false;
}

bool RawInserter::open(const QString &path, const SecretKey &key)
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        if (l.open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return false;
        QByteArray hex(65, '\0');
        sodium_bin2hex(hex.data(), 65, key.data(), 32);
        const QByteArray spec = "x'" + hex.left(64) + "'";
        l.key(m_db, spec.constData(), int(spec.size()));
        // The replica's own page size (the file was created by Replica).
        const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(ProfileVault::cipherPageSizeForDatabase(path));
        for (const char *p : {pageSize.constData(), "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                              "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA secure_delete = ON"})
            l.exec(m_db, p, nullptr, nullptr, nullptr);
        const QByteArray insSql = ContactRow::insertSql().toUtf8();
        return check(l.prepare_v2(m_db, insSql.constData(), -1, &m_ins, nullptr), m_db, "prepare")
            && check(l.prepare_v2(m_db, "INSERT INTO contacts_fts (docid, names, contact, place, flags) VALUES (?, ?, ?, ?, ?)",
                                  -1, &m_fts, nullptr), m_db, "prepare fts");
    }
qint64 RawInserter::insert(const QList<Contact> &batch)
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        std::vector<RawRow> rows, docs;
        rows.reserve(std::size_t(batch.size()));
        docs.reserve(std::size_t(batch.size()));
        for (Contact c : batch) {
            c.id = Uuid7::generate();
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            c.dirty = true;
            rows.push_back(toRaw(ContactRow::values(c)));
            const auto d = ContactSearchIndex::document(c);
            docs.push_back(toRaw({d.names, d.contact, d.place, d.flags}));
        }
        QElapsedTimer t;
        t.start();
        l.exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            l.reset(m_ins);
            bindRaw(l, m_ins, rows[i]);
            if (!check(l.step(m_ins), m_db, "insert"))
                return -1;
            l.reset(m_fts);
            l.bind_int64(m_fts, 1, l.last_insert_rowid(m_db));
            bindRaw(l, m_fts, docs[i], 1);
            if (!check(l.step(m_fts), m_db, "insert fts"))
                return -1;
        }
        if (!check(l.exec(m_db, "COMMIT", nullptr, nullptr, nullptr), m_db, "commit"))
            return -1;
        return t.nsecsElapsed();
    }
RawInserter::~RawInserter()
    {
        const SqlCipherLibrary &l = SqlCipherLibrary::instance();
        l.finalize(m_ins);
        l.finalize(m_fts);
        if (m_db)
            l.close_v2(m_db);
    }


} // namespace relais::bench
