#include "ZoneTree.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using relais::Zone;
using relais::ZoneTree;
using relais::ZoneType;

namespace {

QStringList codesOf(const QList<const Zone *> &zones)
{
    QStringList codes;
    codes.reserve(zones.size());
    for (const Zone *zone : zones)
        codes.append(zone->code);
    return codes;
}

qsizetype countOfType(const QList<const Zone *> &zones, ZoneType type)
{
    return std::count_if(zones.cbegin(), zones.cend(), [type](const Zone *zone) { return zone->type == type; });
}

// A small valid tree used by the loadFromData tests.
QByteArray smallTree()
{
    return QByteArrayLiteral("# comment\n"
                             "FR\tC\t\t300\tFrance\t\n"
                             "R84\tR\tFR\t300\tAuvergne-Rh\xC3\xB4ne-Alpes\t\n"
                             "D69\tD\tR84\t300\tRh\xC3\xB4ne\t\n"
                             "C69123\tM\tD69\t200\tLyon\t69001,69002\n"
                             "C69259\tM\tD69\t100\tV\xC3\xA9nissieux\t69200\n");
}

} // namespace

class TestZoneTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void lookups();
    void populations();
    void postalCodes();
    void postalCodes_data();
    void ancestors();
    void descendants();
    void isWithin();
    void departmentOf();
    void departmentForPostalCode();
    void regionsAndDepartmentsSorted();
    void searchCommunes();
    void foldForSearch();
    void unknownCodes();
    void loadSmallTree();
    void badInput_data();
    void badInput();
    void failedLoadKeepsContent();
    void zoneTypeNames();

private:
    const ZoneTree *m_france = nullptr;
};

void TestZoneTree::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_france = &ZoneTree::france();
    qInfo("bundled geography: %d zones loaded in %lld ms", m_france->size(), timer.elapsed());
    QVERIFY(m_france == &ZoneTree::france()); // loaded once
}

void TestZoneTree::counts()
{
    const ZoneTree &tree = *m_france;
    QCOMPARE(tree.regions().size(), 26);
    QCOMPARE(tree.departments().size(), 109);
    QVERIFY2(tree.communes().size() > 34000, qPrintable(QString::number(tree.communes().size())));
    QCOMPARE(tree.size(), 1 + 26 + 109 + tree.communes().size());

    const Zone *fr = tree.zone(u"FR"_s);
    QVERIFY(fr);
    QCOMPARE(fr->type, ZoneType::Country);
    QVERIFY(fr->parentCode.isEmpty());
    // Exactly one country: every region and department without region hangs below FR.
    QCOMPARE(tree.descendants(u"FR"_s).size(), tree.size() - 1);
    QCOMPARE(countOfType(tree.children(u"FR"_s), ZoneType::Region), 26);
}

void TestZoneTree::lookups()
{
    const ZoneTree &tree = *m_france;
    const Zone *rhone = tree.zone(u"D69"_s);
    QVERIFY(rhone);
    QCOMPARE(rhone->name, u"Rhône"_s);
    QCOMPARE(rhone->type, ZoneType::Department);
    QCOMPARE(rhone->parentCode, u"R84"_s);

    const Zone *lyon = tree.zone(u"C69123"_s);
    QVERIFY(lyon);
    QCOMPARE(lyon->name, u"Lyon"_s);
    QCOMPARE(lyon->type, ZoneType::Commune);
    QCOMPARE(lyon->parentCode, u"D69"_s);
    QVERIFY(lyon->postalCodes.contains(u"69001"_s));
    QVERIFY(lyon->population > 400000);

    const Zone *ara = tree.zone(u"R84"_s);
    QVERIFY(ara);
    QCOMPARE(ara->name, u"Auvergne-Rhône-Alpes"_s);
    QCOMPARE(ara->parentCode, u"FR"_s);

    const Zone *corse = tree.zone(u"D2A"_s);
    QVERIFY(corse);
    QCOMPARE(corse->name, u"Corse-du-Sud"_s);
    QCOMPARE(tree.zone(u"C2A004"_s)->name, u"Ajaccio"_s);
    QVERIFY(tree.zone(u"D971"_s)); // Guadeloupe

    // Arrondissements municipaux and communes déléguées are not zones.
    QVERIFY(!tree.zone(u"C69381"_s));
    QVERIFY(!tree.zone(u"C75101"_s));
}

