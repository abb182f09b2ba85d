#include "PetitionApi.h"

#include "AuditLog.h"
#include "ContactStore.h"
#include "CsvDocument.h"
#include "HttpServer.h"
#include "PetitionSigning.h"
#include "ZoneTree.h"

#include <QDateTime>

namespace relais::server {

namespace {

const char *const IdPattern = "/api/v1/petitions/([0-9a-f-]{36})";

Petition loadPetition(Db &db, const QString &id)
{
    const auto r = RecordStore::load(db, QStringLiteral("petition"), id);
    if (!r)
        throw ApiError::notFound(QStringLiteral("no petition ") + id);
    return Petition::fromRecord(*r);
}

/// Totals are for those who read contacts on the petition's zone or on a zone inside it (a department's
/// cadre follows a national petition).
bool readsWithin(const UserAccess &user, const ZoneTree &zones, const QString &zone)
{
    if (user.scope.allows(Feature::ContactsRead, zone))
        return true;
    for (const Grant &g : user.scope.grants()) {
        if (g.features.contains(Feature::ContactsRead) && zones.isWithin(g.zone, zone))
            return true;
    }
    return false;
}

const QStringList &csvColumns()
{
    static const QStringList c{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                               QStringLiteral("postal_code"), QStringLiteral("department"), QStringLiteral("phone"),
                               QStringLiteral("newsletter_optin"), QStringLiteral("signed_at"), QStringLiteral("confirmed_at")};
    return c;
}

} // namespace

void PetitionApi::registerRoutes(HttpServer &http, ServerContext &ctx)
{
    http.get((std::string(IdPattern) + "/stats").c_str(), "/api/v1/petitions/{id}/stats", HttpServer::Auth::Required,
             [&ctx](ApiRequest &r) {
                 const QString id = r.match(1);
                 const QJsonObject stats = ctx.db.read([&](Db &db) {
                     const Petition p = loadPetition(db, id);
                     if (!readsWithin(r.user(), ctx.zones, p.zone))
                         throw ApiError::forbidden(QStringLiteral("contacts.read is not granted on or within ") + p.zone);
                     return PetitionSigning::stats(db, p);
                 });
                 r.json(200, stats);
             });

    http.get((std::string(IdPattern) + "/signatures\\.csv").c_str(), "/api/v1/petitions/{id}/signatures.csv",
             HttpServer::Auth::Required, [&ctx](ApiRequest &r) {
                 const QString id = r.match(1);
                 if (!r.user().scope.hasFeature(Feature::ContactsExport))
                     throw ApiError::forbidden(QStringLiteral("contacts.export is not granted"));
                 QString zone;
                 qint64 rows = 0;
                 const QByteArray csv = ctx.db.read([&](Db &db) {
                     const Petition p = loadPetition(db, id);
                     zone = p.zone;
                     QString text = QStringLiteral("\xFEFF") + CsvWriter::row(csvColumns(), u',');
                     QSqlQuery &q = db.exec(QStringLiteral("SELECT r.zone, r.data FROM petition_signatures s JOIN records r"
                                                           " ON r.type = 'signature' AND r.id = s.id WHERE s.petition_id = ?"
                                                           " AND s.status = 'confirmed' ORDER BY s.confirmed_at, s.id"),
                                            {id});
                     while (q.next()) {
                         if (!r.user().scope.allows(Feature::ContactsExport, q.value(0).toString()))
                             continue;
                         const QJsonObject d = ContactStore::parse(q.value(1));
                         QStringList fields;
                         for (const QString &c : csvColumns()) {
                             const QJsonValue v = d.value(c);
                             fields << (v.isBool() ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no")) : v.toString());
                         }
                         text += CsvWriter::row(fields, u',');
                         ++rows;
                     }
                     q.finish();
                     return text.toUtf8();
                 });
                 if (rows == 0 && !r.user().scope.allows(Feature::ContactsExport, zone))
                     throw ApiError::forbidden(QStringLiteral("contacts.export is not granted on any zone of this petition's signatures"));
                 ctx.db.write([&](Db &db) {
                     AuditLog::record(db, r.caller.userId, QStringLiteral("petition.export"), id, zone, {{QStringLiteral("rows"), rows}});
                 });
                 r.res.status = 200;
                 r.res.set_header("Cache-Control", "no-store");
                 r.res.set_header("Content-Disposition", "attachment; filename=\"signatures.csv\"");
                 r.res.set_content(csv.toStdString(), "text/csv; charset=utf-8");
             });
}

} // namespace relais::server
