#include "Contact.h"
#include "ContactValidator.h"
#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "TextNormalizer.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QSet>
#include <QTest>

using namespace relais;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void phones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national mobile") << QStringLiteral("06 12 34 56 78") << QStringLiteral("+33612345678");
        QTest::newRow("dots") << QStringLiteral("06.12.34.56.78") << QStringLiteral("+33612345678");
        QTest::newRow("international") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("+33612345678");
        QTest::newRow("00 prefix") << QStringLiteral("0033612345678") << QStringLiteral("+33612345678");
        QTest::newRow("landline Lyon") << QStringLiteral("04 78 12 34 56") << QStringLiteral("+33478123456");
        QTest::newRow("Belgian") << QStringLiteral("+32 470 12 34 56") << QStringLiteral("+32470123456");
        QTest::newRow("Réunion") << QStringLiteral("+262 692 12 34 56") << QStringLiteral("+262692123456");
        QTest::newRow("too short") << QStringLiteral("06 12 34") << QString();
        QTest::newRow("too long") << QStringLiteral("06 12 34 56 78 90 12") << QString();
        QTest::newRow("letters") << QStringLiteral("06 12 AB 56 78") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("garbage") << QStringLiteral("+") << QString();
    }
    void phones()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const auto r = PhoneNumber::normalize(input);
        QCOMPARE(r.e164, e164);
        QCOMPARE(r.isValid(), !e164.isEmpty());
        QCOMPARE(r.error.isEmpty(), r.isValid()); // every rejection says why
    }
    void phoneFormatting()
    {
        QCOMPARE(PhoneNumber::format(QStringLiteral("+33612345678")), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(PhoneNumber::nationalDigits(QStringLiteral("+33612345678")), QStringLiteral("0612345678"));
        QVERIFY(PhoneNumber::format(QStringLiteral("+32470123456")).startsWith(QLatin1String("+32")));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("simple") << QStringLiteral("jean.dupont@example.fr") << QStringLiteral("jean.dupont@example.fr");
        QTest::newRow("case and spaces") << QStringLiteral("  Jean.Dupont@Example.FR ") << QStringLiteral("jean.dupont@example.fr");
        QTest::newRow("plus") << QStringLiteral("a+tag@sub.example.org") << QStringLiteral("a+tag@sub.example.org");
        QTest::newRow("idn local") << QStringLiteral("hélène@exemple.fr") << QStringLiteral("hélène@exemple.fr");
        QTest::newRow("no at") << QStringLiteral("jean.dupont.example.fr") << QString();
        QTest::newRow("two ats") << QStringLiteral("a@b@example.fr") << QString();
        QTest::newRow("no tld") << QStringLiteral("jean@localhost") << QString();
        QTest::newRow("double dot") << QStringLiteral("jean..dupont@example.fr") << QString();
        QTest::newRow("leading dot") << QStringLiteral(".jean@example.fr") << QString();
        QTest::newRow("space inside") << QStringLiteral("jean dupont@example.fr") << QString();
        QTest::newRow("comma") << QStringLiteral("jean@example,fr") << QString();
        QTest::newRow("hyphen label") << QStringLiteral("jean@-example.fr") << QString();
        QTest::newRow("numeric tld") << QStringLiteral("jean@example.123") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void emails()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const auto r = EmailAddress::normalize(input);
        QCOMPARE(r.normalized, normalized);
        QCOMPARE(r.error.isEmpty(), r.isValid());
    }

    void validatorNormalisesAndLocates()
    {
        ContactValidator v(ZoneTree::france());
        Contact c;
        c.firstName = QStringLiteral("  Hélène ");
        c.lastName = QStringLiteral("Dupont");
        c.email = QStringLiteral("Helene.Dupont@Example.fr");
        c.phone = QStringLiteral("06 12 34 56 78");
        c.postalCode = QStringLiteral("69 001");
        c.tags = {QStringLiteral("bénévole"), QStringLiteral(" Bénévole "), QStringLiteral("jeunes")};
        const auto errors = v.validate(c);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
        QCOMPARE(c.firstName, QStringLiteral("Hélène"));
        QCOMPARE(c.email, QStringLiteral("helene.dupont@example.fr"));
        QCOMPARE(c.phone, QStringLiteral("+33612345678"));
        QCOMPARE(c.postalCode, QStringLiteral("69001"));
        QCOMPARE(c.communeCode, QStringLiteral("C69123")); // 69001 is only Lyon
        QCOMPARE(c.zone, QStringLiteral("D69"));
        QCOMPARE(c.tags, QStringList({QStringLiteral("bénévole"), QStringLiteral("jeunes")}));
    }

    void validatorReportsEachField()
    {
        ContactValidator v(ZoneTree::france());
        Contact c;
        c.lastName = QStringLiteral("Martin");
        c.email = QStringLiteral("martin@");
        c.phone = QStringLiteral("12");
        c.postalCode = QStringLiteral("99999");
        c.birthdate = QDate::currentDate().addDays(3);
        const auto errors = v.validate(c);
        QSet<QString> fields;
        for (const auto &e : errors) {
            fields.insert(e.field);
            QVERIFY(!e.message.isEmpty());
        }
        QCOMPARE(fields, QSet<QString>({QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("postal_code"), QStringLiteral("birthdate")}));
    }

    void validatorNeedsSomethingToIdentify()
    {
        ContactValidator v(ZoneTree::france());
        Contact c;
        const auto errors = v.validate(c);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("name"));
        QCOMPARE(c.zone, QStringLiteral("FR")); // unlocated contacts go to the default zone
    }

    void communeMustMatchPostalCode()
    {
        ContactValidator v(ZoneTree::france());
        Contact c;
        c.lastName = QStringLiteral("Martin");
        c.postalCode = QStringLiteral("69001");
        c.communeCode = QStringLiteral("C75056");
        const auto errors = v.validate(c);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("commune"));
    }

    void folding()
    {
        QCOMPARE(TextNormalizer::fold(QStringLiteral("  Hélène-Marie O'Brien ")), QStringLiteral("helene marie o brien"));
        QCOMPARE(TextNormalizer::fold(QStringLiteral("Œuvre")), QStringLiteral("oeuvre"));
        QVERIFY(TextNormalizer::sortKey(QStringLiteral("Élie"), QStringLiteral("Zoé"))
                < TextNormalizer::sortKey(QStringLiteral("Emery"), QStringLiteral("Anne")));
    }

    void uuid7()
    {
        QString previous;
        for (int i = 0; i < 5000; ++i) {
            const QString id = Uuid7::generate();
            QVERIFY2(Uuid7::isValid(id), qPrintable(id));
            QVERIFY2(id > previous, "UUIDv7 must be strictly increasing within a process");
            previous = id;
        }
        const QDateTime ts = Uuid7::timestamp(previous);
        QVERIFY(qAbs(ts.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
        QVERIFY(!Uuid7::isValid(QStringLiteral("not-a-uuid")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
