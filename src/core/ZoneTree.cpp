#include "ZoneTree.h"

#include "TextNormalizer.h"

#include <QByteArrayView>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QtDebug>

#include <algorithm>

// The bundled geography lives in a static library: reference its resource explicitly so the linker keeps it.
// Q_INIT_RESOURCE must be used outside any namespace.
static void initGeoResource()
{
    Q_INIT_RESOURCE(geo);
}

namespace relais {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxCodeLength = 16;
constexpr qsizetype PostalCodeLength = 5;

int rank(ZoneType type)
{
    return static_cast<int>(type);
}

bool parentTypeAllowed(ZoneType child, ZoneType parent)
{
    switch (child) {
    case ZoneType::Country:
        return false;
    case ZoneType::Region:
        return parent == ZoneType::Country;
    case ZoneType::Department:
        return parent == ZoneType::Region || parent == ZoneType::Country;
    case ZoneType::Commune:
        return parent == ZoneType::Department;
    }
    return false;
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isCode(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > MaxCodeLength)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return isAsciiDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}

bool isPostalCode(QByteArrayView text)
{
    return text.size() == PostalCodeLength && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

QString latin1(QByteArrayView text)
{
    return QString::fromLatin1(text.data(), text.size());
}

// Splits on a separator, keeping empty fields.
QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(separator, start);
        if (end < 0) {
            parts.append(text.sliced(start));
            return parts;
        }
        parts.append(text.sliced(start, end - start));
        start = end + 1;
    }
}

QString normalizedPostalCode(const QString &postalCode)
{
    QString result = postalCode;
    result.remove(u' ');
    return result;
}

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

bool byPopulationDesc(const Zone *a, const Zone *b)
{
    if (a->population != b->population)
        return a->population > b->population;
    return a->code < b->code;
}

bool byCode(const Zone *a, const Zone *b)
{
    return a->code < b->code;
}

} // namespace

ZoneTree::ZoneTree() = default;
ZoneTree::~ZoneTree() = default;
ZoneTree::ZoneTree(ZoneTree &&other) noexcept = default;
ZoneTree &ZoneTree::operator=(ZoneTree &&other) noexcept = default;

const ZoneTree &ZoneTree::france()
{
    static const ZoneTree tree = [] {
        initGeoResource();
        ZoneTree loaded;
        QFile file(u":/geo/zones.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Relais: cannot open the bundled geography %s: %s", qPrintable(file.fileName()),
                   qPrintable(file.errorString()));
        QString error;
        if (!loaded.loadFromData(file.readAll(), &error))
            qFatal("Relais: the bundled geography %s is broken: %s", qPrintable(file.fileName()),
                   qPrintable(error));
        return loaded;
    }();
    return tree;
}

bool ZoneTree::loadFromData(const QByteArray &tsv, QString *error)
{
    ZoneTree fresh;
    QString message;
    if (!fresh.parse(tsv, &message)) {
        if (error)
            *error = message;
        return false;
    }
    fresh.buildIndexes();
    *this = std::move(fresh);
    if (error)
        error->clear();
    return true;
}

