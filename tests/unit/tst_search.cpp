#include "ContactRepository.h"
#include "ContactValidator.h"
#include "Replica.h"
#include "ZoneTree.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relais;

/// The CRM list's queries: what each kind of input finds, in which order, with which filters.
class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Replica m_replica;
    std::unique_ptr<ContactRepository> m_repo;
    QHash<QString, qint64> m_ids; // by last name

    void add(const QString &first, const QString &last, const QString &email, const QString &phone,
             const QString &postalCode, Membership m, bool emailConsent, const QStringList &tags = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.phone = phone;
        c.postalCode = postalCode;
        c.membership = m;
        c.tags = tags;
        if (emailConsent)
            c.consentFor(Channel::Email) = {true, QDateTime::currentDateTimeUtc(), QStringLiteral("test")};
        const auto errors = ContactValidator(ZoneTree::france()).validate(c);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        QString error;
        QVERIFY2(m_repo->insert(c, &error), qPrintable(error));
        m_ids.insert(last, c.localId);
    }

    QStringList find(const ContactQuery &q)
    {
        QStringList names;
        for (const Contact &c : m_repo->byLocalIds(m_repo->orderedMatching(q)))
            names << c.lastName;
        return names;
    }
    QStringList findText(const QString &text)
    {
        ContactQuery q;
        q.text = text;
        return find(q);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_replica.open(m_dir.filePath(QStringLiteral("s.db")), SecretKey::random(), &error), qPrintable(error));
        m_repo = std::make_unique<ContactRepository>(m_replica.database(), QStringLiteral("tester"));
        add(QStringLiteral("Hélène"), QStringLiteral("Dupont"), QStringLiteral("helene.dupont@example.fr"),
            QStringLiteral("06 12 34 56 78"), QStringLiteral("69001"), Membership::Member, true, {QStringLiteral("bénévole")});
        add(QStringLiteral("Marc"), QStringLiteral("Le Gall"), QStringLiteral("marc@example.fr"),
            QStringLiteral("07 88 11 22 33"), QStringLiteral("29200"), Membership::Supporter, false);
        add(QStringLiteral("Léa"), QStringLiteral("Lefèvre"), QString(), QStringLiteral("04 78 00 00 01"),
            QStringLiteral("69003"), Membership::Member, false, {QStringLiteral("jeunes"), QStringLiteral("bénévole")});
        add(QStringLiteral("Zoé"), QStringLiteral("Abadie"), QStringLiteral("zoe.abadie@example.fr"), QString(),
            QStringLiteral("13001"), Membership::None, true);
        add(QStringLiteral("Jean"), QStringLiteral("Martin"), QStringLiteral("jean.martin@example.fr"), QString(),
            QStringLiteral("75001"), Membership::Former, true);
    }

    void everythingInListOrder()
    {
        QCOMPARE(find(ContactQuery{}), QStringList({QStringLiteral("Abadie"), QStringLiteral("Dupont"),
                                                     QStringLiteral("Le Gall"), QStringLiteral("Lefèvre"),
                                                     QStringLiteral("Martin")}));
    }

    void words()
    {
        QCOMPARE(findText(QStringLiteral("helene")), QStringList{QStringLiteral("Dupont")}); // accents folded
        QCOMPARE(findText(QStringLiteral("HÉLÈNE dup")), QStringList{QStringLiteral("Dupont")});
        QCOMPARE(findText(QStringLiteral("dupont helene")), QStringList{QStringLiteral("Dupont")});
        QCOMPARE(findText(QStringLiteral("helene martin")), QStringList{});
        QCOMPARE(findText(QStringLiteral("zoe.abadie")), QStringList{QStringLiteral("Abadie")}); // email fragment
        QCOMPARE(findText(QStringLiteral("marseille")), QStringList{QStringLiteral("Abadie")}); // commune
        QCOMPARE(findText(QStringLiteral("lyon")), QStringList({QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        // Earlier words are complete words: "hel" alone is a prefix, "hel dupont" is not.
        QCOMPARE(findText(QStringLiteral("hel")), QStringList{QStringLiteral("Dupont")});
        QCOMPARE(findText(QStringLiteral("hel dupont")), QStringList{});
        // Operators typed by the user are just characters.
        QCOMPARE(findText(QStringLiteral("dupont OR martin")), QStringList{});
        QCOMPARE(findText(QStringLiteral("\"dup* -x NEAR/2")), QStringList{});
    }

    void numbers()
    {
        QCOMPARE(findText(QStringLiteral("06 12 34")), QStringList{QStringLiteral("Dupont")});
        QCOMPARE(findText(QStringLiteral("+33 6 12")), QStringList{QStringLiteral("Dupont")});
        QCOMPARE(findText(QStringLiteral("0478")), QStringList{QStringLiteral("Lefèvre")});
        QCOMPARE(findText(QStringLiteral("6900")), QStringList({QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        QCOMPARE(findText(QStringLiteral("29200")), QStringList{QStringLiteral("Le Gall")});
    }

    void shortPrefixesAreLastNames()
    {
        QCOMPARE(findText(QStringLiteral("le")), QStringList({QStringLiteral("Le Gall"), QStringLiteral("Lefèvre")}));
        QCOMPARE(findText(QStringLiteral("Le ")), QStringList{QStringLiteral("Le Gall")}); // the word "le" is complete
        QCOMPARE(findText(QStringLiteral("m")), QStringList{QStringLiteral("Martin")}); // not "Marc Le Gall"
    }

    void filters()
    {
        ContactQuery q;
        q.zone = QStringLiteral("R84"); // Auvergne-Rhône-Alpes
        QCOMPARE(find(q), QStringList({QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        q.zone = QStringLiteral("D69");
        q.membership = Membership::Member;
        QCOMPARE(find(q), QStringList({QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        q.consent = Channel::Email;
        QCOMPARE(find(q), QStringList{QStringLiteral("Dupont")});
        q = ContactQuery{};
        q.zone = QStringLiteral("C29019"); // Brest, a commune
        QCOMPARE(find(q), QStringList{QStringLiteral("Le Gall")});
        q = ContactQuery{};
        q.consent = Channel::Email; // no zone: through the index flags
        QCOMPARE(find(q), QStringList({QStringLiteral("Abadie"), QStringLiteral("Dupont"), QStringLiteral("Martin")}));
        q.membership = Membership::Former;
        QCOMPARE(find(q), QStringList{QStringLiteral("Martin")});
        q = ContactQuery{};
        q.tag = QStringLiteral("Bénévole"); // tags are case-insensitive
        QCOMPARE(find(q), QStringList({QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        q.text = QStringLiteral("lea");
        QCOMPARE(find(q), QStringList{QStringLiteral("Lefèvre")});
        q.zone = QStringLiteral("D13");
        QCOMPARE(find(q), QStringList{});
        q = ContactQuery{};
        q.zone = QStringLiteral("FR");
        QCOMPARE(find(q).size(), 5);
        q.text = QStringLiteral("le"); // short prefix combined with a region
        q.zone = QStringLiteral("R53"); // Bretagne
        QCOMPARE(find(q), QStringList{QStringLiteral("Le Gall")});
    }

    void editsKeepListOrder()
    {
        auto c = *m_repo->byLocalId(m_ids.value(QStringLiteral("Abadie")));
        c.lastName = QStringLiteral("Zidane");
        QString error;
        QVERIFY(m_repo->update(c, &error));
        QCOMPARE(find(ContactQuery{}).last(), QStringLiteral("Zidane"));
        ContactQuery q;
        q.text = QStringLiteral("zid");
        QCOMPARE(find(q), QStringList{QStringLiteral("Zidane")});
        q.text = QStringLiteral("abadie"); // still in the email address
        QCOMPARE(find(q), QStringList{QStringLiteral("Zidane")});
        QVERIFY(m_repo->remove(c.id, &error));
        QCOMPARE(find(ContactQuery{}).size(), 4);
        QVERIFY(!find(ContactQuery{}).contains(QStringLiteral("Zidane")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
