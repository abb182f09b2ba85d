#include "ZoneChoices.h"

#include "ZoneTree.h"

#include <QComboBox>
#include <QSet>
#include <QSignalBlocker>

#include <climits>
#include <QSqlQuery>

namespace relais {

QStringList ZoneChoices::granted(const QString &feature, const QList<Grant> &grants, const QSqlDatabase &db)
{
    const ZoneTree &tree = ZoneTree::france();
    QSet<QString> codes;
    for (const Grant &g : grants) {
        if (!g.features.contains(feature) || !tree.zone(g.zone))
            continue;
        codes.insert(g.zone);
        for (const Zone *z : tree.descendants(g.zone))
            if (z->type == ZoneType::Region || z->type == ZoneType::Department)
                codes.insert(z->code);
    }
    if (grants.isEmpty()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT DISTINCT zone FROM contacts")))
            while (q.next())
                if (const Zone *z = tree.zone(q.value(0).toString()); z && z->type == ZoneType::Department)
                    codes.insert(z->code);
    }
    // In the order of the geography: the country, then each region followed by its departments.
    QStringList out;
    if (codes.contains(QStringLiteral("FR")))
        out << QStringLiteral("FR");
    for (const Zone *r : tree.regions()) {
        if (codes.contains(r->code))
            out << r->code;
        for (const Zone *d : tree.children(r->code))
            if (d->type == ZoneType::Department && codes.contains(d->code))
                out << d->code;
    }
    return out;
}

QString ZoneChoices::label(const QString &code)
{
    const Zone *z = ZoneTree::france().zone(code);
    if (!z)
        return code;
    if (z->type == ZoneType::Department)
        return tr("%1 – %2", "department number – name").arg(z->code.mid(1), z->name);
    return z->name;
}

int ZoneChoices::depth(const QString &code)
{
    const Zone *z = ZoneTree::france().zone(code);
    return z ? int(ZoneTree::france().ancestors(code).size()) : 0;
}

void ZoneChoices::fill(QComboBox *combo, QStringList zones, const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!current.isEmpty() && !zones.contains(current))
        zones.prepend(current);
    int top = INT_MAX;
    for (const QString &z : std::as_const(zones))
        top = std::min(top, depth(z));
    for (const QString &z : std::as_const(zones)) {
        const int level = depth(z) - top;
        combo->addItem(QString(3 * level, u' ') + label(z), z);
        if (depth(z) < 2) {
            QFont bold = combo->font();
            bold.setBold(true);
            combo->setItemData(combo->count() - 1, bold, Qt::FontRole);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

bool ZoneChoices::senderAllowed(const QString &senderZone, const QString &zone)
{
    return ZoneTree::france().isWithin(zone, senderZone);
}

} // namespace relais
