#pragma once

#include "AccessScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class QComboBox;

namespace relais {

/// The zones a user may choose in an editor (the zones of a newsletter, of a petition...), and how they
/// are named (the server checks every write on its own).
class ZoneChoices
{
    Q_DECLARE_TR_FUNCTIONS(ZoneChoices)
public:
    /// With the account's grants: every country, region and department within a zone where `feature`
    /// (Feature::NewslettersSend, Feature::PetitionsManage...) is granted. Without (never connected): the
    /// departments of the replica's contacts. Country first, then regions each followed by their departments.
    static QStringList granted(const QString &feature, const QList<Grant> &grants, const QSqlDatabase &db);
    /// "France", "Auvergne-Rhône-Alpes", "69 – Rhône"; the code itself when unknown.
    static QString label(const QString &code);
    /// The zone's depth below the country (0 country, 1 region, 2 department), for indenting lists.
    static int depth(const QString &code);
    /// Fills `combo` with `zones` (data: the code), indented under their region when regions are listed too,
    /// regions and the country in bold, and selects `current` (added first when it is not among them: the
    /// zone of a record the user may no longer choose still shows).
    static void fill(QComboBox *combo, QStringList zones, const QString &current);
    /// A sender identity of `senderZone` may sign newsletters of `zone`: its zone or an ancestor of it.
    static bool senderAllowed(const QString &senderZone, const QString &zone);
};

} // namespace relais
