#include "ServerCli.h"

#include "AccessScope.h"
#include "AuditLog.h"
#include "Db.h"
#include "DbSettings.h"
#include "DevCertificate.h"
#include "OrgSettings.h"
#include "Roles.h"
#include "Secrets.h"
#include "ServerConfig.h"
#include "ServerLog.h"
#include "ServerRuntime.h"
#include "ServerSchema.h"
#include "UserStore.h"
#include "ZoneTree.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

namespace relais::server {

namespace {

struct Args {
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
    QString error;

    QString value(const char *name) const { return options.value(QString::fromLatin1(name)); }
    bool has(const char *name) const { return options.contains(QString::fromLatin1(name)); }
    bool flag(const char *name) const { return flags.contains(QString::fromLatin1(name)); }
};

const QSet<QString> &valueOptions()
{
    static const QSet<QString> s{QStringLiteral("data"),         QStringLiteral("database"),
                                 QStringLiteral("listen"),       QStringLiteral("threads"),
                                 QStringLiteral("db-threads"),   QStringLiteral("username"),
                                 QStringLiteral("display-name"), QStringLiteral("zone"),
                                 QStringLiteral("role"),         QStringLiteral("features"),
                                 QStringLiteral("grant-id")};
    return s;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> s{QStringLiteral("password-stdin"), QStringLiteral("help")};
    return s;
}

Args parse(const QStringList &arguments)
{
    Args a;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h")) {
            a.flags.insert(QStringLiteral("help"));
        } else if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (flagOptions().contains(name)) {
                a.flags.insert(name);
            } else if (valueOptions().contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size()) {
                        a.error = QStringLiteral("option --%1 needs a value").arg(name);
                        return a;
                    }
                    value = arguments.at(++i);
                }
                a.options.insert(name, value);
            } else {
                a.error = QStringLiteral("unknown option --%1").arg(name);
                return a;
            }
        } else {
            a.positional << arg;
        }
    }
    return a;
}

void out(const QString &line)
{
    const QByteArray b = line.toUtf8();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    const QByteArray b = (QStringLiteral("relais-server: ") + message).toUtf8();
    std::fwrite(b.constData(), 1, std::size_t(b.size()), stderr);
    std::fputc('\n', stderr);
    return 1;
}

/// The database settings from --database, else server.json of --data, else DIR/relais.db.
bool databaseFor(const Args &a, DbSettings *settings, QString *error)
{
    QString url = a.value("database");
    QString dataDir = a.value("data");
    if (url.isEmpty()) {
        if (dataDir.isEmpty()) {
            *error = QStringLiteral("--data DIR (or --database URL) is required");
            return false;
        }
        ServerConfig config;
        if (!ServerConfig::load(dataDir, &config, error))
            return false;
        url = config.database;
        if (url.isEmpty()) {
            *settings = DbSettings::sqliteFile(config.sqlitePath());
            return true;
        }
    }
    const auto parsed = DbSettings::fromUrl(url, error);
    if (!parsed)
        return false;
    *settings = *parsed;
    return true;
}

