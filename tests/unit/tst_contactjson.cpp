// ContactJson's canonical forms: the server's fast canonicalisation must give exactly what the round trip
// through a Contact gives (toJson(fromJson(x)) and fields(applyFields(...))), for clean and for messy input.
#include "ContactJson.h"
#include "DemoGenerator.h"
#include "ZoneTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace relais;

namespace {

QByteArray text(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject roundTrip(const QJsonObject &o) { return ContactJson::toJson(ContactJson::fromJson(o)); }

QJsonObject fieldRoundTrip(const QString &field, const QJsonValue &v)
{
    Contact c;
    ContactJson::applyFields(c, QJsonObject{{field, v}});
    return ContactJson::fields(c, {field});
}

} // namespace

class TestContactJson : public QObject
{
    Q_OBJECT

private slots:
    void canonicalRecordMatchesRoundTripForDemoContacts()
    {
        DemoGenerator gen(ZoneTree::france(), 4242);
        for (int i = 0; i < 2000; ++i) {
            Contact c = gen.next();
            c.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(i, 12, 10, QLatin1Char('0'));
            c.createdAt = QDateTime(QDate(2026, 1 + i % 12, 1 + i % 28), QTime(i % 24, i % 60, i % 60, i % 1000), Qt::UTC);
            c.updatedAt = c.createdAt.addSecs(3600);
            if (i % 3 == 0)
                c.birthdate = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            const QJsonObject json = ContactJson::toJson(c);
            const QJsonObject fast = ContactJson::canonicalRecord(json);
            QCOMPARE(text(fast), text(roundTrip(json)));
            QCOMPARE(text(fast), text(json)); // already canonical: unchanged
        }
    }

    void canonicalRecordMatchesRoundTripForMessyInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("nulls") << QByteArray(R"({"zone":null,"title":null,"first_name":null,"tags":null,"custom":null,
            "consent_email":null,"membership":null,"birthdate":null,"created_at":null})");
        QTest::newRow("wrong types") << QByteArray(R"({"zone":69,"first_name":true,"email":[1],"tags":"x",
            "other_phones":[1,"a",null],"custom":[1],"consent_sms":"yes","membership":3,"version":"7"})");
        QTest::newRow("time with offset") << QByteArray(R"({"created_at":"2026-11-21T10:00:00+02:00",
            "consent_email":{"granted":true,"at":"2026-11-21T10:00:00Z","source":"kiosk"}})");
        QTest::newRow("time without ms") << QByteArray(R"({"updated_at":"2026-11-21T10:00:00Z"})");
        QTest::newRow("time bad day") << QByteArray(R"({"updated_at":"2026-02-30T10:00:00.000Z",
            "consent_phone":{"granted":false,"at":"2026-13-01T00:00:00.000Z"}})");
        QTest::newRow("time bad hour") << QByteArray(R"({"created_at":"2026-02-03T24:00:00.000Z"})");
        QTest::newRow("time small year") << QByteArray(R"({"created_at":"0999-02-03T10:00:00.000Z"})");
        QTest::newRow("time not digits") << QByteArray(R"({"created_at":"2026-0a-03T10:00:00.000Z"})");
        QTest::newRow("time garbage") << QByteArray(R"({"created_at":"tomorrow","consent_sms":{"at":"x","source":""}})");
        QTest::newRow("birthdates") << QByteArray(R"({"birthdate":"1990-02-30"})");
        QTest::newRow("birthdate ok") << QByteArray(R"({"birthdate":"1990-02-28","membership":"member"})");
        QTest::newRow("birthdate with time") << QByteArray(R"({"birthdate":"1990-02-28T10:00:00"})");
        QTest::newRow("unknown membership") << QByteArray(R"({"membership":"vip"})");
        QTest::newRow("granted null") << QByteArray(R"({"consent_email":{"granted":null,"at":"","source":"x"}})");
        QTest::newRow("extra keys") << QByteArray(R"({"zone":"D69","hacker":"x","id":"abc","version":3.5})");
        QTest::newRow("custom object") << QByteArray(R"({"custom":{"a":[1,2],"b":{"c":null}}})");
    }

    void canonicalRecordMatchesRoundTripForMessyInput()
    {
        QFETCH(QByteArray, json);
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(text(ContactJson::canonicalRecord(o)), text(roundTrip(o)));
        for (const QString &f : ContactJson::editableFields())
            if (o.contains(f))
                QCOMPARE(text(QJsonObject{{f, ContactJson::canonicalField(f, o.value(f))}}),
                         text(fieldRoundTrip(f, o.value(f))));
    }

    void unknownFieldsHaveNoKindAndNoValue()
    {
        QVERIFY(!ContactJson::fieldKind(QStringLiteral("version")));
        QVERIFY(!ContactJson::fieldKind(QStringLiteral("hacker")));
        QVERIFY(ContactJson::canonicalField(QStringLiteral("hacker"), QJsonValue(1)).isUndefined());
        for (const QString &f : ContactJson::editableFields())
            QVERIFY2(ContactJson::fieldKind(f).has_value(), qPrintable(f));
    }

    void mergeEditsKeepsWhatChangedUnderneath()
    {
        DemoGenerator gen(ZoneTree::france(), 9);
        Contact base = gen.next();
        base.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000001");
        base.version = 3;
        Contact current = base; // a sync changed the e-mail, a tag and the SMS consent meanwhile
        current.version = 7;
        current.email = QStringLiteral("nouvelle@example.org");
        current.tags << QStringLiteral("bénévole");
        current.consentFor(Channel::Sms).granted = false;
        Contact edited = base; // the form: notes and phone edited, the rest as loaded
        edited.notes = QStringLiteral("Rappeler jeudi");
        edited.phone = QStringLiteral("+33612345678");

        const Contact merged = ContactJson::mergeEdits(base, edited, current);
        QCOMPARE(merged.notes, edited.notes);
        QCOMPARE(merged.phone, edited.phone);
        QCOMPARE(merged.email, current.email);
        QCOMPARE(merged.tags, current.tags);
        QCOMPARE(merged.consentFor(Channel::Sms).granted, current.consentFor(Channel::Sms).granted);
        QCOMPARE(merged.version, current.version);
        QCOMPARE(merged.id, base.id);

        // A field edited on both sides: the form's value is what the user saves.
        edited.email = QStringLiteral("moi@example.org");
        QCOMPARE(ContactJson::mergeEdits(base, edited, current).email, edited.email);
        // Nothing edited: the current row as it is.
        QCOMPARE(text(ContactJson::toJson(ContactJson::mergeEdits(base, base, current))),
                 text(ContactJson::toJson(current)));
    }

    void canonicalTimeKeepsCanonicalTextAndNormalisesTheRest()
    {
        QCOMPARE(ContactJson::canonicalTime(QStringLiteral("2026-11-21T09:30:00.120Z")),
                 QStringLiteral("2026-11-21T09:30:00.120Z"));
        QCOMPARE(ContactJson::canonicalTime(QStringLiteral("2026-11-21T10:30:00+01:00")),
                 QStringLiteral("2026-11-21T09:30:00.000Z"));
        QCOMPARE(ContactJson::canonicalTime(QStringLiteral("2024-02-29T00:00:00.000Z")),
                 QStringLiteral("2024-02-29T00:00:00.000Z"));
        QVERIFY(ContactJson::canonicalTime(QStringLiteral("2023-02-29T00:00:00.000Z")).isEmpty());
        QVERIFY(ContactJson::canonicalTime(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactJson)
#include "tst_contactjson.moc"
