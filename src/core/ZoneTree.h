#pragma once

#include "Zone.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace relais {

// The French administrative geography: country > regions > departments > communes, with postal codes.
// Read-only once loaded; all const members are safe to call from several threads.
// Zone pointers stay valid for the lifetime of the tree (and across moves), until the next successful
// loadFromData() on the same object.
class ZoneTree
{
public:
    ZoneTree();
    ~ZoneTree();
    ZoneTree(ZoneTree &&other) noexcept;
    ZoneTree &operator=(ZoneTree &&other) noexcept;
    ZoneTree(const ZoneTree &) = delete;
    ZoneTree &operator=(const ZoneTree &) = delete;

    // The bundled geography (:/geo/zones.tsv), loaded once on first use. Aborts (qFatal) if the resource is broken.
    static const ZoneTree &france();

    // Replaces the content with the zones of a zones.tsv file (see tools/geo/generate_geo.py for the format).
    // On failure returns false, sets *error (if given) to a message with the line number, and keeps the
    // previous content.
    bool loadFromData(const QByteArray &tsv, QString *error);

    const Zone *zone(const QString &code) const; // nullptr if unknown
    QList<const Zone *> children(const QString &code) const; // sorted by code
    QList<const Zone *> ancestors(const QString &code) const; // parent first, up to the country
    QList<const Zone *> descendants(const QString &code) const; // all levels below, breadth-first
    QList<const Zone *> communesForPostalCode(const QString &postalCode) const; // most populous first

    QString departmentOf(const QString &zoneCode) const; // "C69123" -> "D69", "D69" -> "D69", else empty
    QString departmentForPostalCode(const QString &postalCode) const; // most populous commune's department
    bool isWithin(const QString &code, const QString &ancestorOrSelf) const; // false if either is unknown

    QList<const Zone *> regions() const; // sorted by name (accent-insensitive)
    QList<const Zone *> departments() const; // sorted by code
    const QList<const Zone *> &communes() const; // sorted by code

    // Communes whose name starts with text (accents, case, hyphens and apostrophes ignored), or, when text is
    // all digits, whose postal code starts with text. Exact name matches first, then most populous first.
    QList<const Zone *> searchCommunes(const QString &text, int limit) const;

    int size() const;

    // Lower-case, accent-free form of a name used for searching: "Saint-Étienne" -> "saint etienne".
    static QString foldForSearch(const QString &text);

private:
    bool parse(const QByteArray &tsv, QString *error);
    void buildIndexes();

    std::vector<Zone> m_zones; // never resized after loading: the indexes point into it
    QHash<QString, const Zone *> m_byCode;
    QHash<QString, QList<const Zone *>> m_children;
    QHash<QString, QList<const Zone *>> m_byPostalCode;
    QStringList m_postalCodes; // sorted, for prefix search
    QList<const Zone *> m_regions;
    QList<const Zone *> m_departments;
    QList<const Zone *> m_communes;
    std::vector<std::pair<QString, const Zone *>> m_communeSearchKeys; // (folded name, commune), sorted
};

} // namespace relais
