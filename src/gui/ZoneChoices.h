#pragma once

#include "AccessScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace relais {

/// The zones a user may address newsletters to, and how they are named, for the editor's choices
/// (the server checks every send on its own).
class NewsletterZones
{
    Q_DECLARE_TR_FUNCTIONS(NewsletterZones)
public:
    /// With the account's grants: every country, region and department within a zone where newsletters.send
    /// is granted. Without (never connected): the departments of the replica's contacts. Country first,
    /// then regions each followed by their departments.
    static QStringList sendable(const QList<Grant> &grants, const QSqlDatabase &db);
    /// "France", "Auvergne-Rhône-Alpes", "69 – Rhône"; the code itself when unknown.
    static QString label(const QString &code);
    /// The zone's depth below the country (0 country, 1 region, 2 department), for indenting lists.
    static int depth(const QString &code);
    /// A sender identity of `senderZone` may sign newsletters of `zone`: its zone or an ancestor of it.
    static bool senderAllowed(const QString &senderZone, const QString &zone);
};

} // namespace relais