void TestZoneTree::populations()
{
    const ZoneTree &tree = *m_france;
    const auto sumOfChildren = [&tree](const QString &code) {
        qint64 sum = 0;
        for (const Zone *child : tree.children(code))
            sum += child->population;
        return sum;
    };
    QCOMPARE(tree.zone(u"D69"_s)->population, sumOfChildren(u"D69"_s));
    QCOMPARE(tree.zone(u"R84"_s)->population, sumOfChildren(u"R84"_s));
    QCOMPARE(tree.zone(u"FR"_s)->population, sumOfChildren(u"FR"_s));
    QVERIFY(tree.zone(u"FR"_s)->population > 60'000'000);
}

void TestZoneTree::postalCodes_data()
{
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("name");
    QTest::newRow("Lyon 1er") << u"69001"_s << u"C69123"_s << u"Lyon"_s;
    QTest::newRow("Lyon 9e") << u"69009"_s << u"C69123"_s << u"Lyon"_s;
    QTest::newRow("Paris 1er") << u"75001"_s << u"C75056"_s << u"Paris"_s;
    QTest::newRow("Paris 16e bis") << u"75116"_s << u"C75056"_s << u"Paris"_s;
    QTest::newRow("spaces") << u" 75 001 "_s << u"C75056"_s << u"Paris"_s;
    QTest::newRow("Ajaccio") << u"20000"_s << u"C2A004"_s << u"Ajaccio"_s;
}

void TestZoneTree::postalCodes()
{
    QFETCH(QString, postalCode);
    QFETCH(QString, commune);
    QFETCH(QString, name);
    const QList<const Zone *> communes = m_france->communesForPostalCode(postalCode);
    QVERIFY(!communes.isEmpty());
    QCOMPARE(communes.constFirst()->code, commune);
    QCOMPARE(communes.constFirst()->name, name);
    for (qsizetype i = 1; i < communes.size(); ++i)
        QVERIFY(communes.at(i - 1)->population >= communes.at(i)->population);
}

void TestZoneTree::ancestors()
{
    const ZoneTree &tree = *m_france;
    QCOMPARE(codesOf(tree.ancestors(u"C69123"_s)), (QStringList{u"D69"_s, u"R84"_s, u"FR"_s}));
    QCOMPARE(codesOf(tree.ancestors(u"D69"_s)), (QStringList{u"R84"_s, u"FR"_s}));
    QCOMPARE(codesOf(tree.ancestors(u"R84"_s)), QStringList{u"FR"_s});
    QVERIFY(tree.ancestors(u"FR"_s).isEmpty());
}

void TestZoneTree::descendants()
{
    const ZoneTree &tree = *m_france;
    const QList<const Zone *> below = tree.descendants(u"R84"_s);
    const QStringList codes = codesOf(below);
    QVERIFY(codes.contains(u"D69"_s));
    QVERIFY(codes.contains(u"D01"_s));
    QVERIFY(codes.contains(u"C69123"_s));
    QVERIFY(!codes.contains(u"R84"_s));
    QVERIFY(!codes.contains(u"D75"_s));
    QVERIFY(!codes.contains(u"C75056"_s));
    QCOMPARE(countOfType(below, ZoneType::Department), 12);

    // Breadth-first: all departments before any commune.
    qsizetype lastDepartment = -1;
    qsizetype firstCommune = below.size();
    for (qsizetype i = 0; i < below.size(); ++i) {
        if (below.at(i)->type == ZoneType::Department)
            lastDepartment = i;
        else if (firstCommune == below.size())
            firstCommune = i;
    }
    QVERIFY(lastDepartment < firstCommune);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size()); // no duplicates

    QVERIFY(tree.descendants(u"C69123"_s).isEmpty());
    QCOMPARE(tree.descendants(u"D69"_s), tree.children(u"D69"_s));
}

void TestZoneTree::isWithin()
{
    const ZoneTree &tree = *m_france;
    QVERIFY(tree.isWithin(u"C69123"_s, u"C69123"_s));
    QVERIFY(tree.isWithin(u"C69123"_s, u"D69"_s));
    QVERIFY(tree.isWithin(u"C69123"_s, u"R84"_s));
    QVERIFY(tree.isWithin(u"C69123"_s, u"FR"_s));
    QVERIFY(tree.isWithin(u"D69"_s, u"R84"_s));
    QVERIFY(!tree.isWithin(u"C69123"_s, u"D75"_s));
    QVERIFY(!tree.isWithin(u"C69123"_s, u"R11"_s));
    QVERIFY(!tree.isWithin(u"D69"_s, u"C69123"_s)); // not the other way round
    QVERIFY(!tree.isWithin(u"R84"_s, u"D69"_s));
    QVERIFY(!tree.isWithin(u"C99999"_s, u"FR"_s));
    QVERIFY(!tree.isWithin(u"C69123"_s, u"XX"_s));
    QVERIFY(!tree.isWithin(QString(), QString()));
}

