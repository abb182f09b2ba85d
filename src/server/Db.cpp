#include "Db.h"

#include "SqliteStatements.h"

#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

namespace relais::server {

namespace {
std::atomic<int> g_connectionCounter{0};
}

Db::Db(DbSettings settings)
    : m_settings(std::move(settings)),
      m_connectionName(QStringLiteral("relais-server-%1").arg(g_connectionCounter.fetch_add(1)))
{
}

Db::~Db() { close(); }

QString Db::errorText(const QSqlError &e, const QString &sql)
{
    QString first = e.databaseText().section(u'\n', 0, 0).trimmed();
    if (first.isEmpty())
        first = e.driverText();
    QString text = QStringLiteral("SQL error");
    if (!e.nativeErrorCode().isEmpty())
        text += QStringLiteral(" [") + e.nativeErrorCode() + u']';
    text += QStringLiteral(": ") + first;
    if (!sql.isEmpty())
        text += QStringLiteral(" (in: ") + sql.simplified().left(80) + u')';
    return text;
}

bool Db::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_settings.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(m_settings.kindName());
        return false;
    }
    if (m_settings.isPostgres()) {
        if (!m_settings.host.isEmpty())
            db.setHostName(m_settings.host);
        if (m_settings.port > 0)
            db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.name);
        if (!m_settings.user.isEmpty())
            db.setUserName(m_settings.user);
        if (!m_settings.password.isEmpty())
            db.setPassword(m_settings.password);
        if (!m_settings.options.isEmpty())
            db.setConnectOptions(m_settings.options);
    } else {
        db.setDatabaseName(m_settings.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open the %1 database: %2")
                     .arg(m_settings.kindName(), db.lastError().databaseText().section(u'\n', 0, 0));
        return false;
    }
    try {
        if (m_settings.isPostgres()) {
            execDirect(QStringLiteral("SET client_min_messages TO WARNING"));
        } else {
            execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
            execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
            execDirect(QStringLiteral("PRAGMA temp_store=MEMORY"));
            execDirect(QStringLiteral("PRAGMA cache_size=-16384"));
            execDirect(QStringLiteral("PRAGMA mmap_size=268435456"));
            // The server's executor checkpoints in the background; a writer does it itself past 64 MB of WAL.
            execDirect(QStringLiteral("PRAGMA wal_autocheckpoint=16384"));
            const QVariant handle = db.driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.constData()))
                throw DbError("the Qt SQLite driver gave no SQLite handle");
            m_sqlite = std::make_unique<SqliteStatements>(*static_cast<sqlite3 *const *>(handle.constData()));
        }
    } catch (const DbError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void Db::close()
{
    m_statements.clear();
    m_sqlite.reset(); // finalized before the connection closes
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Db::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Db::database() const { return QSqlDatabase::database(m_connectionName, false); }

QSqlQuery &Db::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        QSqlQuery &q = *it.value();
        if (q.isActive())
            q.finish();
        return q;
    }
    auto q = std::make_shared<QSqlQuery>(database());
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        m_failed = true;
        throw DbError(errorText(q->lastError(), sql).toStdString());
    }
    m_statements.insert(sql, q);
    return *q;
}

QSqlQuery &Db::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery &q = prepared(sql);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        // A null QString is an empty text here; SQL NULL is an invalid QVariant().
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            q.bindValue(int(i), QVariant(QStringLiteral("")));
        else
            q.bindValue(int(i), v);
    }
    if (!q.exec()) {
        m_failed = true;
        throw DbError(errorText(q.lastError(), sql).toStdString());
    }
    return q;
}

int Db::run(const QString &sql, const QVariantList &args)
{
    if (!m_sqlite)
        return exec(sql, args).numRowsAffected();
    try {
        return m_sqlite->run(sql, args);
    } catch (const DbError &) {
        m_failed = true;
        throw;
    }
}

void Db::execDirect(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        m_failed = true;
        throw DbError(errorText(q.lastError(), sql).toStdString());
    }
}

int Db::chunk(qsizetype remaining)
{
    int n = RowsPerStatement;
    while (n > 1 && n > remaining)
        n /= 2;
    return n;
}

QString Db::marks(int n)
{
    QString out;
    out.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

QString Db::rowMarks(int rows, int columns)
{
    const QString row = QLatin1Char('(') + marks(columns) + QLatin1Char(')');
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        out += row;
    }
    return out;
}

QVariant Db::scalar(const QString &sql, const QVariantList &args, const QVariant &fallback)
{
    QSqlQuery &q = exec(sql, args);
    QVariant v = q.next() ? q.value(0) : fallback;
    q.finish();
    return v;
}

void Db::begin(bool write)
{
    if (m_settings.isPostgres())
        execDirect(QStringLiteral("BEGIN"));
    else
        execDirect(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_inTransaction = true;
}

void Db::commit()
{
    resetStatements();
    execDirect(QStringLiteral("COMMIT"));
    m_inTransaction = false;
}

void Db::rollback() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    resetStatements();
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

void Db::resetStatements()
{
    for (auto &q : m_statements)
        if (q->isActive())
            q->finish();
}

bool Db::ping()
{
    if (!isOpen())
        return false;
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace relais::server
