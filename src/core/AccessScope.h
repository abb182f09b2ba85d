#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

class ZoneTree;

/// Feature identifiers granted by roles (DESIGN "Permissions").
namespace Feature {
inline const QString ContactsRead = QStringLiteral("contacts.read");
inline const QString ContactsWrite = QStringLiteral("contacts.write");
inline const QString ContactsExport = QStringLiteral("contacts.export");
inline const QString ContactsErase = QStringLiteral("contacts.erase");
inline const QString NewslettersSend = QStringLiteral("newsletters.send");
inline const QString PetitionsManage = QStringLiteral("petitions.manage");
inline const QString CallsManage = QStringLiteral("calls.manage");
inline const QString ProxiesMatch = QStringLiteral("proxies.match");
inline const QString UsersManage = QStringLiteral("users.manage");
inline const QString AuditRead = QStringLiteral("audit.read");
/// Every feature, in display order.
const QStringList &all();
bool isKnown(const QString &feature);
} // namespace Feature

/// A set of features on one zone and everything below it.
struct Grant {
    qint64 id = 0;
    QString zone;        ///< "FR", "R84" or "D69"
    QStringList features;
    QString role;        ///< the named role it came from, or "delegation"
    qint64 grantedBy = 0; ///< user id of the delegating user (0 for the administrator's command line)
    QJsonObject toJson() const;
    static Grant fromJson(const QJsonObject &o);
};

/// What one user may do where: the union of their grants. Used by the server for every check and
/// by the client only to shape its screens.
class AccessScope
{
public:
    AccessScope() = default;
    AccessScope(QList<Grant> grants, const ZoneTree &zones);

    const QList<Grant> &grants() const { return m_grants; }
    bool isEmpty() const { return m_grants.isEmpty(); }
    /// True if a grant holding `feature` covers `zone` (the zone itself or one of its ancestors).
    bool allows(const QString &feature, const QString &zone) const;
    /// True if `feature` is held on at least one zone.
    bool hasFeature(const QString &feature) const;
    /// The buckets the user replicates: every country/region/department zone inside a zone where they may
    /// read contacts, plus the ancestors of those zones. Sorted.
    QStringList buckets() const;
    /// The department buckets among buckets() (where contacts live). Sorted.
    QStringList contactBuckets() const;
    /// True if every feature of `features` is held on a zone containing `zone` (delegation check).
    bool canDelegate(const QStringList &features, const QString &zone) const;

    /// Grants must name a country, region or department and known features.
    static bool validGrant(const Grant &g, const ZoneTree &zones, QString *error);

private:
    QList<Grant> m_grants;
    const ZoneTree *m_zones = nullptr;
};

} // namespace relais