void TestZoneTree::departmentOf()
{
    const ZoneTree &tree = *m_france;
    QCOMPARE(tree.departmentOf(u"C69123"_s), u"D69"_s);
    QCOMPARE(tree.departmentOf(u"D69"_s), u"D69"_s);
    QCOMPARE(tree.departmentOf(u"C2A004"_s), u"D2A"_s);
    QVERIFY(tree.departmentOf(u"R84"_s).isEmpty());
    QVERIFY(tree.departmentOf(u"FR"_s).isEmpty());
    QVERIFY(tree.departmentOf(u"C99999"_s).isEmpty());
}

void TestZoneTree::departmentForPostalCode()
{
    const ZoneTree &tree = *m_france;
    QCOMPARE(tree.departmentForPostalCode(u"69001"_s), u"D69"_s);
    QCOMPARE(tree.departmentForPostalCode(u"75001"_s), u"D75"_s);
    QCOMPARE(tree.departmentForPostalCode(u"20000"_s), u"D2A"_s);
    QCOMPARE(tree.departmentForPostalCode(u"97110"_s), u"D971"_s); // Pointe-à-Pitre
    QVERIFY(tree.departmentForPostalCode(u"00000"_s).isEmpty());
    QVERIFY(tree.departmentForPostalCode(u"6900"_s).isEmpty());
    QVERIFY(tree.departmentForPostalCode(QString()).isEmpty());
}

void TestZoneTree::regionsAndDepartmentsSorted()
{
    const ZoneTree &tree = *m_france;
    const QList<const Zone *> regions = tree.regions();
    for (qsizetype i = 1; i < regions.size(); ++i)
        QVERIFY2(ZoneTree::foldForSearch(regions.at(i - 1)->name) <= ZoneTree::foldForSearch(regions.at(i)->name),
                 qPrintable(regions.at(i)->name));
    QCOMPARE(regions.constFirst()->name, u"Auvergne-Rhône-Alpes"_s);
    // "Île-de-France" sorts with the I's, not after "Z".
    const QStringList regionCodes = codesOf(regions);
    QVERIFY(regionCodes.indexOf(u"R11"_s) < regionCodes.indexOf(u"R04"_s)); // Île-de-France < La Réunion

    const QList<const Zone *> departments = tree.departments();
    for (qsizetype i = 1; i < departments.size(); ++i)
        QVERIFY(departments.at(i - 1)->code < departments.at(i)->code);
    QCOMPARE(departments.constFirst()->code, u"D01"_s);
    for (const Zone *department : departments)
        QCOMPARE(department->type, ZoneType::Department);
}

void TestZoneTree::searchCommunes()
{
    const ZoneTree &tree = *m_france;
    QList<const Zone *> found = tree.searchCommunes(u"lyon"_s, 5);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() <= 5);
    QCOMPARE(found.constFirst()->code, u"C69123"_s);

    found = tree.searchCommunes(u"saint-etienne"_s, 3);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.constFirst()->name, u"Saint-Étienne"_s);

    found = tree.searchCommunes(u"  SAINT ÉTIEN"_s, 10);
    QCOMPARE(found.size(), 10);
    QCOMPARE(found.constFirst()->name, u"Saint-Étienne"_s);
    for (const Zone *zone : found)
        QVERIFY2(ZoneTree::foldForSearch(zone->name).startsWith(u"saint etien"_s), qPrintable(zone->name));

    found = tree.searchCommunes(u"750"_s, 3);
    QCOMPARE(codesOf(found), QStringList{u"C75056"_s}); // Paris is the only commune with 750xx
    found = tree.searchCommunes(u"69001"_s, 10);
    QCOMPARE(codesOf(found), QStringList{u"C69123"_s});
    found = tree.searchCommunes(u"69"_s, 20);
    QCOMPARE(found.size(), 20);
    QCOMPARE(found.constFirst()->code, u"C69123"_s);

    QVERIFY(tree.searchCommunes(u"lyon"_s, 0).isEmpty());
    QVERIFY(tree.searchCommunes(QString(), 10).isEmpty());
    QVERIFY(tree.searchCommunes(u"  - ' "_s, 10).isEmpty());
    QVERIFY(tree.searchCommunes(u"zzzzzz"_s, 10).isEmpty());
}

