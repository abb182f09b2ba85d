// The call-session rules of src/core: campaign fields checked, calling hours in Paris time (across a DST change),
// when a contact may be called again after each outcome, survey answers, and the script's tokens.
#include "CallCampaign.h"

#include <QJsonArray>
#include <QTest>

using namespace relais;

namespace {

QDateTime paris(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), CallingHours::timeZone()).toUTC();
}

QJsonObject minimal()
{
    return {{QStringLiteral("zone"), QStringLiteral("D69")},
            {QStringLiteral("name"), QStringLiteral("Porte-à-porte téléphonique")},
            {QStringLiteral("audience"), QJsonObject{{QStringLiteral("zones"), QJsonArray{QStringLiteral("D69")}}}},
            {QStringLiteral("script"), QStringLiteral("Bonjour {{prenom|Madame, Monsieur}} !")},
            {QStringLiteral("survey"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")},
                                    {QStringLiteral("kind"), QStringLiteral("single")},
                                    {QStringLiteral("question"), QStringLiteral("Irez-vous voter ?")},
                                    {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui"), QStringLiteral("Non")}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("themes")},
                                    {QStringLiteral("kind"), QStringLiteral("multiple")},
                                    {QStringLiteral("question"), QStringLiteral("Priorités")},
                                    {QStringLiteral("choices"), QJsonArray{QStringLiteral("Écoles"), QStringLiteral("Santé")}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("free")},
                                    {QStringLiteral("kind"), QStringLiteral("text")},
                                    {QStringLiteral("question"), QStringLiteral("Remarques")}}}}};
}

} // namespace

