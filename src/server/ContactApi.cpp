#include "ContactApi.h"

#include "AuditLog.h"
#include "CallPool.h"
#include "ContactStore.h"
#include "CsvDocument.h"
#include "HttpServer.h"
#include "LiveHub.h"
#include "OpLog.h"
#include "PetitionSigning.h"
#include "ProxyWorkflow.h"
#include "ServerClock.h"
#include "ServerLog.h"
#include "SyncService.h"
#include "Zone.h"
#include "ZoneTree.h"

#include <QJsonArray>

namespace relais::server {

namespace {

const char *const IdPattern = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

QString consentText(const QJsonValue &v)
{
    const QJsonValue g = v.toObject().value(QLatin1String("granted"));
    return g.isBool() ? (g.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

QString listText(const QJsonValue &v, const QString &sep)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out.join(sep);
}

const QStringList &csvHeader()
{
    static const QStringList h{
        QStringLiteral("id"),           QStringLiteral("zone"),          QStringLiteral("title"),
        QStringLiteral("first_name"),   QStringLiteral("last_name"),     QStringLiteral("birthdate"),
        QStringLiteral("email"),        QStringLiteral("other_emails"),  QStringLiteral("phone"),
        QStringLiteral("other_phones"), QStringLiteral("address"),       QStringLiteral("postal_code"),
        QStringLiteral("commune_code"), QStringLiteral("membership"),    QStringLiteral("tags"),
        QStringLiteral("notes"),        QStringLiteral("consent_email"), QStringLiteral("consent_phone"),
        QStringLiteral("consent_sms"),  QStringLiteral("created_at"),    QStringLiteral("updated_at")};
    return h;
}

QString csvRow(const QJsonObject &c)
{
    QStringList f;
    for (const QString &name : csvHeader()) {
        const QJsonValue v = c.value(name);
        if (name == QLatin1String("other_emails") || name == QLatin1String("other_phones"))
            f << listText(v, QStringLiteral("; "));
        else if (name == QLatin1String("tags"))
            f << listText(v, QStringLiteral(", "));
        else if (name.startsWith(QLatin1String("consent_")))
            f << consentText(v);
        else
            f << v.toString();
    }
    return CsvWriter::row(f, u',');
}

/// Streams the CSV of every contact of a list of departments, 2,000 rows per database job.
class ExportStream
{
public:
    ExportStream(DbExecutor &db, QStringList departments) : m_db(db), m_departments(std::move(departments)) {}

    bool produce(QByteArray *out)
    {
        if (!m_headerSent) {
            m_headerSent = true;
            *out += "\xEF\xBB\xBF"; // BOM: spreadsheets read the UTF-8 right
            *out += CsvWriter::row(csvHeader(), u',').toUtf8();
            return true;
        }
        while (m_index < m_departments.size()) {
            const QString zone = m_departments.at(m_index);
            const QString after = m_after;
            const auto rows = m_db.read([zone, after](Db &db) {
                QList<QPair<QString, QString>> rows;
                QSqlQuery &q = db.exec(QStringLiteral("SELECT id, data FROM contacts WHERE zone = ? AND id > ?"
                                                      " ORDER BY id LIMIT 2000"),
                                       {zone, after});
                while (q.next())
                    rows.append({q.value(0).toString(), q.value(1).toString()});
                return rows;
            });
            if (rows.size() < 2000) {
                ++m_index;
                m_after.clear();
            } else {
                m_after = rows.last().first;
            }
            if (rows.isEmpty())
                continue;
            QString text;
            for (const auto &row : rows)
                text += csvRow(ContactStore::parse(row.second));
            m_count += rows.size();
            *out += text.toUtf8();
            return true;
        }
        return false;
    }
    qint64 count() const { return m_count; }

private:
    DbExecutor &m_db;
    QStringList m_departments;
    qsizetype m_index = 0;
    QString m_after;
    bool m_headerSent = false;
    qint64 m_count = 0;
};

} // namespace

void ContactApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    using Auth = HttpServer::Auth;