void TestZoneTree::foldForSearch()
{
    QCOMPARE(ZoneTree::foldForSearch(u"Saint-Étienne"_s), u"saint etienne"_s);
    QCOMPARE(ZoneTree::foldForSearch(u"L'Haÿ-les-Roses"_s), u"l hay les roses"_s);
    QCOMPARE(ZoneTree::foldForSearch(u"Bœurs-en-Othe"_s), u"boeurs en othe"_s);
    QCOMPARE(ZoneTree::foldForSearch(u"  Île   de  France "_s), u"ile de france"_s);
}

void TestZoneTree::unknownCodes()
{
    const ZoneTree &tree = *m_france;
    QVERIFY(!tree.zone(u"C00000"_s));
    QVERIFY(!tree.zone(QString()));
    QVERIFY(!tree.zone(u"d69"_s)); // codes are case-sensitive
    QVERIFY(tree.children(u"XX"_s).isEmpty());
    QVERIFY(tree.children(u"C69123"_s).isEmpty());
    QVERIFY(tree.ancestors(u"XX"_s).isEmpty());
    QVERIFY(tree.descendants(u"XX"_s).isEmpty());
    QVERIFY(tree.communesForPostalCode(u"00000"_s).isEmpty());
    QVERIFY(tree.communesForPostalCode(u"abc"_s).isEmpty());
    QVERIFY(tree.departmentOf(QString()).isEmpty());

    const ZoneTree empty;
    QCOMPARE(empty.size(), 0);
    QVERIFY(!empty.zone(u"FR"_s));
    QVERIFY(empty.regions().isEmpty());
    QVERIFY(empty.communes().isEmpty());
    QVERIFY(empty.searchCommunes(u"lyon"_s, 10).isEmpty());
    QVERIFY(empty.searchCommunes(u"69"_s, 10).isEmpty());
    QVERIFY(empty.departmentForPostalCode(u"69001"_s).isEmpty());
}

