// Offscreen tests of the Calls module (phone banking, docs/sync-protocol.md "Call sessions"): the volunteer
// window driven by its keys over call_assignment records pulled into the replica (the call_result records it
// queues, the next person, done assignments not shown again, offline), the campaign editor (validation and
// the call_campaign JSON: audience, survey, hours, rules, team), the live view fed with the server's figures,
// and the Calls page (a volunteer starts there; "My call sessions"). With RELAIS_CALLS_SCREENSHOTS=DIR,
// saves calls-volunteer.png and calls-live.png there.
#include "CallCampaignEditor.h"
#include "CallLiveView.h"
#include "CallPage.h"
#include "ContactJson.h"
#include "FileChooser.h"
#include "MainWindow.h"
#include "ProfileSession.h"
#include "ReplicaProfile.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"
#include "SyncRecordStore.h"
#include "SyncStore.h"
#include "TagsEditor.h"
#include "Uuid7.h"
#include "VolunteerWindow.h"
#include "ZoneTree.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTranslator>
#include <QTreeWidget>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("calls tests passphrase");
const QString Assignment = QStringLiteral("call_assignment");
const QString Brief = QStringLiteral("call_brief");
const QString Result = QStringLiteral("call_result");
const QString Campaign = QStringLiteral("call_campaign");
const QString Bucket = QStringLiteral("V42");

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

QJsonArray surveyJson()
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")}, {QStringLiteral("kind"), QStringLiteral("single")},
                    {QStringLiteral("question"), QStringLiteral("Irez-vous voter le 15 mars ?")},
                    {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui"), QStringLiteral("Non"), QStringLiteral("Ne sait pas")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("topics")}, {QStringLiteral("kind"), QStringLiteral("multiple")},
                    {QStringLiteral("question"), QStringLiteral("Quels sujets comptent pour vous ?")},
                    {QStringLiteral("choices"), QJsonArray{QStringLiteral("Santé"), QStringLiteral("Transports"), QStringLiteral("École"),
                                                           QStringLiteral("Logement")}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("comment")}, {QStringLiteral("kind"), QStringLiteral("text")},
                    {QStringLiteral("question"), QStringLiteral("Un message pour la candidate ?")},
                    {QStringLiteral("choices"), QJsonArray()}}};
}

struct Profile : test::ReplicaProfile {
    int leased = 0;
    QSet<QString> briefed; // campaigns whose brief was pulled