bool ZoneTree::parse(const QByteArray &tsv, QString *error)
{
    QByteArrayView data(tsv);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // UTF-8 byte order mark

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const qsizetype lineEstimate = data.count('\n') + 1;
    QHash<QString, qsizetype> indexByCode;
    indexByCode.reserve(lineEstimate);
    m_zones.reserve(static_cast<size_t>(lineEstimate));
    std::vector<int> lineOf; // line number of each zone, for error messages
    lineOf.reserve(static_cast<size_t>(lineEstimate));
    const auto fail = [error](int line, const QString &what) {
        *error = u"line %1: %2"_s.arg(QString::number(line), what);
        return false;
    };

    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;

        const QList<QByteArrayView> fields = splitView(line, '\t');
        if (fields.size() != 5 && fields.size() != 6)
            return fail(lineNumber, u"expected 6 tab-separated fields (code, type, parent, population, name, "
                                    u"postcodes), found %1"_s.arg(fields.size()));

        Zone zone;
        if (!isCode(fields[0]))
            return fail(lineNumber, u"invalid zone code \"%1\""_s.arg(QString::fromUtf8(fields[0])));
        zone.code = latin1(fields[0]);

        if (fields[1] == "C")
            zone.type = ZoneType::Country;
        else if (fields[1] == "R")
            zone.type = ZoneType::Region;
        else if (fields[1] == "D")
            zone.type = ZoneType::Department;
        else if (fields[1] == "M")
            zone.type = ZoneType::Commune;
        else
            return fail(lineNumber, u"zone %1: invalid type \"%2\" (expected C, R, D or M)"_s.arg(
                                        zone.code, QString::fromUtf8(fields[1])));

        if (zone.type == ZoneType::Country) {
            if (!fields[2].isEmpty())
                return fail(lineNumber, u"zone %1: a country has no parent"_s.arg(zone.code));
        } else {
            if (!isCode(fields[2]))
                return fail(lineNumber, u"zone %1: invalid parent code \"%2\""_s.arg(
                                            zone.code, QString::fromUtf8(fields[2])));
            zone.parentCode = latin1(fields[2]);
        }

        const QByteArrayView population = fields[3];
        if (population.isEmpty() || population.size() > 15
            || !std::all_of(population.begin(), population.end(), isAsciiDigit))
            return fail(lineNumber, u"zone %1: invalid population \"%2\""_s.arg(
                                        zone.code, QString::fromUtf8(population)));
        zone.population = population.toLongLong();

        const QString name = utf8(fields[4]);
        zone.name = name.trimmed();
        if (utf8.hasError())
            return fail(lineNumber, u"zone %1: the name is not valid UTF-8"_s.arg(zone.code));
        if (zone.name.isEmpty())
            return fail(lineNumber, u"zone %1: empty name"_s.arg(zone.code));

        if (fields.size() == 6 && !fields[5].isEmpty()) {
            if (zone.type != ZoneType::Commune)
                return fail(lineNumber, u"zone %1: only communes have postal codes"_s.arg(zone.code));
            const QList<QByteArrayView> postalCodes = splitView(fields[5], ',');
            for (const QByteArrayView postalCode : postalCodes) {
                if (!isPostalCode(postalCode))
                    return fail(lineNumber, u"zone %1: invalid postal code \"%2\""_s.arg(
                                                zone.code, QString::fromUtf8(postalCode)));
                zone.postalCodes.append(latin1(postalCode));
            }
            zone.postalCodes.sort();
            zone.postalCodes.removeDuplicates();
        }

        const auto existing = indexByCode.constFind(zone.code);
        if (existing != indexByCode.cend())
            return fail(lineNumber, u"duplicate zone code %1 (first defined on line %2)"_s.arg(zone.code).arg(
                                        lineOf[static_cast<size_t>(existing.value())]));
        indexByCode.insert(zone.code, static_cast<qsizetype>(m_zones.size()));
        m_zones.push_back(std::move(zone));
        lineOf.push_back(lineNumber);
    }

    if (m_zones.empty()) {
        *error = u"no zones in the data"_s;
        return false;
    }

    // Parents must exist and sit strictly higher in the hierarchy (which also rules out cycles).
    for (size_t i = 0; i < m_zones.size(); ++i) {
        Zone &zone = m_zones[i];
        if (zone.type == ZoneType::Country)
            continue;
        const auto parent = indexByCode.constFind(zone.parentCode);
        if (parent == indexByCode.cend())
            return fail(lineOf[i], u"zone %1: unknown parent %2"_s.arg(zone.code, zone.parentCode));
        const Zone &parentZone = m_zones[static_cast<size_t>(parent.value())];
        if (!parentTypeAllowed(zone.type, parentZone.type))
            return fail(lineOf[i], u"zone %1 (%2) cannot be inside %3 (%4)"_s.arg(
                                       zone.code, zoneTypeName(zone.type), parentZone.code,
                                       zoneTypeName(parentZone.type)));
        zone.parentCode = parentZone.code; // share the string data
    }
    return true;
}

void ZoneTree::buildIndexes()
{
    const auto zoneCount = static_cast<qsizetype>(m_zones.size());
    m_byCode.reserve(zoneCount);
    m_communes.reserve(zoneCount);
    m_communeSearchKeys.reserve(m_zones.size());

    for (Zone &zone : m_zones) {
        const Zone *z = &zone;
        m_byCode.insert(zone.code, z);
        if (!zone.parentCode.isEmpty())
            m_children[zone.parentCode].append(z);
        switch (zone.type) {
        case ZoneType::Country:
            break;
        case ZoneType::Region:
            m_regions.append(z);
            break;
        case ZoneType::Department:
            m_departments.append(z);
            break;
        case ZoneType::Commune:
            m_communes.append(z);
            m_communeSearchKeys.emplace_back(foldForSearch(zone.name), z);
            for (QString &postalCode : zone.postalCodes) {
                auto it = m_byPostalCode.find(postalCode);
                if (it == m_byPostalCode.end())
                    it = m_byPostalCode.insert(postalCode, {});
                else
                    postalCode = it.key(); // share the string data between communes
                it->append(z);
            }
            break;
        }
    }

    // Zones usually come sorted by code (as generated), which makes most of these sorts no-ops.
    const auto sortByCode = [](QList<const Zone *> &list) {
        if (!std::is_sorted(list.cbegin(), list.cend(), byCode))
            std::sort(list.begin(), list.end(), byCode);
    };
    for (auto &list : m_children)
        sortByCode(list);
    for (auto &list : m_byPostalCode)
        std::sort(list.begin(), list.end(), byPopulationDesc);
    m_postalCodes = m_byPostalCode.keys();
    m_postalCodes.sort();

    std::sort(m_regions.begin(), m_regions.end(), [](const Zone *a, const Zone *b) {
        const QString foldedA = foldForSearch(a->name);
        const QString foldedB = foldForSearch(b->name);
        if (foldedA != foldedB)
            return foldedA < foldedB;
        return a->code < b->code;
    });
    sortByCode(m_departments);
    sortByCode(m_communes);
    std::sort(m_communeSearchKeys.begin(), m_communeSearchKeys.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second->code < b.second->code;
    });
}