/// Opens the database of the command line and brings its schema up to date.
bool openAdminDb(const Args &a, Db &db, QString *error)
{
    if (!db.open(error))
        return false;
    try {
        return ServerSchema::migrate(db, error);
    } catch (const DbError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

std::unique_ptr<Db> adminDb(const Args &a, QString *error)
{
    DbSettings settings;
    if (!databaseFor(a, &settings, error))
        return nullptr;
    auto db = std::make_unique<Db>(settings);
    if (!openAdminDb(a, *db, error))
        return nullptr;
    return db;
}

/// Tells running servers (PostgreSQL) to drop their cached permissions of a user.
void notifyGrantChange(Db &db, qint64 userId)
{
    if (db.isPostgres())
        db.exec(QStringLiteral("SELECT pg_notify('relais_grants', ?)"), {QString::number(userId)});
}

QString readPasswordFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    QString pw = QString::fromStdString(line);
    while (pw.endsWith(u'\r') || pw.endsWith(u'\n'))
        pw.chop(1);
    return pw;
}

int cmdInit(const Args &a)
{
    const QString dir = a.value("data");
    if (dir.isEmpty())
        return fail(QStringLiteral("init needs --data DIR"));
    if (ServerConfig::exists(dir))
        return fail(QStringLiteral("%1 is already initialised (server.json exists)").arg(dir));
    QString error;
    DbSettings settings;
    ServerConfig config;
    config.dataDir = QDir(dir).absolutePath();
    if (a.has("database")) {
        const auto parsed = DbSettings::fromUrl(a.value("database"), &error);
        if (!parsed)
            return fail(error);
        settings = *parsed;
        config.database = a.value("database");
    } else {
        settings = DbSettings::sqliteFile(config.sqlitePath());
    }
    if (a.has("listen"))
        config.listen = a.value("listen");
    if (!QDir().mkpath(config.dataDir))
        return fail(QStringLiteral("cannot create ") + dir);
    QFile::setPermissions(config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!DevCertificate::generate(config.certPath(), config.keyPath(), &error))
        return fail(error);

    Db db(settings);
    if (!openAdminDb(a, db, &error))
        return fail(error);
    const QString password = Secrets::newPassword();
    try {
        Transaction tx(db, true);
        if (UserStore::byName(db, QStringLiteral("admin")))
            return fail(QStringLiteral("the database already has an admin account"));
        const QString hash = Secrets::hashPassword(password);
        if (hash.isEmpty())
            return fail(QStringLiteral("cannot hash the password (out of memory?)"));
        const qint64 id = UserStore::add(db, QStringLiteral("admin"), QStringLiteral("Administrator"), hash);
        AuditLog::record(db, 0, QStringLiteral("user.add"), QString::number(id));
        Grant g;
        g.zone = QStringLiteral("FR");
        g.features = *Roles::features(QStringLiteral("admin"));
        g.role = QStringLiteral("admin");
        const qint64 gid = UserStore::addGrant(db, id, g);
        AuditLog::record(db, 0, QStringLiteral("grant.add"), QString::number(id), g.zone,
                         {{QStringLiteral("grant_id"), gid}, {QStringLiteral("role"), g.role}});
        tx.commit();
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    db.close();
    if (!config.save(&error))
        return fail(error);
    out(QStringLiteral("initialised %1 (%2 database, self-signed certificate for localhost)")
            .arg(config.dataDir, settings.kindName()));
    out(QStringLiteral("admin password: ") + password);
    // What a client shows before trusting this self-signed certificate: hand it to the users.
    out(QStringLiteral("certificate SHA-256 fingerprint: ") + DevCertificate::sha256Fingerprint(config.certPath()));
    return 0;
}

int cmdServe(const Args &a)
{
    const QString dir = a.value("data");
    if (dir.isEmpty())
        return fail(QStringLiteral("serve needs --data DIR"));
    ServerConfig config;
    QString error;
    if (!ServerConfig::load(dir, &config, &error))
        return fail(error);
    if (a.has("database"))
        config.database = a.value("database");
    if (a.has("listen"))
        config.listen = a.value("listen");
    if (a.has("threads")) {
        bool ok = false;
        config.httpThreads = a.value("threads").toInt(&ok);
        if (!ok || config.httpThreads < 2 || config.httpThreads > 10000)
            return fail(QStringLiteral("--threads takes a number from 2 to 10000"));
    }
    if (a.has("db-threads")) {
        bool ok = false;
        config.dbThreads = a.value("db-threads").toInt(&ok);
        if (!ok || config.dbThreads < 1 || config.dbThreads > 64)
            return fail(QStringLiteral("--db-threads takes a number from 1 to 64"));
    }
    return ServerRuntime::serve(config);
}

int cmdUser(const Args &a)
{
    const QString sub = a.positional.value(1);
    QString error;
    auto db = adminDb(a, &error);
    if (!db)
        return fail(error);
    try {
        if (sub == QLatin1String("list")) {
            const auto users = UserStore::all(*db);
            out(QStringLiteral("id\tusername\tdisplay name\tstatus"));
            for (const UserRecord &u : users)
                out(QStringLiteral("%1\t%2\t%3\t%4")
                        .arg(u.id)
                        .arg(u.username, u.displayName,
                             u.disabled ? QStringLiteral("disabled") : QStringLiteral("active")));
            return 0;
        }
        const QString username = UserStore::normalizeUsername(a.value("username"));
        if (username.isEmpty())
            return fail(QStringLiteral("user %1 needs --username U").arg(sub));
        if (sub == QLatin1String("add")) {
            if (!UserStore::validUsername(username))
                return fail(QStringLiteral("a user name has 1 to 64 characters among a-z 0-9 . _ - @"));
            const bool generated = !a.flag("password-stdin");
            const QString password = generated ? Secrets::newPassword() : readPasswordFromStdin();
            if (password.size() < 8)
                return fail(QStringLiteral("the password needs at least 8 characters"));
            const QString hash = Secrets::hashPassword(password);
            Transaction tx(*db, true);
            if (UserStore::byName(*db, username))
                return fail(QStringLiteral("user %1 already exists").arg(username));
            const qint64 id = UserStore::add(*db, username, a.value("display-name"), hash);
            AuditLog::record(*db, 0, QStringLiteral("user.add"), QString::number(id));
            tx.commit();
            out(QStringLiteral("user %1 created with id %2").arg(username).arg(id));
            if (generated)
                out(QStringLiteral("password: ") + password);
            return 0;
        }
        const auto user = UserStore::byName(*db, username);
        if (!user)
            return fail(QStringLiteral("no user %1").arg(username));
        if (sub == QLatin1String("passwd")) {
            const bool generated = !a.flag("password-stdin");
            const QString password = generated ? Secrets::newPassword() : readPasswordFromStdin();
            if (password.size() < 8)
                return fail(QStringLiteral("the password needs at least 8 characters"));
            const QString hash = Secrets::hashPassword(password);
            Transaction tx(*db, true);
            UserStore::setPassword(*db, user->id, hash);
            db->exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ?"), {user->id});
            AuditLog::record(*db, 0, QStringLiteral("user.passwd"), QString::number(user->id));
            tx.commit();
            out(QStringLiteral("password of %1 changed; its sessions are revoked").arg(username));
            if (generated)
                out(QStringLiteral("password: ") + password);
            return 0;
        }
        if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
            const bool disable = sub == QLatin1String("disable");
            Transaction tx(*db, true);
            UserStore::setDisabled(*db, user->id, disable);
            AuditLog::record(*db, 0, disable ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                             QString::number(user->id));
            notifyGrantChange(*db, user->id);
            tx.commit();
            out(QStringLiteral("user %1 %2").arg(username, disable ? QStringLiteral("disabled") : QStringLiteral("enabled")));
            return 0;
        }
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(QStringLiteral("unknown user subcommand (add, list, passwd, disable, enable)"));
}

void printGrant(const Grant &g)
{
    out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
            .arg(g.id)
            .arg(g.zone, g.role, g.features.join(u','))
            .arg(g.grantedBy));
}

int cmdRole(const Args &a)
{
    const QString sub = a.positional.value(1);
    QString error;
    auto db = adminDb(a, &error);
    if (!db)
        return fail(error);
    const ZoneTree &zones = ZoneTree::france();
    try {
        if (sub == QLatin1String("revoke")) {
            bool ok = false;
            const qint64 grantId = a.value("grant-id").toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("role revoke needs --grant-id N"));
            Transaction tx(*db, true);
            const auto g = UserStore::grant(*db, grantId);
            if (!g)
                return fail(QStringLiteral("no grant %1").arg(grantId));
            UserStore::removeGrant(*db, grantId);
            AuditLog::record(*db, 0, QStringLiteral("grant.revoke"), QString::number(g->first), g->second.zone,
                             {{QStringLiteral("grant_id"), grantId}, {QStringLiteral("role"), g->second.role}});
            notifyGrantChange(*db, g->first);
            tx.commit();
            out(QStringLiteral("grant %1 revoked").arg(grantId));
            return 0;
        }
        const QString username = UserStore::normalizeUsername(a.value("username"));
        if (username.isEmpty())
            return fail(QStringLiteral("role %1 needs --username U").arg(sub));
        const auto user = UserStore::byName(*db, username);
        if (!user)
            return fail(QStringLiteral("no user %1").arg(username));
        if (sub == QLatin1String("list")) {
            out(QStringLiteral("grant id\tzone\trole\tfeatures\tgranted by"));
            const auto grants = UserStore::grants(*db, user->id);
            for (const Grant &g : grants)
                printGrant(g);
            return 0;
        }
        if (sub == QLatin1String("grant")) {
            Grant g;
            g.zone = a.value("zone").trimmed().toUpper();
            g.grantedBy = 0;
            if (a.has("role") == a.has("features"))
                return fail(QStringLiteral("role grant needs either --role R or --features a,b,c"));
            if (a.has("role")) {
                g.role = a.value("role").trimmed().toLower();
                const auto features = Roles::features(g.role);
                if (!features)
                    return fail(QStringLiteral("unknown role %1 (%2)").arg(g.role, Roles::names().join(QStringLiteral(", "))));
                if (features->isEmpty()) {
                    out(QStringLiteral("the volunteer role has no zone grant: %1 sees only the contacts they claim")
                            .arg(username));
                    return 0;
                }
                if (!Roles::fitsZone(g.role, g.zone, zones, &error))
                    return fail(error);
                g.features = *features;
            } else {
                g.role = QStringLiteral("custom");
                const QStringList features = a.value("features").split(u',', Qt::SkipEmptyParts);
                for (const QString &f : features)
                    if (!g.features.contains(f.trimmed()))
                        g.features << f.trimmed();
            }
            if (!AccessScope::validGrant(g, zones, &error))
                return fail(error);
            Transaction tx(*db, true);
            g.id = UserStore::addGrant(*db, user->id, g);
            AuditLog::record(*db, 0, QStringLiteral("grant.add"), QString::number(user->id), g.zone,
                             {{QStringLiteral("grant_id"), g.id}, {QStringLiteral("role"), g.role},
                              {QStringLiteral("features"), g.features.join(u',')}});
            notifyGrantChange(*db, user->id);
            tx.commit();
            out(QStringLiteral("grant %1: %2 on %3 for %4").arg(g.id).arg(g.role, g.zone, username));
            return 0;
        }
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(QStringLiteral("unknown role subcommand (grant, revoke, list)"));
}

int cmdSettings(const Args &a)
{
    const QString sub = a.positional.value(1);
    const QString value = a.positional.value(2);
    if (sub != QLatin1String("tracking") || (value != QLatin1String("on") && value != QLatin1String("off")
                                             && !value.isEmpty()))
        return fail(QStringLiteral("settings takes: tracking [on|off]"));
    QString error;
    auto db = adminDb(a, &error);
    if (!db)
        return fail(error);
    try {
        if (value.isEmpty()) {
            out(QStringLiteral("tracking %1").arg(OrgSettings::trackingEnabled(*db) ? QStringLiteral("on") : QStringLiteral("off")));
            return 0;
        }
        Transaction tx(*db, true);
        OrgSettings::setTrackingEnabled(*db, value == QLatin1String("on"));
        AuditLog::record(*db, 0, QStringLiteral("settings.tracking"), value);
        tx.commit();
        out(QStringLiteral("tracking %1").arg(value));
        return 0;
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

} // namespace

QString ServerCli::usage()
{
    return QStringLiteral(
        "Usage: relais-server <command> [options]\n"
        "\n"
        "Commands:\n"
        "  init   --data DIR [--database URL] [--listen HOST:PORT]\n"
        "         Creates DIR (mode 0700), a self-signed development certificate, server.json, the database\n"
        "         schema and an 'admin' account; prints 'admin password: <password>' once.\n"
        "  serve  --data DIR [--listen 127.0.0.1:PORT] [--database URL] [--threads N] [--db-threads N]\n"
        "         Serves the HTTPS API (port 0 picks a free port); prints 'listening on https://HOST:PORT'.\n"
        "         SIGTERM or SIGINT shuts it down gracefully.\n"
        "  user add      --data DIR --username U [--display-name N] [--password-stdin]\n"
        "  user list     --data DIR\n"
        "  user passwd   --data DIR --username U [--password-stdin]\n"
        "  user disable  --data DIR --username U\n"
        "  user enable   --data DIR --username U\n"
        "  role grant    --data DIR --username U --zone ZONE (--role admin|national|regional|cadre|volunteer\n"
        "                | --features a,b,c)\n"
        "  role revoke   --data DIR --grant-id N\n"
        "  role list     --data DIR --username U\n"
        "  settings tracking [on|off] --data DIR\n"
        "                Shows or sets whether newsletters count opens and clicks (organisation-wide).\n"
        "\n"
        "Admin commands work directly on the database of --data (or of --database URL).\n"
        "Database URLs: postgresql://user@host:port/db, postgresql:///db?host=/socket/dir, sqlite:///path/file.db\n"
        "Without a password option, user add and user passwd print a generated password.\n"
        "Features: contacts.read contacts.write contacts.export contacts.erase newsletters.send petitions.manage\n"
        "          calls.manage proxies.match users.manage audit.read\n");
}

int ServerCli::run(const QStringList &arguments)
{
    ServerLog::installQtMessageHandler();
    if (!Secrets::init())
        return fail(QStringLiteral("libsodium cannot start"));
    const Args a = parse(arguments);
    if (!a.error.isEmpty())
        return fail(a.error + QStringLiteral("\n") + usage());
    const QString command = a.positional.value(0);
    if (a.flag("help") || command.isEmpty() || command == QLatin1String("help")) {
        std::fputs(usage().toUtf8().constData(), stdout);
        return command.isEmpty() && !a.flag("help") ? 2 : 0;
    }
    if (command == QLatin1String("init"))
        return cmdInit(a);
    if (command == QLatin1String("serve"))
        return cmdServe(a);
    if (command == QLatin1String("user"))
        return cmdUser(a);
    if (command == QLatin1String("role"))
        return cmdRole(a);
    if (command == QLatin1String("settings"))
        return cmdSettings(a);
    return fail(QStringLiteral("unknown command %1\n").arg(command) + usage());
}

} // namespace relais::server