    http.get("/api/v1/contacts/export", "/api/v1/contacts/export", Auth::Required, [&ctx](ApiRequest &r) {
        const QString zone = r.param("zone").trimmed().toUpper();
        const Zone *z = ctx.zones.zone(zone);
        if (!z || z->type == ZoneType::Commune)
            throw ApiError::badRequest(QStringLiteral("zone must be the country, a region or a department"));
        r.require(Feature::ContactsExport, zone);
        QStringList departments;
        if (z->type == ZoneType::Department) {
            departments << zone;
        } else {
            const auto below = ctx.zones.descendants(zone);
            for (const Zone *d : below)
                if (d->type == ZoneType::Department)
                    departments << d->code;
            departments.sort();
        }
        const qint64 actor = r.caller.userId;
        ctx.db.write([&](Db &db) {
            AuditLog::record(db, actor, QStringLiteral("contacts.export"), zone, zone);
        });
        auto stream = std::make_shared<ExportStream>(ctx.db, departments);
        r.res.status = 200;
        r.res.set_header("Content-Disposition", "attachment; filename=\"contacts-" + zone.toStdString() + ".csv\"");
        r.res.set_header("Cache-Control", "no-store");
        r.res.set_chunked_content_provider("text/csv; charset=utf-8", [stream](std::size_t, httplib::DataSink &sink) {
            QByteArray piece;
            bool more;
            try {
                more = stream->produce(&piece);
            } catch (const std::exception &e) {
                ServerLog::error("export_stream_error", {{QStringLiteral("message"), QString::fromUtf8(e.what())}});
                return false;
            }
            if (!piece.isEmpty() && !sink.write(piece.constData(), std::size_t(piece.size())))
                return false;
            if (!more) {
                RequestLogInfo::current().extra.insert(QStringLiteral("rows"), stream->count());
                sink.done();
            }
            return true;
        });
    });

    http.get((std::string("/api/v1/contacts/") + IdPattern).c_str(), "/api/v1/contacts/{id}", Auth::Required,
             [&ctx](ApiRequest &r) {
                 const QString id = r.match(1);
                 const auto c = ctx.db.read([&](Db &db) { return ContactStore::load(db, id); });
                 if (!c)
                     throw ApiError::notFound(QStringLiteral("no such contact"));
                 r.require(Feature::ContactsRead, c->zone);
                 r.json(200, c->data);
             });

    http.post((std::string("/api/v1/contacts/") + IdPattern + "/erase").c_str(), "/api/v1/contacts/{id}/erase",
              Auth::Required, [&ctx](ApiRequest &r) {
                  const QString id = r.match(1);
                  const UserAccess &user = r.user();
                  const qint64 actor = r.caller.userId;
                  enum class Outcome { Erased, NotFound, Forbidden };
                  struct Result {
                      Outcome outcome = Outcome::NotFound;
                      QString zone;
                      qint64 lastOpId = 0;
                  };
                  const Result result = ctx.db.write([&](Db &db) {
                      Result res;
                      Transaction tx(db, true);
                      OpWriter ops(db); // takes the op counter lock first: no push can change the contact meanwhile
                      const auto c = ContactStore::load(db, id);
                      if (c) {
                          res.zone = c->zone;
                      } else if (ContactStore::isDeleted(db, id)) {
                          // Deleted earlier: the ops still hold its data, so erasure still scrubs them.
                          res.zone = db.scalar(QStringLiteral("SELECT bucket FROM ops WHERE subject = ? AND type = 'contact'"
                                                              " ORDER BY op_id DESC LIMIT 1"),
                                               {id})
                                         .toString();
                      }
                      if (res.zone.isEmpty())
                          return res;
                      if (!user.scope.allows(Feature::ContactsErase, res.zone)) {
                          res.outcome = Outcome::Forbidden;
                          return res;
                      }
                      int children = 0;
                      if (c) {
                          const QList<ContactChild> list = ContactStore::children(db, id);
                          for (const ContactChild &child : list) {
                              ops.remove(child.zone, child.type, child.id, id);
                              ContactStore::removeChild(db, child);
                              ContactStore::markErased(db, child.id);
                              ++children;
                          }
                          ops.remove(c->zone, QStringLiteral("contact"), id, id);
                          ContactStore::remove(db, id);
                      }
                      children += PetitionSigning::eraseSigner(db, ops, id);
                      children += CallPool::eraseContact(db, ops, id);
                      children += ProxyWorkflow::eraseContact(db, ops, id, ServerClock::nowMs());
                      ContactStore::markErased(db, id);
                      db.exec(QStringLiteral("DELETE FROM deleted_ids WHERE id = ?"), {id});
                      OpLog::scrubSubject(db, id);
                      AuditLog::record(db, actor, QStringLiteral("contacts.erase"), id, res.zone,
                                       {{QStringLiteral("records"), children + 1}});
                      ops.finish();
                      tx.commit();
                      publishCommitted(db, ops, ctx.hub);
                      res.outcome = Outcome::Erased;
                      res.lastOpId = ops.lastOpId();
                      return res;
                  });
                  if (result.outcome == Outcome::NotFound)
                      throw ApiError::notFound(QStringLiteral("no such contact"));
                  if (result.outcome == Outcome::Forbidden)
                      throw ApiError::forbidden(QStringLiteral("contacts.erase is not granted on ") + result.zone);
                  awaitPublished(ctx.db, ctx.hub, result.lastOpId);
                  r.noContent();
              });
}

} // namespace relais::server