class TestCallCampaign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndRoundTrip()
    {
        QString error;
        const auto c = CallCampaign::fromJson(minimal(), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->maxAttempts, 3);
        QCOMPARE(c->retryDelayMinutes, 120);
        QCOMPARE(c->leaseMinutes, 60);
        QCOMPARE(c->status, QStringLiteral("active"));
        QCOMPARE(c->survey.size(), 3);
        const auto again = CallCampaign::fromJson(c->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), c->toJson());
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << "name" << QJsonValue(QString()) << "name";
        QTest::newRow("unknown token") << "script" << QJsonValue(QStringLiteral("Bonjour {{prenon}}")) << "prenon";
        QTest::newRow("attempts") << "max_attempts" << QJsonValue(0) << "max_attempts";
        QTest::newRow("attempts fraction") << "max_attempts" << QJsonValue(2.5) << "max_attempts";
        QTest::newRow("lease") << "lease_minutes" << QJsonValue(5000) << "lease_minutes";
        QTest::newRow("status") << "status" << QJsonValue(QStringLiteral("running")) << "status";
        QTest::newRow("hours reversed")
            << "hours" << QJsonValue(QJsonObject{{QStringLiteral("from"), QStringLiteral("20:00")}, {QStringLiteral("to"), QStringLiteral("09:00")}})
            << "hours.to";
        QTest::newRow("weekday 8") << "hours" << QJsonValue(QJsonObject{{QStringLiteral("days"), QJsonArray{1, 8}}}) << "weekdays";
        QTest::newRow("one choice")
            << "survey"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("q")}, {QStringLiteral("kind"), QStringLiteral("single")},
                                                 {QStringLiteral("question"), QStringLiteral("?")}, {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui")}}}})
            << "2 to 20";
        QTest::newRow("same id twice")
            << "survey"
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("q")}, {QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("question"), QStringLiteral("a")}},
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("q")}, {QStringLiteral("kind"), QStringLiteral("text")}, {QStringLiteral("question"), QStringLiteral("b")}}})
            << "own id";
        QTest::newRow("team not names") << "team" << QJsonValue(QJsonArray{42}) << "team";
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject o = minimal();
        o.insert(field, value);
        QString error;
        QVERIFY(!CallCampaign::fromJson(o, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void callingHoursInParisTime()
    {
        CallingHours h; // Monday to Saturday, 10:00 to 20:00
        QVERIFY(h.isOpen(paris(2026, 12, 1, 10, 0)));   // Tuesday 10:00
        QVERIFY(h.isOpen(paris(2026, 12, 1, 19, 59)));
        QVERIFY(!h.isOpen(paris(2026, 12, 1, 20, 0)));
        QVERIFY(!h.isOpen(paris(2026, 12, 1, 9, 59)));
        QVERIFY(!h.isOpen(paris(2026, 12, 6, 12, 0)));  // Sunday
        // Tuesday evening: next Wednesday 10:00; Saturday evening: Monday 10:00.
        QCOMPARE(h.nextOpen(paris(2026, 12, 1, 21, 0)), paris(2026, 12, 2, 10, 0));
        QCOMPARE(h.nextOpen(paris(2026, 12, 5, 20, 30)), paris(2026, 12, 7, 10, 0));
        QCOMPARE(h.nextOpen(paris(2026, 12, 1, 12, 0)), paris(2026, 12, 1, 12, 0));
        // Summer time: 10:00 in Paris is 08:00 UTC in July, 09:00 UTC in December.
        QCOMPARE(paris(2026, 7, 1, 10, 0).time(), QTime(8, 0));
        QVERIFY(h.isOpen(QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC)));
        QVERIFY(!h.isOpen(QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC)));
        CallingHours never;
        never.days.clear();
        QVERIFY(!never.nextOpen(paris(2026, 12, 1, 12, 0)).isValid());
    }

    void recallRules()
    {
        QString error;
        auto c = CallCampaign::fromJson(minimal(), &error);
        QVERIFY(c);
        c->retryDelayMinutes = 60;
        const QDateTime now = paris(2026, 12, 1, 11, 0);
        const QDateTime tomorrow = paris(2026, 12, 2, 0, 0);
        // Final outcomes: never again.
        for (CallOutcome o : {CallOutcome::Completed, CallOutcome::Refused, CallOutcome::DoNotCall, CallOutcome::WrongNumber})
            QVERIFY(!c->nextAttempt(o, 1, now, {}).isValid());
        // Busy or voicemail: after the delay, the same day.
        QCOMPARE(c->nextAttempt(CallOutcome::Busy, 1, now, {}), now.addSecs(3600));
        QCOMPARE(c->nextAttempt(CallOutcome::Voicemail, 1, now, {}), now.addSecs(3600));
        // No answer, call back later: not the same day.
        QCOMPARE(c->nextAttempt(CallOutcome::NoAnswer, 1, now, {}), tomorrow);
        QCOMPARE(c->nextAttempt(CallOutcome::Callback, 1, now, now.addSecs(2 * 3600)), tomorrow);
        QCOMPARE(c->nextAttempt(CallOutcome::Callback, 1, now, paris(2026, 12, 4, 18, 0)), paris(2026, 12, 4, 18, 0));
        // Attempts used up.
        QVERIFY(!c->nextAttempt(CallOutcome::Busy, 3, now, {}).isValid());
        // Late in the evening the delay already ends the next day: the later of the two wins.
        const QDateTime late = paris(2026, 12, 1, 23, 30);
        QCOMPARE(c->nextAttempt(CallOutcome::NoAnswer, 1, late, {}), late.addSecs(3600));
        QCOMPARE(c->nextAttempt(CallOutcome::NoAnswer, 1, paris(2026, 12, 1, 22, 0), {}), tomorrow);
    }

    void outcomesIds()
    {
        QCOMPARE(CallOutcomes::ids().size(), 8);
        for (const QString &id : CallOutcomes::ids())
            QCOMPARE(CallOutcomes::id(*CallOutcomes::fromId(id)), id);
        QVERIFY(!CallOutcomes::fromId(QStringLiteral("hung_up")));
    }

    void answersAreChecked()
    {
        QString error;
        const auto c = CallCampaign::fromJson(minimal(), &error);
        QVERIFY(c);
        QVERIFY(c->checkAnswers({{QStringLiteral("vote"), QStringLiteral("Oui")},
                                 {QStringLiteral("themes"), QJsonArray{QStringLiteral("Santé")}},
                                 {QStringLiteral("free"), QStringLiteral("rappeler après 18 h")}},
                                &error));
        QVERIFY(c->checkAnswers({}, &error));
        QVERIFY(!c->checkAnswers({{QStringLiteral("vote"), QStringLiteral("Peut-être")}}, &error));
        QVERIFY(!c->checkAnswers({{QStringLiteral("themes"), QStringLiteral("Santé")}}, &error));
        QVERIFY(!c->checkAnswers({{QStringLiteral("themes"), QJsonArray{QStringLiteral("Sport")}}}, &error));
        QVERIFY(!c->checkAnswers({{QStringLiteral("age"), QStringLiteral("40")}}, &error));
        QVERIFY(error.contains(QLatin1String("age")));
        QVERIFY(!c->checkAnswers({{QStringLiteral("free"), QString(2001, QLatin1Char('x'))}}, &error));
    }

    void scriptTokens()
    {
        const QString script = QStringLiteral("Bonjour {{ prenom | Madame, Monsieur }} {{last_name}}, ici {{commune|votre ville}}.");
        QVERIFY(CallScript::unknownTokens(script).isEmpty());
        QCOMPARE(CallScript::unknownTokens(QStringLiteral("{{prenon}} {{email}} {{prenon}}")),
                 QStringList({QStringLiteral("prenon"), QStringLiteral("email")}));
        QCOMPARE(CallScript::fill(script, {{QStringLiteral("first_name"), QStringLiteral("Zoé")},
                                           {QStringLiteral("last_name"), QStringLiteral("Lefèvre")},
                                           {QStringLiteral("commune"), QStringLiteral("Lyon")}}),
                 QStringLiteral("Bonjour Zoé Lefèvre, ici Lyon."));
        QCOMPARE(CallScript::fill(script, {}), QStringLiteral("Bonjour Madame, Monsieur , ici votre ville."));
    }
};

QTEST_GUILESS_MAIN(TestCallCampaign)
#include "tst_callcampaign.moc"