const Zone *ZoneTree::zone(const QString &code) const
{
    return m_byCode.value(code, nullptr);
}

QList<const Zone *> ZoneTree::children(const QString &code) const
{
    return m_children.value(code);
}

QList<const Zone *> ZoneTree::ancestors(const QString &code) const
{
    QList<const Zone *> result;
    const Zone *current = zone(code);
    while (current && !current->parentCode.isEmpty()) {
        current = zone(current->parentCode);
        if (current)
            result.append(current);
    }
    return result;
}

QList<const Zone *> ZoneTree::descendants(const QString &code) const
{
    QList<const Zone *> result = children(code);
    for (qsizetype i = 0; i < result.size(); ++i) {
        const auto it = m_children.constFind(result.at(i)->code);
        if (it != m_children.cend())
            result.append(it.value());
    }
    return result;
}

QList<const Zone *> ZoneTree::communesForPostalCode(const QString &postalCode) const
{
    return m_byPostalCode.value(normalizedPostalCode(postalCode.trimmed()));
}

QString ZoneTree::departmentOf(const QString &zoneCode) const
{
    for (const Zone *current = zone(zoneCode); current; current = zone(current->parentCode)) {
        if (current->type == ZoneType::Department)
            return current->code;
        if (rank(current->type) < rank(ZoneType::Department))
            break;
    }
    return {};
}

QString ZoneTree::departmentForPostalCode(const QString &postalCode) const
{
    const QList<const Zone *> communes = communesForPostalCode(postalCode);
    return communes.isEmpty() ? QString() : departmentOf(communes.constFirst()->code);
}

bool ZoneTree::isWithin(const QString &code, const QString &ancestorOrSelf) const
{
    if (!m_byCode.contains(ancestorOrSelf))
        return false;
    for (const Zone *current = zone(code); current; current = zone(current->parentCode)) {
        if (current->code == ancestorOrSelf)
            return true;
    }
    return false;
}

QList<const Zone *> ZoneTree::regions() const
{
    return m_regions;
}

QList<const Zone *> ZoneTree::departments() const
{
    return m_departments;
}

const QList<const Zone *> &ZoneTree::communes() const
{
    return m_communes;
}

QList<const Zone *> ZoneTree::searchCommunes(const QString &text, int limit) const
{
    if (limit <= 0)
        return {};
    const QString query = text.trimmed();
    if (query.isEmpty())
        return {};

    QList<const Zone *> matches;
    qsizetype exactCount = 0; // matches[0, exactCount) are exact name matches
    const QString postalPrefix = normalizedPostalCode(query);
    if (isAllDigits(postalPrefix)) {
        QSet<const Zone *> seen;
        for (auto it = std::lower_bound(m_postalCodes.cbegin(), m_postalCodes.cend(), postalPrefix);
             it != m_postalCodes.cend() && it->startsWith(postalPrefix); ++it) {
            const QList<const Zone *> communes = m_byPostalCode.value(*it);
            for (const Zone *commune : communes) {
                if (!seen.contains(commune)) {
                    seen.insert(commune);
                    matches.append(commune);
                }
            }
        }
    } else {
        const QString folded = foldForSearch(query);
        if (folded.isEmpty())
            return {};
        auto it = std::lower_bound(m_communeSearchKeys.cbegin(), m_communeSearchKeys.cend(), folded,
                                   [](const auto &entry, const QString &key) { return entry.first < key; });
        for (; it != m_communeSearchKeys.cend() && it->first.startsWith(folded); ++it) {
            if (it->first.size() == folded.size())
                matches.insert(exactCount++, it->second);
            else
                matches.append(it->second);
        }
    }

    std::sort(matches.begin(), matches.begin() + exactCount, byPopulationDesc);
    const qsizetype wanted = std::min<qsizetype>(limit, matches.size());
    if (exactCount < wanted)
        std::partial_sort(matches.begin() + exactCount, matches.begin() + wanted, matches.end(), byPopulationDesc);
    matches.resize(wanted);
    return matches;
}

int ZoneTree::size() const
{
    return static_cast<int>(m_zones.size());
}

QString ZoneTree::foldForSearch(const QString &text)
{
    return TextNormalizer::fold(text);
}

} // namespace relais