void TestZoneTree::loadSmallTree()
{
    ZoneTree tree;
    QString error = u"stale"_s;
    QVERIFY2(tree.loadFromData(smallTree(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(tree.size(), 5);
    QCOMPARE(tree.zone(u"D69"_s)->name, u"Rhône"_s);
    QCOMPARE(codesOf(tree.communesForPostalCode(u"69001"_s)), QStringList{u"C69123"_s});
    QCOMPARE(tree.departmentForPostalCode(u"69200"_s), u"D69"_s);
    QCOMPARE(codesOf(tree.descendants(u"FR"_s)),
             (QStringList{u"R84"_s, u"D69"_s, u"C69123"_s, u"C69259"_s}));
    QCOMPARE(codesOf(tree.searchCommunes(u"venis"_s, 10)), QStringList{u"C69259"_s});

    // Windows line endings, a byte order mark, no trailing newline, no postcode column: all accepted.
    QByteArray variant = QByteArray("\xEF\xBB\xBF") + smallTree();
    variant.replace("\n", "\r\n");
    variant.append("D01\tD\tR84\t0\tAin");
    ZoneTree other;
    QVERIFY2(other.loadFromData(variant, nullptr), "variant rejected");
    QCOMPARE(other.size(), 6);
    QCOMPARE(other.zone(u"D01"_s)->name, u"Ain"_s);
    QCOMPARE(other.zone(u"FR"_s)->name, u"France"_s);

    // Moving keeps the zone pointers valid.
    const Zone *lyon = other.zone(u"C69123"_s);
    ZoneTree moved(std::move(other));
    QCOMPARE(moved.zone(u"C69123"_s), lyon);
    QCOMPARE(moved.communes().constFirst(), lyon);
}

void TestZoneTree::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // substring of the error message

    // smallTree() has 6 lines, so an appended line is line 7.
    QTest::newRow("empty") << QByteArray() << u"no zones"_s;
    QTest::newRow("only comments") << QByteArray("# a\n\n# b\n") << u"no zones"_s;
    QTest::newRow("too few fields") << QByteArray(smallTree() + "C69124\tM\tD69\t1\n") << u"line 7: expected 6"_s;
    QTest::newRow("too many fields") << QByteArray(smallTree() + "C69124\tM\tD69\t1\tX\t\textra\n") << u"line 7: expected 6"_s;
    QTest::newRow("not tab-separated") << QByteArray("FR C  0 France\n") << u"line 1:"_s;
    QTest::newRow("bad type") << QByteArray(smallTree() + "C69124\tX\tD69\t1\tX\t\n") << u"line 7: zone C69124: invalid type"_s;
    QTest::newRow("bad code") << QByteArray(smallTree() + "C69 124\tM\tD69\t1\tX\t\n") << u"line 7: invalid zone code"_s;
    QTest::newRow("empty code") << QByteArray(smallTree() + "\tM\tD69\t1\tX\t\n") << u"line 7: invalid zone code"_s;
    QTest::newRow("bad population") << QByteArray(smallTree() + "C69124\tM\tD69\tmany\tX\t\n") << u"line 7: zone C69124: invalid population"_s;
    QTest::newRow("negative population") << QByteArray(smallTree() + "C69124\tM\tD69\t-1\tX\t\n") << u"line 7: zone C69124: invalid population"_s;
    QTest::newRow("huge population") << QByteArray(smallTree() + "C69124\tM\tD69\t99999999999999999999\tX\t\n") << u"line 7:"_s;
    QTest::newRow("empty name") << QByteArray(smallTree() + "C69124\tM\tD69\t1\t \t\n") << u"line 7: zone C69124: empty name"_s;
    QTest::newRow("bad utf-8") << QByteArray(smallTree() + "C69124\tM\tD69\t1\tL\xFF\xFEon\t\n") << u"line 7: zone C69124: the name is not valid UTF-8"_s;
    QTest::newRow("bad postal code") << QByteArray(smallTree() + "C69124\tM\tD69\t1\tX\t6900A\n") << u"line 7: zone C69124: invalid postal code \"6900A\""_s;
    QTest::newRow("empty postal code") << QByteArray(smallTree() + "C69124\tM\tD69\t1\tX\t69001,,69002\n") << u"line 7: zone C69124: invalid postal code"_s;
    QTest::newRow("postal code on department") << QByteArray(smallTree() + "D01\tD\tR84\t1\tAin\t01000\n") << u"line 7: zone D01: only communes"_s;
    QTest::newRow("duplicate") << QByteArray(smallTree() + "\n\nD69\tD\tR84\t1\tRhône bis\t\n") << u"line 9: duplicate zone code D69 (first defined on line 4)"_s;
    QTest::newRow("unknown parent") << QByteArray(smallTree() + "C01001\tM\tD01\t1\tX\t\n") << u"line 7: zone C01001: unknown parent D01"_s;
    QTest::newRow("country with parent") << QByteArray(smallTree() + "XX\tC\tFR\t1\tX\t\n") << u"line 7: zone XX: a country has no parent"_s;
    QTest::newRow("region without parent") << QByteArray(smallTree() + "R01\tR\t\t1\tX\t\n") << u"line 7: zone R01: invalid parent code"_s;
    QTest::newRow("commune in region") << QByteArray(smallTree() + "C01001\tM\tR84\t1\tX\t\n") << u"line 7: zone C01001 (commune) cannot be inside R84 (region)"_s;
    QTest::newRow("region in commune") << QByteArray(smallTree() + "R01\tR\tC69123\t1\tX\t\n") << u"line 7: zone R01 (region) cannot be inside C69123"_s;
    QTest::newRow("self parent") << QByteArray(smallTree() + "D01\tD\tD01\t1\tX\t\n") << u"line 7: zone D01 (department) cannot be inside D01"_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\t\xFF\n", 6) << u"line 1:"_s;
}

void TestZoneTree::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    ZoneTree tree;
    QString error;
    QVERIFY(!tree.loadFromData(data, &error));
    QVERIFY2(error.contains(expected), qPrintable(QString(u"got: "_s + error)));
    QCOMPARE(tree.size(), 0);
    QVERIFY(!tree.loadFromData(data, nullptr)); // no error pointer: still no crash
}

void TestZoneTree::failedLoadKeepsContent()
{
    ZoneTree tree;
    QVERIFY(tree.loadFromData(smallTree(), nullptr));
    const Zone *lyon = tree.zone(u"C69123"_s);
    QString error;
    QVERIFY(!tree.loadFromData(QByteArray(smallTree() + "C69124\tM\tD01\t1\tX\t\n"), &error));
    QVERIFY(error.startsWith(u"line 7:"_s));
    QCOMPARE(tree.size(), 5);
    QCOMPARE(tree.zone(u"C69123"_s), lyon); // untouched, pointers still valid
    QCOMPARE(tree.zone(u"C69123"_s)->name, u"Lyon"_s);
}

void TestZoneTree::zoneTypeNames()
{
    QCOMPARE(relais::zoneTypeName(ZoneType::Country), u"country"_s);
    QCOMPARE(relais::zoneTypeName(ZoneType::Region), u"region"_s);
    QCOMPARE(relais::zoneTypeName(ZoneType::Department), u"department"_s);
    QCOMPARE(relais::zoneTypeName(ZoneType::Commune), u"commune"_s);
}

QTEST_GUILESS_MAIN(TestZoneTree)
#include "tst_zonetree.moc"
