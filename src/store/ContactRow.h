#pragma once

#include "Contact.h"

#include <QSqlQuery>
#include <QString>

namespace relais {

/// Mapping between Contact and a row of the `contacts` table.
class ContactRow
{
public:
    /// Every column after lid, in bind order (the insert statement binds them all, then sort_key).
    static const QStringList &columns();
    /// "SELECT lid, <columns> FROM contacts" (append WHERE/ORDER as needed).
    static QString selectSql();
    static QString insertSql();
    static QString updateSql(); ///< binds columns(), sort_key, then lid
    static Contact fromQuery(const QSqlQuery &q);
    /// The values of columns() then sort_key, in order.
    static QVariantList values(const Contact &c);
    /// Binds values() in order.
    static void bind(QSqlQuery &q, const Contact &c);

    static QString isoTime(const QDateTime &t);
    static QDateTime fromIso(const QString &s);
};

} // namespace relais
