#pragma once

#include "Contact.h"
#include "ContactQuery.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

/// The FTS4 index over contacts (`contacts_fts`, docid = contacts.lid).
///
/// Columns: names, contact (emails and phones in E.164 digits and national form), place (commune,
/// postal code, address) and flags. Flags are synthetic tokens for the list filters so that every
/// filter is answered by the index, never by a scan of the table: zone codes of the commune,
/// department and region, membership, granted consents and tags, each prefixed with "9x" so that
/// no word a person types can collide with them.
class ContactSearchIndex
{
public:
    struct Document {
        QString names, contact, place, flags;
    };
    /// How a query is answered: the full-text index for words and small sets, the (zone, membership,
    /// consents) index for department and region filters, the sort key for one or two letters.
    /// The results of the parts are intersected.
    struct Plan {
        QString match;                        ///< FTS MATCH expression, empty when not needed
        QStringList departments;              ///< SQL filter on contacts.zone (with the two below)
        std::optional<Membership> membership; ///< SQL, only with departments
        std::optional<Channel> consent;       ///< SQL, only with departments
        QString namePrefix;                   ///< SQL range on sort_key: last names starting with it
        bool everything() const { return match.isEmpty() && departments.isEmpty() && namePrefix.isEmpty(); }
    };
    static Plan plan(const ContactQuery &query);

    static QString createTableSql();
    static Document document(const Contact &c);
    /// The FTS MATCH expression for a query, or an empty string when it has neither text nor filter.
    static QString matchExpression(const ContactQuery &query);
    /// Flag token for a tag ("Jeunes militants" -> "9xtjeunesmilitants").
    static QString tagToken(const QString &tag);
    /// Re-creates every document from the contacts table.
    static bool rebuild(const QSqlDatabase &db, QString *error);
};

} // namespace relais