    bool open() { return ReplicaProfile::open(QStringLiteral("Appels"), Passphrase); }
    /// A contact leased to this volunteer (user 42), as the server writes it in the personal bucket, with the
    /// campaign's brief (script, survey, goal) the first time.
    QString pullAssignment(const QString &campaign, const QString &first, const QString &last, const QString &commune,
                           const QString &phone, int attempt = 1, const QString &campaignName = QStringLiteral("Législatives Drôme"))
    {
        if (!briefed.contains(campaign)) {
            briefed.insert(campaign);
            const QString briefId = Uuid7::generate();
            pull(Brief, Bucket,
                 {{QStringLiteral("id"), briefId}, {QStringLiteral("zone"), Bucket}, {QStringLiteral("campaign_id"), campaign},
                  {QStringLiteral("campaign_name"), campaignName}, {QStringLiteral("goal"), 800},
                  {QStringLiteral("script"),
                   QStringLiteral("Bonjour **{{first_name|Madame, Monsieur}}**, je suis bénévole pour *Marie Dupont*, candidate à "
                                  "{{commune|votre commune}}.\n\n- Présentez-vous\n- Posez les questions du questionnaire\n- Remerciez")},
                  {QStringLiteral("survey"), surveyJson()}});
        }
        const QString id = Uuid7::generate();
        const QDateTime leasedAt = QDateTime::currentDateTimeUtc().addSecs(-600 + ++leased);
        pull(Assignment, Bucket,
             {{QStringLiteral("id"), id}, {QStringLiteral("zone"), Bucket}, {QStringLiteral("campaign_id"), campaign},
              {QStringLiteral("campaign_name"), campaignName}, {QStringLiteral("contact_id"), Uuid7::generate()},
              {QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last}, {QStringLiteral("title"), QString()},
              {QStringLiteral("commune"), commune}, {QStringLiteral("phone"), phone}, {QStringLiteral("attempt"), attempt},
              {QStringLiteral("leased_at"), ContactJson::isoTime(leasedAt)},
              {QStringLiteral("lease_expires"), ContactJson::isoTime(leasedAt.addSecs(3600))}});
        return id;
    }
    QList<SyncRecord> results() const { return RecordRepository(db()).list(Result); }
    /// The result recorded for `assignment` (empty record when none).
    SyncRecord resultFor(const QString &assignment) const
    {
        for (const SyncRecord &r : results())
            if (r.data.value(QLatin1String("assignment_id")).toString() == assignment)
                return r;
        return {};
    }
    int queued(const QString &type) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM upload_queue WHERE record_type = ?"));
        q.addBindValue(type);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

/// As if the user typed `text` in place of the field's text.
void typeIn(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    Q_EMIT edit->textEdited(edit->text());
}

qreal barTotal(QChart *chart)
{
    qreal total = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                total += set->sum();
    return total;
}

/// Realistic figures of a campaign under way: six volunteers, a few hundred calls over two evenings.
QJsonObject liveStats()
{
    QJsonArray hourly;
    const QDate day = QDate::currentDate().addDays(-1);
    const QList<std::pair<int, int>> perHour{{17, 18}, {18, 41}, {19, 57}, {20, 44}, {17, 22}, {18, 49}, {19, 71}, {20, 70}};
    int calls = 0;
    for (int i = 0; i < perHour.size(); ++i) {
        const QDateTime at(day.addDays(i / 4), QTime(perHour.at(i).first, 0));
        hourly.append(QJsonObject{{QStringLiteral("at"), ContactJson::isoTime(at)},
                                  {QStringLiteral("calls"), perHour.at(i).second},
                                  {QStringLiteral("completed"), perHour.at(i).second * 45 / 100}});
        calls += perHour.at(i).second;
    }
    const QJsonArray volunteers{
        QJsonObject{{QStringLiteral("username"), QStringLiteral("cmartin")}, {QStringLiteral("display_name"), QStringLiteral("Chloé Martin")},
                    {QStringLiteral("calls"), 90}, {QStringLiteral("completed"), 44}, {QStringLiteral("leased"), 5}},
        QJsonObject{{QStringLiteral("username"), QStringLiteral("bgarnier")}, {QStringLiteral("display_name"), QStringLiteral("Bruno Garnier")},
                    {QStringLiteral("calls"), 64}, {QStringLiteral("completed"), 30}, {QStringLiteral("leased"), 3}},
        QJsonObject{{QStringLiteral("username"), QStringLiteral("hvermorel")}, {QStringLiteral("display_name"), QStringLiteral("Hélène Vermorel")},
                    {QStringLiteral("calls"), 80}, {QStringLiteral("completed"), 41}, {QStringLiteral("leased"), 4}},
        QJsonObject{{QStringLiteral("username"), QStringLiteral("fmorel")}, {QStringLiteral("display_name"), QStringLiteral("Fabien Morel")},
                    {QStringLiteral("calls"), 48}, {QStringLiteral("completed"), 21}, {QStringLiteral("leased"), 0}},
        QJsonObject{{QStringLiteral("username"), QStringLiteral("gperrin")}, {QStringLiteral("display_name"), QStringLiteral("Gaëlle Perrin")},
                    {QStringLiteral("calls"), 60}, {QStringLiteral("completed"), 29}, {QStringLiteral("leased"), 5}},
        QJsonObject{{QStringLiteral("username"), QStringLiteral("hfaure")}, {QStringLiteral("display_name"), QString()},
                    {QStringLiteral("calls"), 372 - 90 - 64 - 80 - 48 - 60}, {QStringLiteral("completed"), 11}, {QStringLiteral("leased"), 2}}};
    return QJsonObject{
        {QStringLiteral("goal"), 800}, {QStringLiteral("completed"), 176}, {QStringLiteral("calls"), calls},
        {QStringLiteral("targets"), 2140}, {QStringLiteral("pool"), 1693}, {QStringLiteral("leased"), 19},
        {QStringLiteral("done"), 428},
        {QStringLiteral("outcomes"), QJsonObject{{QStringLiteral("completed"), 176}, {QStringLiteral("no_answer"), 98},
                                                 {QStringLiteral("busy"), 14}, {QStringLiteral("voicemail"), 47},
                                                 {QStringLiteral("wrong_number"), 9}, {QStringLiteral("callback"), 11},
                                                 {QStringLiteral("refused"), 13}, {QStringLiteral("do_not_call"), 4}}},
        {QStringLiteral("hourly"), hourly},
        {QStringLiteral("volunteers"), volunteers},
        {QStringLiteral("survey"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")}, {QStringLiteral("kind"), QStringLiteral("single")},
                                {QStringLiteral("question"), QStringLiteral("Irez-vous voter le 15 mars ?")},
                                {QStringLiteral("answers"), QJsonObject{{QStringLiteral("Oui"), 121}, {QStringLiteral("Non"), 18},
                                                                        {QStringLiteral("Ne sait pas"), 37}}},
                                {QStringLiteral("texts"), 0}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("topics")}, {QStringLiteral("kind"), QStringLiteral("multiple")},
                                {QStringLiteral("question"), QStringLiteral("Quels sujets comptent pour vous ?")},
                                {QStringLiteral("answers"), QJsonObject{{QStringLiteral("Santé"), 98}, {QStringLiteral("Transports"), 64},
                                                                        {QStringLiteral("École"), 51}, {QStringLiteral("Logement"), 40}}},
                                {QStringLiteral("texts"), 0}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("comment")}, {QStringLiteral("kind"), QStringLiteral("text")},
                                {QStringLiteral("question"), QStringLiteral("Un message pour la candidate ?")},
                                {QStringLiteral("answers"), QJsonObject()}, {QStringLiteral("texts"), 57}}}}};
}

QJsonObject campaignData(const QString &id, const QString &zone, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("zone"), zone}, {QStringLiteral("name"), name},
            {QStringLiteral("audience"), QJsonObject{{QStringLiteral("zones"), QJsonArray{zone}}}},
            {QStringLiteral("script"), QStringLiteral("Bonjour {{first_name|Madame, Monsieur}}…")},
            {QStringLiteral("survey"), surveyJson()},
            {QStringLiteral("hours"), QJsonObject{{QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5}},
                                                  {QStringLiteral("from"), QStringLiteral("17:00")},
                                                  {QStringLiteral("to"), QStringLiteral("21:00")}}},
            {QStringLiteral("max_attempts"), 3}, {QStringLiteral("retry_delay_minutes"), 120},
            {QStringLiteral("lease_minutes"), 60}, {QStringLiteral("goal"), 800},
            {QStringLiteral("team"), QJsonArray{QStringLiteral("cmartin")}}, {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("language"), QStringLiteral("fr")}, {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T08:00:00.000Z")}};
}
} // namespace

class TestCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto *en = new QTranslator(this);
        if (en->load(QLocale(QLocale::English), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(en);
        ZoneTree::france();
    }

    void volunteerCallsThroughTheBatch()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({}); // a volunteer: no zone at all
        const QString campaign = Uuid7::generate();
        const QString a1 = p.pullAssignment(campaign, QStringLiteral("Hélène"), QStringLiteral("Vermorel"),
                                            QStringLiteral("Die"), QStringLiteral("+33612345678"));
        const QString a2 = p.pullAssignment(campaign, QStringLiteral("Bruno"), QStringLiteral("Garnier"),
                                            QStringLiteral("Crest"), QStringLiteral("+33475123456"), 2);
        const QString a3 = p.pullAssignment(campaign, QStringLiteral("Chloé"), QStringLiteral("Martin"),
                                            QStringLiteral("Valence"), QStringLiteral("+33698765432"));
        const QString other = p.pullAssignment(Uuid7::generate(), QStringLiteral("Autre"), QStringLiteral("Campagne"),
                                               QStringLiteral("Lyon"), QStringLiteral("+33611111111"), 1,
                                               QStringLiteral("Autre campagne"));

        auto *w = new VolunteerWindow(&p.session, campaign, QString());
        QPointer<VolunteerWindow> guard(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->activateWindow();
        QCOMPARE(w->remaining(), 3); // the other campaign's person is not here
        QCOMPARE(w->current().id, a1); // the oldest lease first
        QCOMPARE(child<QLabel>(w, "campaignTitle")->text(), QStringLiteral("Législatives Drôme"));
        QCOMPARE(child<QLabel>(w, "contactName")->text(), QStringLiteral("Hélène Vermorel"));
        QCOMPARE(child<QLabel>(w, "contactCommune")->text(), QStringLiteral("Die"));
        QCOMPARE(child<QLabel>(w, "contactPhone")->text(), QStringLiteral("06 12 34 56 78"));
        QVERIFY(child<QLabel>(w, "contactPhone")->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(child<QLabel>(w, "telLink")->text().contains(QStringLiteral("href=\"tel:+33612345678\"")));
        // The script is rendered: bold without its asterisks.
        const QString script = child<QTextBrowser>(w, "scriptView")->toPlainText();
        QVERIFY2(script.contains(QStringLiteral("Bonjour Hélène, je suis bénévole")), qPrintable(script));
        QVERIFY(!script.contains(u'*'));
        // Keys 1 to 8 are shown on the buttons.
        QVERIFY(child<QPushButton>(w, "outcome_completed")->text().startsWith(u'1'));
        QVERIFY(child<QPushButton>(w, "outcome_do_not_call")->text().startsWith(u'8'));
        // Offline: no claim, no give back, but calling works.
        QVERIFY(!child<QPushButton>(w, "claimButton")->isEnabled());
        QVERIFY(!child<QPushButton>(w, "giveBackButton")->isEnabled());

        // The survey, the timer and the notes.
        child<QRadioButton>(w, "answer_vote_0")->setChecked(true);
        child<QCheckBox>(w, "answer_topics_0")->setChecked(true);
        child<QCheckBox>(w, "answer_topics_2")->setChecked(true);
        child<QLineEdit>(w, "answer_comment_text")->setText(QStringLiteral("Bon courage !"));
        QCOMPARE(w->callSeconds(), 0);
        QTest::mouseClick(child<QPushButton>(w, "startCallButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->callSeconds() >= 1, 3000);
        QTRY_VERIFY(child<QLabel>(w, "callTimer")->text() != QStringLiteral("00:00"));
        QVERIFY(child<QLabel>(w, "callTimer")->text().startsWith(QStringLiteral("00:0")));
        auto *notes = child<QPlainTextEdit>(w, "callNotes");
        notes->setPlainText(QStringLiteral("Rappeler pour le covoiturage du jour J"));

        // A digit typed in the notes is text, not an outcome.
        notes->setFocus();
        notes->moveCursor(QTextCursor::End);
        QTest::keyClick(notes, Qt::Key_1);
        QCOMPARE(p.results().size(), 0);
        QVERIFY(notes->toPlainText().endsWith(u'1'));
        notes->setPlainText(QStringLiteral("Rappeler pour le covoiturage du jour J"));

        // Key 1: completed.
        child<QPushButton>(w, "outcome_completed")->setFocus();
        QTest::keyClick(w, Qt::Key_1);
        QCOMPARE(p.results().size(), 1);
        const SyncRecord r1 = p.resultFor(a1);
        QCOMPARE(r1.type, Result);
        QCOMPARE(r1.zone, Bucket);
        QCOMPARE(r1.id.size(), 36); // a UUIDv7 from RecordRepository
        QVERIFY(r1.dirty);
        const QJsonObject d1 = r1.data;
        QCOMPARE(d1.value(QLatin1String("outcome")).toString(), QStringLiteral("completed"));
        QCOMPARE(d1.value(QLatin1String("assignment_id")).toString(), a1);
        const QJsonObject answers = d1.value(QLatin1String("answers")).toObject();
        QCOMPARE(answers.value(QLatin1String("vote")).toString(), QStringLiteral("Oui"));
        QCOMPARE(answers.value(QLatin1String("topics")).toArray(), QJsonArray({QStringLiteral("Santé"), QStringLiteral("École")}));
        QCOMPARE(answers.value(QLatin1String("comment")).toString(), QStringLiteral("Bon courage !"));
        QCOMPARE(d1.value(QLatin1String("notes")).toString(), QStringLiteral("Rappeler pour le covoiturage du jour J"));
        QVERIFY(d1.value(QLatin1String("duration_s")).toInt() >= 1);
        QVERIFY(!d1.contains(QLatin1String("callback_at")));
        const QDateTime calledAt = ContactJson::fromIso(d1.value(QLatin1String("called_at")).toString());
        QVERIFY(calledAt.isValid());
        QVERIFY(qAbs(calledAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(p.queued(Result), 1);

        // The next person, with a fresh form.
        QCOMPARE(w->current().id, a2);
        QCOMPARE(child<QLabel>(w, "contactName")->text(), QStringLiteral("Bruno Garnier"));
        QVERIFY(child<QLabel>(w, "attemptLabel")->text().contains(QStringLiteral("Call 2")));
        QVERIFY(w->answers().isEmpty());
        QVERIFY(child<QPlainTextEdit>(w, "callNotes")->toPlainText().isEmpty());
        QCOMPARE(child<QLabel>(w, "callTimer")->text(), QStringLiteral("00:00"));
        QCOMPARE(w->callSeconds(), 0);
        QVERIFY(w->statusText().contains(QStringLiteral("Hélène Vermorel")));

        // Key 3: busy, no answers.
        child<QPushButton>(w, "outcome_completed")->setFocus();
        QTest::keyClick(w, Qt::Key_3);
        QCOMPARE(p.results().size(), 2);
        QCOMPARE(p.resultFor(a2).data.value(QLatin1String("outcome")).toString(), QStringLiteral("busy"));
        QVERIFY(p.resultFor(a2).data.value(QLatin1String("answers")).toObject().isEmpty());
        QCOMPARE(w->current().id, a3);

        // Key 6: call back later asks when, in the window; Escape cancels, then it is recorded with its time.
        child<QPushButton>(w, "outcome_completed")->setFocus();
        QTest::keyClick(w, Qt::Key_6);
        QVERIFY(child<QFrame>(w, "outcomeQuestion")->isVisible());
        QCOMPARE(p.results().size(), 2);
        QVERIFY(!child<QPushButton>(w, "outcome_completed")->isEnabled());
        QTest::keyClick(w, Qt::Key_2); // no other outcome while asking
        QCOMPARE(p.results().size(), 2);
        QTest::keyClick(w, Qt::Key_Escape);
        QVERIFY(!child<QFrame>(w, "outcomeQuestion")->isVisible());
        QTest::keyClick(w, Qt::Key_6);
        const QDateTime callback(QDate::currentDate().addDays(2), QTime(18, 30));
        child<QDateTimeEdit>(w, "callbackAt")->setDateTime(callback);
        QTest::mouseClick(child<QPushButton>(w, "confirmOutcomeButton"), Qt::LeftButton);
        QCOMPARE(p.results().size(), 3);
        const QJsonObject d3 = p.resultFor(a3).data;
        QCOMPARE(d3.value(QLatin1String("outcome")).toString(), QStringLiteral("callback"));
        QCOMPARE(ContactJson::fromIso(d3.value(QLatin1String("callback_at")).toString()), callback.toUTC());

        // Nobody left: said plainly.
        QVERIFY(w->current().id.isEmpty());
        QCOMPARE(child<QStackedWidget>(w, "volunteerPages")->currentIndex(), 1);
        QVERIFY(child<QLabel>(w, "emptyText")->text().contains(QStringLiteral("Nobody left to call")));
        QVERIFY(!child<QPushButton>(w, "outcome_completed")->isEnabled());
        QTest::keyClick(w, Qt::Key_1);
        QCOMPARE(p.results().size(), 3);
        w->close();
        QTRY_VERIFY(guard.isNull()); // deleted on close

        // Reopened (offline, before any sync): the called people are not shown again.
        VolunteerWindow again(&p.session, campaign, QString());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.remaining(), 0);
        QVERIFY(again.current().id.isEmpty());
        // A new lease arrives (sync): shown at once; Key 8 asks for confirmation before recording "do not call".
        const QString a4 = p.pullAssignment(campaign, QStringLiteral("Inès"), QStringLiteral("Dupont"),
                                            QStringLiteral("Nyons"), QStringLiteral("+33607080910"));
        Q_EMIT p.session.contactsChanged();
        QCOMPARE(again.current().id, a4);
        child<QPushButton>(&again, "outcome_completed")->setFocus();
        QTest::keyClick(&again, Qt::Key_8);
        QCOMPARE(p.results().size(), 3);
        QVERIFY(child<QLabel>(&again, "outcomeQuestionText")->text().contains(QStringLiteral("never")));
        QTest::mouseClick(child<QPushButton>(&again, "confirmOutcomeButton"), Qt::LeftButton);
        QCOMPARE(p.resultFor(a4).data.value(QLatin1String("outcome")).toString(), QStringLiteral("do_not_call"));
        QCOMPARE(p.queued(Result), 4);
        // The other campaign's assignment is untouched.
        QVERIFY(p.resultFor(other).id.isEmpty());
        // Local progress: four results recorded here, none sent yet.
        QVERIFY2(child<QLabel>(&again, "progressLabel")->text().contains(QStringLiteral("4 calls recorded")),
                 qPrintable(child<QLabel>(&again, "progressLabel")->text()));
        // With the server's figures: its counts plus what is not yet sent.
        again.setCampaignInfo({{QStringLiteral("id"), campaign}, {QStringLiteral("goal"), 800}, {QStringLiteral("completed"), 120},
                               {QStringLiteral("my_calls"), 10}, {QStringLiteral("my_completed"), 4}});
        const QString progress = child<QLabel>(&again, "progressLabel")->text();
        QVERIFY2(progress.contains(QStringLiteral("121 of 800 completed")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("14 calls")), qPrintable(progress));
        QCOMPARE(child<QProgressBar>(&again, "goalProgress")->value(), 15);
    }

    void claimAnswersAreExplained()
    {
        Profile p;
        QVERIFY(p.open());
        VolunteerWindow w(&p.session, Uuid7::generate(), QStringLiteral("Municipales"));
        w.show();
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray()}, {QStringLiteral("reason"), QStringLiteral("outside_hours")},
                           {QStringLiteral("next_open"), QStringLiteral("2026-03-02T16:00:00.000Z")}});
        QVERIFY2(w.statusText().contains(QStringLiteral("Outside calling hours (next opening")), qPrintable(w.statusText()));
        QVERIFY2(w.statusText().contains(QStringLiteral("2026")), qPrintable(w.statusText()));
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray()}, {QStringLiteral("reason"), QStringLiteral("exhausted")}});
        QVERIFY(w.statusText().contains(QStringLiteral("Nobody is left to call")));
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray()}, {QStringLiteral("reason"), QStringLiteral("limit")}});
        QVERIFY(w.statusText().contains(QStringLiteral("call them first")));
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray()}, {QStringLiteral("reason"), QStringLiteral("paused")}});
        QVERIFY(w.statusText().contains(QStringLiteral("is paused")));
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray()}, {QStringLiteral("reason"), QStringLiteral("closed")}});
        QVERIFY(w.statusText().contains(QStringLiteral("is closed")));
        w.showClaimAnswer({{QStringLiteral("assignments"), QJsonArray{QJsonObject(), QJsonObject()}}, {QStringLiteral("reason"), QString()}});
        QVERIFY2(w.statusText().contains(QStringLiteral("2 contacts reserved")), qPrintable(w.statusText()));
        // Offline, a claim says so rather than waiting.
        w.claimMore();
        QVERIFY(w.statusText().contains(QStringLiteral("Connect")));
    }

    void editorValidatesAndSaves()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("calls.manage"), QStringLiteral("contacts.read")}},
                     {QStringLiteral("R84"), {QStringLiteral("newsletters.send"), QStringLiteral("contacts.read")}}});
        SyncController sync(&p.session);
        CallCampaignEditor editor(&p.session);
        editor.setSyncController(&sync);
        editor.resize(1100, 900);
        editor.show();
        QCOMPARE(editor.zoneChoices(), QStringList({QStringLiteral("D26")}));
        editor.newCampaign();
        QVERIFY(editor.isOpen());
        QVERIFY(!editor.isReadOnly());
        QString error;
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("script")), qPrintable(error));
        QVERIFY(child<QLabel>(&editor, "callProblems")->text().contains(QStringLiteral("Not saved")));

        typeIn(child<QLineEdit>(&editor, "callName"), QStringLiteral("Appels aux sympathisants"));
        auto *script = child<QPlainTextEdit>(&editor, "callScript");
        script->setPlainText(QStringLiteral("Bonjour "));
        script->moveCursor(QTextCursor::End);
        editor.insertToken(QStringLiteral("first_name"));
        script->insertPlainText(QStringLiteral(", je vous appelle de **Die**."));
        QVERIFY2(script->toPlainText().startsWith(QStringLiteral("Bonjour {{first_name|")), qPrintable(script->toPlainText()));
        // The token menu holds the three personal fields.
        QVERIFY(child<QAction>(&editor, "token_last_name"));
        QVERIFY(child<QAction>(&editor, "token_commune"));

        // The survey: bad ids, too few choices.
        editor.addQuestion(QStringLiteral("Vote!"), QStringLiteral("single"), QStringLiteral("Irez-vous voter ?"),
                           {QStringLiteral("Oui"), QStringLiteral("Non")});
        editor.addQuestion(QStringLiteral("topics"), QStringLiteral("multiple"), QStringLiteral("Vos sujets ?"),
                           {QStringLiteral("Santé")});
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("Question 1: its id")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Question 2: give 2 to 20 choices")), qPrintable(error));
        auto *table = child<QTableWidget>(&editor, "callSurvey");
        table->item(0, CallCampaignEditor::IdColumn)->setText(QStringLiteral("topics"));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("used twice")), qPrintable(error));
        table->item(0, CallCampaignEditor::IdColumn)->setText(QStringLiteral("vote"));
        table->item(1, CallCampaignEditor::ChoicesColumn)->setText(QStringLiteral("Santé; Transports ;École;"));
        editor.addQuestion(QStringLiteral("comment"), QStringLiteral("text"), QStringLiteral("Un message ?"), {});
        // Removing a question.
        editor.addQuestion(QStringLiteral("extra"), QStringLiteral("single"), QStringLiteral("À enlever"), {});
        editor.removeQuestion(3);
        QCOMPARE(table->rowCount(), 3);

        // Hours: no day, or ending before starting, are refused.
        for (int d = 1; d <= 7; ++d)
            child<QCheckBox>(&editor, QStringLiteral("callDay%1").arg(d).toLatin1().constData())->setChecked(false);
        child<QTimeEdit>(&editor, "callFrom")->setTime(QTime(20, 30));
        child<QTimeEdit>(&editor, "callTo")->setTime(QTime(17, 30));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("calling day")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("end after")), qPrintable(error));
        for (int d : {1, 3, 5})
            child<QCheckBox>(&editor, QStringLiteral("callDay%1").arg(d).toLatin1().constData())->setChecked(true);
        child<QTimeEdit>(&editor, "callFrom")->setTime(QTime(17, 30));
        child<QTimeEdit>(&editor, "callTo")->setTime(QTime(20, 30));
        child<QSpinBox>(&editor, "callMaxAttempts")->setValue(4);
        child<QSpinBox>(&editor, "callRetryDelay")->setValue(90);
        child<QSpinBox>(&editor, "callLease")->setValue(45);
        child<QSpinBox>(&editor, "callGoal")->setValue(800);
        child<TagsEditor>(&editor, "callTeam")->setTags({QStringLiteral("cmartin"), QStringLiteral("bgarnier")});
        child<TagsEditor>(&editor, "callTagsIn")->setTags({QStringLiteral("sympathisant")});
        child<QLineEdit>(&editor, "callTagsOutEdit")->setText(QStringLiteral("élu")); // still typed: taken on save
        child<QCheckBox>(&editor, "callMembership_supporter")->setChecked(true);
        auto *status = child<QComboBox>(&editor, "callStatus");
        status->setCurrentIndex(status->findData(QStringLiteral("paused")));
        QVERIFY(editor.isModified());
        QVERIFY2(editor.save(&error), qPrintable(error));
        QVERIFY(!editor.isModified());

        const QList<SyncRecord> saved = RecordRepository(p.db()).list(Campaign);
        QCOMPARE(saved.size(), 1);
        const SyncRecord &r = saved.first();
        QCOMPARE(r.zone, QStringLiteral("D26"));
        QVERIFY(r.dirty);
        QCOMPARE(r.id.size(), 36);
        const QJsonObject &d = r.data;
        QCOMPARE(d.value(QLatin1String("name")).toString(), QStringLiteral("Appels aux sympathisants"));
        QCOMPARE(d.value(QLatin1String("script")).toString(),
                 QStringLiteral("Bonjour {{first_name|Madame, Monsieur}}, je vous appelle de **Die**."));
        const QJsonObject audience = d.value(QLatin1String("audience")).toObject();
        QCOMPARE(audience.value(QLatin1String("zones")).toArray(), QJsonArray({QStringLiteral("D26")}));
        QCOMPARE(audience.value(QLatin1String("tags_in")).toArray(), QJsonArray({QStringLiteral("sympathisant")}));
        QCOMPARE(audience.value(QLatin1String("tags_out")).toArray(), QJsonArray({QStringLiteral("élu")}));
        QCOMPARE(audience.value(QLatin1String("membership")).toArray(), QJsonArray({QStringLiteral("supporter")}));
        const QJsonArray expectedSurvey{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("vote")}, {QStringLiteral("kind"), QStringLiteral("single")},
                        {QStringLiteral("question"), QStringLiteral("Irez-vous voter ?")},
                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("Oui"), QStringLiteral("Non")}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("topics")}, {QStringLiteral("kind"), QStringLiteral("multiple")},
                        {QStringLiteral("question"), QStringLiteral("Vos sujets ?")},
                        {QStringLiteral("choices"), QJsonArray{QStringLiteral("Santé"), QStringLiteral("Transports"), QStringLiteral("École")}}},
            QJsonObject{{QStringLiteral("id"), QStringLiteral("comment")}, {QStringLiteral("kind"), QStringLiteral("text")},
                        {QStringLiteral("question"), QStringLiteral("Un message ?")}, {QStringLiteral("choices"), QJsonArray()}}};
        QCOMPARE(d.value(QLatin1String("survey")).toArray(), expectedSurvey);
        QCOMPARE(d.value(QLatin1String("hours")).toObject(),
                 QJsonObject({{QStringLiteral("days"), QJsonArray{1, 3, 5}}, {QStringLiteral("from"), QStringLiteral("17:30")},
                              {QStringLiteral("to"), QStringLiteral("20:30")}}));
        QCOMPARE(d.value(QLatin1String("max_attempts")).toInt(), 4);
        QCOMPARE(d.value(QLatin1String("retry_delay_minutes")).toInt(), 90);
        QCOMPARE(d.value(QLatin1String("lease_minutes")).toInt(), 45);
        QCOMPARE(d.value(QLatin1String("goal")).toInt(), 800);
        QCOMPARE(d.value(QLatin1String("team")).toArray(), QJsonArray({QStringLiteral("cmartin"), QStringLiteral("bgarnier")}));
        QCOMPARE(d.value(QLatin1String("status")).toString(), QStringLiteral("paused"));
        QCOMPARE(d.value(QLatin1String("language")).toString(), QStringLiteral("en")); // the test's locale
        QCOMPARE(p.queued(Campaign), 1);

        // Loading it back shows the same.
        editor.load(r);
        QCOMPARE(editor.survey(), expectedSurvey);
        QVERIFY(child<QCheckBox>(&editor, "callDay3")->isChecked());
        QVERIFY(!child<QCheckBox>(&editor, "callDay2")->isChecked());
        QCOMPARE(child<QTimeEdit>(&editor, "callFrom")->time(), QTime(17, 30));

        // A national campaign is not this user's: read-only.
        const QString national = Uuid7::generate();
        QVERIFY(p.pull(Campaign, QStringLiteral("FR"), campaignData(national, QStringLiteral("FR"), QStringLiteral("Nationale"))));
        editor.load(*RecordRepository(p.db()).get(Campaign, national));
        QVERIFY(editor.isReadOnly());
        QVERIFY(!child<QPushButton>(&editor, "saveCallButton")->isEnabled());
        QVERIFY(!editor.save(&error));
    }

    void editorAudienceOfARegion()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("calls.manage"), QStringLiteral("contacts.read")}}});
        SyncController sync(&p.session);
        CallCampaignEditor editor(&p.session);
        editor.setSyncController(&sync);
        editor.newCampaign();
        auto *zone = child<QComboBox>(&editor, "callZone");
        QCOMPARE(zone->currentData().toString(), QStringLiteral("R84"));
        auto *zones = child<QListWidget>(&editor, "callAudienceZones");
        QCOMPARE(zones->count(), 13); // the region, then its 12 departments
        QCOMPARE(zones->item(0)->checkState(), Qt::Checked);
        zones->item(0)->setCheckState(Qt::Unchecked);
        QString error;
        typeIn(child<QLineEdit>(&editor, "callName"), QStringLiteral("Drôme-Ardèche"));
        child<QPlainTextEdit>(&editor, "callScript")->setPlainText(QStringLiteral("Bonjour {{first_name|}}"));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("at least one zone")), qPrintable(error));
        QStringList ticked;
        for (int i = 0; i < zones->count(); ++i) {
            const QString code = zones->item(i)->data(Qt::UserRole).toString();
            if (code == QLatin1String("D26") || code == QLatin1String("D07")) {
                zones->item(i)->setCheckState(Qt::Checked);
                ticked << code;
            }
        }
        QVERIFY2(editor.save(&error), qPrintable(error));
        const QJsonArray saved = editor.record().data.value(QLatin1String("audience")).toObject().value(QLatin1String("zones")).toArray();
        QCOMPARE(saved, QJsonArray::fromStringList(ticked));
        QCOMPARE(editor.record().zone, QStringLiteral("R84"));
    }

    void liveViewShowsTheServersFigures()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("calls.manage"), QStringLiteral("contacts.read")}}});
        const QString id = Uuid7::generate();
        QVERIFY(p.pull(Campaign, QStringLiteral("D26"), campaignData(id, QStringLiteral("D26"), QStringLiteral("Législatives Drôme"))));
        SyncController sync(&p.session);
        CallLiveView view(&p.session);
        view.setSyncController(&sync);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCampaign(*RecordRepository(p.db()).get(Campaign, id));
        QCOMPARE(child<QLabel>(&view, "liveTitle")->text(), QStringLiteral("Législatives Drôme"));
        // Offline: nothing asked, and the tiles say why.
        QVERIFY(!view.isPolling());
        QCOMPARE(view.figureText(QStringLiteral("calls")), QStringLiteral("—"));
        QVERIFY2(view.figureDetail(QStringLiteral("calls")).contains(QStringLiteral("Connect")),
                 qPrintable(view.figureDetail(QStringLiteral("calls"))));

        const QJsonObject stats = liveStats();
        view.setStats(stats);
        QCOMPARE(view.figureText(QStringLiteral("calls")), QStringLiteral("372"));
        QCOMPARE(view.figureText(QStringLiteral("completed")), QStringLiteral("176"));
        QVERIFY(view.figureDetail(QStringLiteral("completed")).contains(QStringLiteral("800")));
        QCOMPARE(child<QProgressBar>(&view, "callGoalBar")->value(), 22);
        QCOMPARE(view.figureText(QStringLiteral("pool")), QStringLiteral("1,693"));
        QVERIFY(view.figureDetail(QStringLiteral("pool")).contains(QStringLiteral("2,140")));
        QCOMPARE(view.figureText(QStringLiteral("leased")), QStringLiteral("19"));
        QVERIFY2(view.figureDetail(QStringLiteral("leased")).contains(QStringLiteral("5 volunteers")),
                 qPrintable(view.figureDetail(QStringLiteral("leased"))));

        // Per volunteer, most calls first.
        QTableWidget *table = view.volunteerTable();
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Chloé Martin"));
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("cmartin"));
        QCOMPARE(table->item(0, 1)->data(Qt::DisplayRole).toInt(), 90);
        QCOMPARE(table->item(0, 2)->data(Qt::DisplayRole).toInt(), 44);
        QCOMPARE(table->item(0, 3)->data(Qt::DisplayRole).toInt(), 5);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Hélène Vermorel"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Bruno Garnier"));
        QCOMPARE(table->item(5, 0)->text(), QStringLiteral("hfaure")); // no display name
        QCOMPARE(table->item(5, 1)->data(Qt::DisplayRole).toInt(), 30);
        QCOMPARE(qobject_cast<QProgressBar *>(table->cellWidget(0, 4))->value(), 90 * 100 / 372);

        // Charts: calls per hour (completed and others stacked) and the outcomes.
        QCOMPARE(barTotal(view.hourlyChart()), 372.0);
        QCOMPARE(barTotal(view.outcomeChart()), 372.0);

        // The survey's distribution.
        QTreeWidget *tree = view.surveyTree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *vote = tree->topLevelItem(0);
        QCOMPARE(vote->text(0), QStringLiteral("Irez-vous voter le 15 mars ?"));
        QCOMPARE(vote->childCount(), 3);
        QCOMPARE(vote->child(0)->text(0), QStringLiteral("Oui"));
        QCOMPARE(vote->child(0)->text(1), QStringLiteral("121"));
        QCOMPARE(qobject_cast<QProgressBar *>(tree->itemWidget(vote->child(0), 2))->value(), 121 * 100 / 176);
        QVERIFY(tree->topLevelItem(2)->text(2).contains(QStringLiteral("57 written answers")));

        // Export: needs contacts.export on the zone, and the server.
        QString why;
        QVERIFY(!view.canExport(&why));
        QVERIFY2(why.contains(QStringLiteral("contacts.export")), qPrintable(why));
        QVERIFY(!view.exportButton()->isEnabled());
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("calls.manage"), QStringLiteral("contacts.read"),
                                               QStringLiteral("contacts.export")}}});
        Q_EMIT sync.accountChanged();
        QVERIFY(!view.canExport(&why));
        QVERIFY2(why.contains(QStringLiteral("connect")), qPrintable(why));
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("contacts.export")}}}); // a zone containing D26
        QVERIFY(!view.canExport(&why));
        QVERIFY2(why.contains(QStringLiteral("connect")), qPrintable(why));
        p.setGrants({{QStringLiteral("D07"), {QStringLiteral("contacts.export")}}}); // another zone
        QVERIFY(!view.canExport(&why));
        QVERIFY2(why.contains(QStringLiteral("contacts.export")), qPrintable(why));
        // Saving the server's file.
        QTemporaryDir out;
        FileChooser::setNextFileName(out.filePath(QStringLiteral("answers.csv")));
        QString message;
        QVERIFY(view.saveExport("called_at;volunteer;outcome\n2026-03-02;cmartin;completed\n", &message));
        QVERIFY2(message.contains(QStringLiteral("1 result saved")), qPrintable(message));
        QFile file(out.filePath(QStringLiteral("answers.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("cmartin"));

        // An invitation code is shown once, with its expiry.
        QVERIFY(!view.invitationButton()->isEnabled()); // offline
        view.showInvitation({{QStringLiteral("code"), QStringLiteral("K7QF-2M9X-LP4D")},
                             {QStringLiteral("expires_at"), QStringLiteral("2026-03-09T18:00:00.000Z")}});
        QCOMPARE(view.invitationCode(), QStringLiteral("K7QF-2M9X-LP4D"));
        QVERIFY(child<QLabel>(&view, "invitationCode")->text().contains(QStringLiteral("K7QF-2M9X-LP4D")));
        // Another campaign: the code is gone.
        view.setCampaign({});
        QVERIFY(view.invitationCode().isEmpty());
        QCOMPARE(view.figureText(QStringLiteral("calls")), QStringLiteral("—"));
    }

    void volunteersStartOnTheCallsPage()
    {
        Profile p;
        QVERIFY(p.open());
        // Never connected: the usual start, the campaigns' part shown.
        QVERIFY(!CallPage::callsOnly(p.db()));
        {
            MainWindow w(&p.session);
            auto *nav = child<QListWidget>(&w, "moduleList");
            QCOMPARE(nav->item(3)->text(), QStringLiteral("Calls"));
            QCOMPARE(nav->currentRow(), 0);
        }
        // An organiser with contacts: Contacts first.
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("contacts.read"), QStringLiteral("calls.manage")}}});
        QVERIFY(!CallPage::callsOnly(p.db()));
        {
            MainWindow w(&p.session);
            QCOMPARE(child<QListWidget>(&w, "moduleList")->currentRow(), 0);
            QVERIFY(w.callPage()->managesCampaigns());
        }
        // A volunteer: the Calls page, without the organisers' part.
        p.setGrants({});
        QVERIFY(CallPage::callsOnly(p.db()));
        const QString campaign = Uuid7::generate();
        p.pullAssignment(campaign, QStringLiteral("Hélène"), QStringLiteral("Vermorel"), QStringLiteral("Die"),
                         QStringLiteral("+33612345678"));
        p.pullAssignment(campaign, QStringLiteral("Bruno"), QStringLiteral("Garnier"), QStringLiteral("Crest"),
                         QStringLiteral("+33475123456"));
        MainWindow w(&p.session);
        SyncController sync(&p.session);
        w.callPage()->setSyncController(&sync);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(child<QListWidget>(&w, "moduleList")->currentRow(), 3);
        CallPage *page = w.callPage();
        QVERIFY(page->isVisible());
        QVERIFY(!page->managesCampaigns());
        QVERIFY(!child<QWidget>(page, "manageArea")->isVisible());
        // My call sessions: the campaign of the contacts reserved here, offline.
        QTableWidget *mine = page->mineTable();
        QCOMPARE(mine->rowCount(), 1);
        QCOMPARE(mine->item(0, CallPage::NameColumn)->text(), QStringLiteral("Législatives Drôme"));
        QCOMPARE(mine->item(0, CallPage::InHandColumn)->text(), QStringLiteral("2"));
        QVERIFY(child<QLabel>(page, "myCallsStatus")->text().contains(QStringLiteral("Offline")));
        // The server's list adds the campaigns without contacts here.
        const QString second = Uuid7::generate();
        page->setMine({{QStringLiteral("campaigns"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), campaign}, {QStringLiteral("name"), QStringLiteral("Législatives Drôme")},
                                               {QStringLiteral("zone"), QStringLiteral("D26")}, {QStringLiteral("goal"), 800},
                                               {QStringLiteral("completed"), 176}, {QStringLiteral("my_calls"), 12},
                                               {QStringLiteral("my_completed"), 5}, {QStringLiteral("leased"), 2},
                                               {QStringLiteral("open_now"), true}, {QStringLiteral("next_open"), QString()},
                                               {QStringLiteral("status"), QStringLiteral("active")}},
                                   QJsonObject{{QStringLiteral("id"), second}, {QStringLiteral("name"), QStringLiteral("Municipales Valence")},
                                               {QStringLiteral("zone"), QStringLiteral("D26")}, {QStringLiteral("goal"), 0},
                                               {QStringLiteral("completed"), 3}, {QStringLiteral("my_calls"), 0},
                                               {QStringLiteral("my_completed"), 0}, {QStringLiteral("leased"), 0},
                                               {QStringLiteral("open_now"), false},
                                               {QStringLiteral("next_open"), QStringLiteral("2026-03-02T16:00:00.000Z")},
                                               {QStringLiteral("status"), QStringLiteral("active")}}}}});
        QCOMPARE(mine->rowCount(), 2);
        QVERIFY2(mine->item(0, CallPage::ProgressColumn)->text().contains(QStringLiteral("176 of 800 completed")),
                 qPrintable(mine->item(0, CallPage::ProgressColumn)->text()));
        QCOMPARE(mine->item(0, CallPage::HoursColumn)->text(), QStringLiteral("open now"));
        QVERIFY(mine->item(1, CallPage::HoursColumn)->text().startsWith(QStringLiteral("opens ")));
        // "Start calling" opens the volunteer window on that campaign, with the server's progress.
        auto *start = qobject_cast<QPushButton *>(mine->cellWidget(0, CallPage::StartColumn));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        auto *volunteer = w.findChild<VolunteerWindow *>();
        QVERIFY(volunteer);
        QVERIFY(volunteer->isWindow());
        QCOMPARE(volunteer->campaignId(), campaign);
        QCOMPARE(volunteer->remaining(), 2);
        QVERIFY(child<QLabel>(volunteer, "progressLabel")->text().contains(QStringLiteral("176 of 800")));
        // A second click raises the same window.
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(w.findChildren<VolunteerWindow *>().size(), 1);
        volunteer->close();
        QTRY_COMPARE(w.findChildren<VolunteerWindow *>().size(), 0);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("RELAIS_CALLS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set RELAIS_CALLS_SCREENSHOTS to a directory to save screenshots of the Calls module");
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("calls.manage"), QStringLiteral("contacts.read"),
                                               QStringLiteral("contacts.export")}}});
        const QString id = Uuid7::generate();
        QVERIFY(p.pull(Campaign, QStringLiteral("D26"), campaignData(id, QStringLiteral("D26"), QStringLiteral("Législatives 2026 — 3e circonscription de la Drôme"))));
        QVERIFY(p.pull(Campaign, QStringLiteral("D07"), campaignData(Uuid7::generate(), QStringLiteral("D07"), QStringLiteral("Municipales Privas : rappel des adhérents"))));
        QJsonObject paused = campaignData(Uuid7::generate(), QStringLiteral("R84"), QStringLiteral("Pétition santé : remerciements"));
        paused.insert(QStringLiteral("status"), QStringLiteral("paused"));
        QVERIFY(p.pull(Campaign, QStringLiteral("R84"), paused));
        MainWindow w(&p.session);
        SyncController sync(&p.session);
        w.callPage()->setSyncController(&sync);
        w.resize(1440, 960);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showCalls();
        CallPage *page = w.callPage();
        page->setMine({{QStringLiteral("campaigns"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Législatives 2026 — 3e circonscription de la Drôme")},
                                               {QStringLiteral("zone"), QStringLiteral("D26")}, {QStringLiteral("goal"), 800},
                                               {QStringLiteral("completed"), 176}, {QStringLiteral("my_calls"), 12},
                                               {QStringLiteral("my_completed"), 5}, {QStringLiteral("leased"), 0},
                                               {QStringLiteral("open_now"), true}, {QStringLiteral("next_open"), QString()},
                                               {QStringLiteral("status"), QStringLiteral("active")}}}}});
        QVERIFY(page->open(id));
        page->tabs()->setCurrentIndex(CallPage::LiveTab);
        page->liveView()->setStats(liveStats());
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("calls-live.png"))));
        page->tabs()->setCurrentIndex(CallPage::EditorTab);
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("calls-editor.png"))));

        const QString campaign = Uuid7::generate();
        p.pullAssignment(campaign, QStringLiteral("Hélène"), QStringLiteral("Vermorel"), QStringLiteral("Die"),
                         QStringLiteral("+33612345678"), 2, QStringLiteral("Législatives 2026 — 3e circonscription de la Drôme"));
        for (int i = 0; i < 4; ++i)
            p.pullAssignment(campaign, QStringLiteral("Bruno"), QStringLiteral("Garnier"), QStringLiteral("Crest"),
                             QStringLiteral("+33475123456"), 1, QStringLiteral("Législatives 2026 — 3e circonscription de la Drôme"));
        VolunteerWindow v(&p.session, campaign, QString());
        v.setAttribute(Qt::WA_DeleteOnClose, false);
        v.setCampaignInfo({{QStringLiteral("id"), campaign}, {QStringLiteral("goal"), 800}, {QStringLiteral("completed"), 176},
                           {QStringLiteral("my_calls"), 12}, {QStringLiteral("my_completed"), 5}});
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        child<QRadioButton>(&v, "answer_vote_0")->setChecked(true);
        child<QCheckBox>(&v, "answer_topics_0")->setChecked(true);
        child<QCheckBox>(&v, "answer_topics_1")->setChecked(true);
        child<QPlainTextEdit>(&v, "callNotes")->setPlainText(QStringLiteral("Souhaite un covoiturage pour aller voter."));
        v.startCall();
        QTest::qWait(1200);
        QVERIFY(v.grab().save(QDir(dir).filePath(QStringLiteral("calls-volunteer.png"))));
    }
};

QTEST_MAIN(TestCalls)
#include "tst_calls.moc"
