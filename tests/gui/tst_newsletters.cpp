// Offscreen tests of the Newsletters module: the list and editor (drafts saved as synced records), the
// formatting toolbar, the checks and the preview, the audience count on a seeded replica, the statistics
// view, and the REST call's answer when there is no server.
#include "AudienceCounter.h"
#include "AudienceEditor.h"
#include "DemoGenerator.h"
#include "MainWindow.h"
#include "NewsletterEditor.h"
#include "NewsletterListDelegate.h"
#include "NewsletterPage.h"
#include "NewsletterPreview.h"
#include "NewsletterStatsView.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"
#include "ZoneTree.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

#include <cmath>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("newsletter tests passphrase");
const QString Newsletter = QStringLiteral("newsletter");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

struct Person {
    const char *first;
    const char *last;
    const char *zone;
    const char *email;
    Membership membership;
    QStringList tags;
    std::optional<bool> consent;
};

Contact contactOf(const Person &p)
{
    Contact c;
    c.firstName = QString::fromUtf8(p.first);
    c.lastName = QString::fromUtf8(p.last);
    c.zone = QString::fromLatin1(p.zone);
    c.email = QString::fromLatin1(p.email);
    c.membership = p.membership;
    c.tags = p.tags;
    c.consentFor(Channel::Email).granted = p.consent;
    if (p.consent)
        c.consentFor(Channel::Email).at = QDateTime::currentDateTimeUtc();
    return c;
}

/// The seeded replica of the audience tests; the comments say who counts for the whole region.
const QList<Person> &people()
{
    using M = Membership;
    static const QList<Person> list{
        {"Hélène", "Vermorel", "D69", "helene.vermorel@example.org", M::Member, {QStringLiteral("jeunes")}, true}, // yes
        {"Bruno", "Garnier", "D69", "bruno.garnier@example.org", M::Supporter,
         {QStringLiteral("jeunes"), QStringLiteral("porte-à-porte")}, true},                                     // yes
        {"Chloé", "Martin", "D69", "chloe.martin@example.org", M::Member, {}, false},                           // refused
        {"David", "Roux", "D69", "david.roux@example.org", M::Member, {QStringLiteral("Jeunes")}, std::nullopt}, // no answer
        {"Emma", "Blanc", "D69", "", M::None, {QStringLiteral("élus")}, true},                                  // no address
        {"Fabien", "Morel", "D01", "fabien.morel@example.org", M::Member, {QStringLiteral("JEUNES")}, true},     // yes
        {"Gaëlle", "Perrin", "D01", "gaelle.perrin@example.org", M::Former, {}, true},                          // yes
        {"Hugo", "Faure", "D38", "hugo.faure@example.org", M::Supporter, {QStringLiteral("élus")}, true},       // yes
        {"Inès", "Dupont", "D75", "ines.dupont@example.org", M::Member, {QStringLiteral("jeunes")}, true},      // other region
        {"Julien", "Vermorel", "D69", "helene.vermorel@example.org", M::Member, {QStringLiteral("jeunes")}, true}, // same address
    };
    return list;
}

struct Profile {
    QTemporaryDir dir;
    ProfileSession session;
    bool open(bool seeded = true, int demo = 0)
    {
        QString error;
        if (!session.create(dir.filePath(QStringLiteral("Rhône")), Passphrase, &error)) {
            qWarning() << error;
            return false;
        }
        QList<Contact> contacts;
        if (seeded)
            for (const Person &p : people())
                contacts << contactOf(p);
        if (demo > 0)
            contacts += DemoGenerator(ZoneTree::france()).generate(demo);
        if (!contacts.isEmpty() && !session.contacts()->insertMany(contacts, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }
    RecordRepository records() const { return RecordRepository(session.replica()->database()); }
    bool addRecord(const QString &type, const QString &zone, const QJsonObject &data, QString *id = nullptr)
    {
        SyncRecord r;
        r.type = type;
        r.zone = zone;
        r.data = data;
        QString error;
        RecordRepository repo(session.replica()->database());
        if (!repo.save(r, &error)) {
            qWarning() << error;
            return false;
        }
        if (id)
            *id = r.id;
        return true;
    }
};

AudienceCriteria audience(QStringList zones, QStringList in = {}, QStringList out = {}, QStringList membership = {})
{
    return AudienceCriteria{std::move(zones), std::move(in), std::move(out), std::move(membership)};
}

QStringList warningTexts(const NewsletterEditor &editor)
{
    QStringList out;
    for (int i = 0; i < editor.warningsList()->count(); ++i)
        out << editor.warningsList()->item(i)->text();
    return out;
}

/// Statistics as the server answers them: about three days of hourly figures after a send to 1,180 people.
QJsonObject realisticStats(bool tracking)
{
    QJsonArray series;
    const QDateTime start(QDate(2026, 6, 10), QTime(18, 0), Qt::UTC);
    const int sentPerHour[] = {610, 452, 118};
    qint64 sent = 0, opens = 0, clicks = 0, unsubscribed = 0, bounced = 0;
    for (int h = 0; h < 72; ++h) {
        const QDateTime at = start.addSecs(3600 * h);
        const int hourOfDay = at.toLocalTime().time().hour();
        // Opens fade after the send, with a rise each morning and evening as people read their mail.
        const double daily = (hourOfDay >= 7 && hourOfDay <= 9) || (hourOfDay >= 18 && hourOfDay <= 21) ? 1.8
            : hourOfDay < 6                                                                                ? 0.15
                                                                                                           : 1.0;
        const int o = int(std::lround(160.0 * std::exp(-h / 9.0) * daily + (h < 3 ? 40 : 0)));
        const int c = int(std::lround(o * 0.17));
        const int u = h < 30 && h % 4 == 1 ? 1 : 0;
        const int b = h < 3 ? 4 - h : 0;
        const int s = h < 3 ? sentPerHour[h] : 0;
        sent += s;
        opens += o;
        clicks += c;
        unsubscribed += u;
        bounced += b;
        series.append(QJsonObject{{QStringLiteral("at"), at.toString(Qt::ISODate)},
                                  {QStringLiteral("sent"), s},
                                  {QStringLiteral("opens"), tracking ? o : 0},
                                  {QStringLiteral("clicks"), tracking ? c : 0},
                                  {QStringLiteral("unsubscribed"), u},
                                  {QStringLiteral("bounced"), b}});
    }
    return {{QStringLiteral("status"), QStringLiteral("sent")},
            {QStringLiteral("recipients"), 1185},
            {QStringLiteral("sent"), sent},
            {QStringLiteral("failed"), 1185 - sent},
            {QStringLiteral("bounced"), bounced},
            {QStringLiteral("unsubscribed"), unsubscribed},
            {QStringLiteral("opens"), tracking ? opens : 0},
            {QStringLiteral("clicks"), tracking ? clicks : 0},
            {QStringLiteral("unique_opens"), tracking ? 541 : 0},
            {QStringLiteral("unique_clicks"), tracking ? 118 : 0},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("series"), series}};
}

const QString RealisticBody = QStringLiteral(
    "Bonjour {{first_name|Madame, Monsieur}},\n\n"
    "## Samedi, on va à la rencontre des Lyonnais\n\n"
    "Après trois semaines de préparation, nous lançons **la grande journée de porte-à-porte** de la fédération. "
    "Chaque équipe couvre un quartier avec un binôme expérimenté : aucune expérience n'est nécessaire.\n\n"
    "![Les militants du 7e arrondissement lors de la dernière journée](https://relais.example.org/img/porte-a-porte.jpg)\n\n"
    "- Rendez-vous à **9 h 30, place Bellecour**\n"
    "- Tracts et badges fournis\n"
    "- Déjeuner partagé à 13 h\n\n"
    "[Je m'inscris pour samedi](https://relais.example.org/inscription){.button}\n\n"
    "Merci pour votre engagement,\n\n"
    "*L'équipe de la fédération du Rhône*\n");
} // namespace

class TestNewsletters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The English translation carries the plural forms ("5 recipients").
        auto *en = new QTranslator(this);
        QVERIFY(en->load(QLocale(QLocale::English), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(en);
    }

    void audienceCounterCountsTheRightContacts()
    {
        Profile p;
        QVERIFY(p.open());
        const AudienceCounter counter(p.session.replica()->database());
        const QString region = QStringLiteral("R84"); // Auvergne-Rhône-Alpes: D01, D38, D69...
        // Consent to e-mails and an address, each address once: Hélène (and Julien, same address), Bruno,
        // Fabien, Gaëlle, Hugo. Chloé refused, David never answered, Emma has no address, Inès is in Paris.
        QCOMPARE(counter.count(region, audience({region})), 5);
        QCOMPARE(counter.count(region, audience({QStringLiteral("D69")})), 2);
        QCOMPARE(counter.count(region, audience({QStringLiteral("D01"), QStringLiteral("D38")})), 3);
        // Tags in: any of them, whatever the case; tags out: none of them.
        QCOMPARE(counter.count(region, audience({region}, {QStringLiteral("jeunes")})), 3);
        QCOMPARE(counter.count(region, audience({region}, {QStringLiteral("jeunes"), QStringLiteral("élus")})), 4);
        QCOMPARE(counter.count(region, audience({region}, {QStringLiteral("jeunes")}, {QStringLiteral("porte-à-porte")})), 2);
        QCOMPARE(counter.count(region, audience({region}, {}, {QStringLiteral("JEUNES")})), 2); // Gaëlle, Hugo
        // Membership: one of them (none ticked: anyone).
        QCOMPARE(counter.count(region, audience({region}, {}, {}, {QStringLiteral("member")})), 2);
        QCOMPARE(counter.count(region, audience({region}, {}, {}, {QStringLiteral("member"), QStringLiteral("supporter")})), 4);
        QCOMPARE(counter.count(region, audience({region}, {}, {}, {QStringLiteral("none")})), 0);
        // Zones: never beyond the newsletter's zone; a wider one means all of it; none means nobody.
        QCOMPARE(counter.count(QStringLiteral("D75"), audience({QStringLiteral("D75")})), 1);
        QCOMPARE(counter.count(QStringLiteral("D69"), audience({region})), 2);
        QCOMPARE(counter.count(QStringLiteral("D69"), audience({QStringLiteral("D01")})), 0);
        QCOMPARE(counter.count(region, audience({})), 0);
        QCOMPARE(counter.count(QStringLiteral("FR"), audience({QStringLiteral("FR")}, {QStringLiteral("jeunes")})), 4);
        QCOMPARE(AudienceCounter::departments(region, {region}).size(), 12);
        // A tag with LIKE's special characters matches only itself.
        QCOMPARE(counter.count(region, audience({region}, {QStringLiteral("jeu%")})), 0);

        // The first recipient personalises the preview.
        const auto first = counter.firstRecipient(region, audience({region}));
        QVERIFY(first);
        QCOMPARE((*first)[NewsletterTemplate::FirstName], QStringLiteral("Hélène"));
        QVERIFY(!counter.firstRecipient(region, audience({region}, {}, {}, {QStringLiteral("none")})));

        // The audience editor counts the same as it is edited.
        AudienceEditor editor(&p.session);
        editor.setZone(region);
        QCOMPARE(editor.criteria().zones, QStringList{region});
        QCOMPARE(editor.localCount(), 5);
        auto *zones = child<QTreeWidget>(&editor, "audienceZones");
        QCOMPARE(zones->topLevelItemCount(), 12);
        for (int i = 0; i < zones->topLevelItemCount(); ++i)
            if (zones->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("D69"))
                zones->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        QTRY_COMPARE(editor.localCount(), 3);
        QCOMPARE(editor.criteria().zones.size(), 11);
        QVERIFY(!editor.criteria().zones.contains(QStringLiteral("D69")));
        child<QCheckBox>(&editor, "membership_member")->setChecked(true);
        QTRY_COMPARE(editor.localCount(), 1); // Fabien
        QCOMPARE(editor.criteria().membership, QStringList{QStringLiteral("member")});
        QCOMPARE(child<QLabel>(&editor, "localCountLabel")->text(), QStringLiteral("1 recipient"));

        // Saved as a segment, and loaded back into another audience.
        QString error;
        QVERIFY2(editor.saveSegment(QStringLiteral("Members outside Lyon"), &error), qPrintable(error));
        const QList<SyncRecord> segments = p.records().list(QStringLiteral("segment"));
        QCOMPARE(segments.size(), 1);
        QVERIFY(segments.first().dirty);
        QCOMPARE(segments.first().zone, region);
        QCOMPARE(AudienceCriteria::fromJson(segments.first().data.value(QLatin1String("audience")).toObject()), editor.criteria());
        AudienceEditor other(&p.session);
        other.setZone(region);
        auto *combo = child<QComboBox>(&other, "segmentCombo");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("Members outside Lyon"));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(other.criteria(), editor.criteria());
        QCOMPARE(other.segmentId(), segments.first().id);
        QCOMPARE(other.localCount(), 1);
    }

    void draftCreatedInTheEditorIsSavedAsARecord()
    {
        Profile p;
        QVERIFY(p.open());
        NewsletterPage page(&p.session);
        page.resize(1200, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(p.records().list(Newsletter).isEmpty());

        QTest::mouseClick(child<QPushButton>(&page, "newNewsletterButton"), Qt::LeftButton);
        NewsletterEditor *editor = page.editor();
        QVERIFY(editor->isOpen());
        QVERIFY(!editor->isModified());
        // Without the account's grants, the zones are the departments of the replica.
        auto *zone = child<QComboBox>(editor, "zoneCombo");
        QCOMPARE(zone->count(), 4);
        QCOMPARE(zone->itemData(0).toString(), QStringLiteral("D01"));
        zone->setCurrentIndex(zone->findData(QStringLiteral("D69")));
        QTest::keyClicks(child<QLineEdit>(editor, "subjectEdit"), QStringLiteral("Porte-a-porte samedi"));
        QVERIFY(editor->isModified());
        QTest::mouseClick(child<QPushButton>(editor, "saveDraftButton"), Qt::LeftButton);

        QList<SyncRecord> saved = p.records().list(Newsletter);
        QCOMPARE(saved.size(), 1);
        const SyncRecord &r = saved.first();
        QVERIFY(r.dirty);
        QVERIFY(!r.id.isEmpty());
        QCOMPARE(r.zone, QStringLiteral("D69"));
        QCOMPARE(r.data.value(QLatin1String("kind")).toString(), QStringLiteral("newsletter"));
        QCOMPARE(r.data.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(r.data.value(QLatin1String("subject")).toString(), QStringLiteral("Porte-a-porte samedi"));
        QVERIFY(r.data.value(QLatin1String("body")).toString().startsWith(QStringLiteral("Hello {{first_name|")));
        QCOMPARE(AudienceCriteria::fromJson(r.data.value(QLatin1String("audience")).toObject()).zones,
                 QStringList{QStringLiteral("D69")});
        QVERIFY(!editor->isModified());
        QCOMPARE(editor->record().id, r.id);
        // Its upload is queued, and the list shows it.
        QSqlQuery q(p.session.replica()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM upload_queue WHERE record_type = 'newsletter'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        auto *list = page.list();
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("Porte-a-porte samedi"));
        QCOMPARE(list->topLevelItem(0)->child(0)->data(0, NewsletterListDelegate::StateRole).toString(), QStringLiteral("Draft"));
        QVERIFY(list->topLevelItem(0)->child(0)->data(0, NewsletterListDelegate::DetailsRole).toString()
                    .startsWith(QStringLiteral("69 – Rhône · ")));
        QVERIFY(list->topLevelItem(0)->child(0)->isSelected());

        // Editing saves by itself after a short pause.
        QPlainTextEdit *body = editor->bodyEdit();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("Rendez-vous a 9 h 30."));
        QVERIFY(editor->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(p.records().get(Newsletter, r.id)->data.value(QLatin1String("body")).toString()
                                     .endsWith(QStringLiteral("Rendez-vous a 9 h 30.")),
                                 5000);
        QVERIFY(!editor->isModified());

        // Saved as a template, duplicated, and the draft deleted.
        QString error;
        QVERIFY2(editor->saveAsTemplate(QStringLiteral("Porte-a-porte"), &error), qPrintable(error));
        QCOMPARE(list->topLevelItem(1)->childCount(), 1);
        page.open(r.id);
        page.duplicateSelected();
        QCOMPARE(list->topLevelItem(0)->childCount(), 2);
        QVERIFY(editor->record().id != r.id);
        QCOMPARE(editor->record().data.value(QLatin1String("subject")).toString(), QStringLiteral("Porte-a-porte samedi"));
        page.open(r.id);
        QVERIFY(page.deleteSelected(false));
        QVERIFY(!p.records().get(Newsletter, r.id));
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QVERIFY(!editor->isOpen());

        // A sent newsletter opens read-only, with its statistics.
        QString sentId;
        QVERIFY(p.addRecord(Newsletter, QStringLiteral("D69"),
                            {{QStringLiteral("kind"), QStringLiteral("newsletter")}, {QStringLiteral("status"), QStringLiteral("sent")},
                             {QStringLiteral("subject"), QStringLiteral("Compte rendu")}, {QStringLiteral("body"), QStringLiteral("Merci.")},
                             {QStringLiteral("sent_at"), QStringLiteral("2026-06-01T08:00:00Z")}},
                            &sentId));
        page.reload();
        QVERIFY(page.open(sentId));
        QVERIFY(editor->isReadOnly());
        QVERIFY(editor->bodyEdit()->isReadOnly());
        QVERIFY(!child<QPushButton>(editor, "sendNowButton")->isVisible());
        QVERIFY(child<QPushButton>(editor, "statsButton")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "deleteButton")->isEnabled());
    }

    void boldWrapsTheSelection()
    {
        Profile p;
        QVERIFY(p.open());
        NewsletterEditor editor(&p.session);
        editor.newDraft({}, QStringLiteral("D69"));
        QPlainTextEdit *body = editor.bodyEdit();
        body->setPlainText(QStringLiteral("Rendez-vous samedi matin\nDeuxième ligne"));
        QTextCursor c = body->textCursor();
        c.setPosition(12);
        c.setPosition(18, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("samedi"));
        child<QAction>(&editor, "boldAction")->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("Rendez-vous **samedi** matin\nDeuxième ligne"));
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("samedi"));
        // Again: the markers go away.
        c = body->textCursor();
        c.setPosition(12);
        c.setPosition(22, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        child<QAction>(&editor, "boldAction")->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("Rendez-vous samedi matin\nDeuxième ligne"));
        body->undo();
        QCOMPARE(body->toPlainText(), QStringLiteral("Rendez-vous **samedi** matin\nDeuxième ligne"));

        // A heading, a list, a button in a paragraph of its own, a field at the cursor.
        body->setPlainText(QStringLiteral("Titre\nun\ndeux"));
        body->setTextCursor(QTextCursor(body->document()->findBlockByNumber(0)));
        child<QAction>(&editor, "headingAction")->trigger();
        c = QTextCursor(body->document()->findBlockByNumber(1));
        c.setPosition(body->document()->findBlockByNumber(2).position() + 2, QTextCursor::KeepAnchor);
        body->setTextCursor(c);
        child<QAction>(&editor, "bulletsAction")->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("## Titre\n- un\n- deux"));
        body->moveCursor(QTextCursor::End);
        child<QAction>(&editor, "buttonAction")->trigger();
        QCOMPARE(body->toPlainText(), QStringLiteral("## Titre\n- un\n- deux\n\n[Button label](https://){.button}"));
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("https://"));
        QTest::keyClicks(body, QStringLiteral("https://example.org/go"));
        editor.refreshNow();
        QVERIFY(editor.preview()->html().contains(QStringLiteral("href=\"https://example.org/go\">Button label</a>")));
    }

    void unknownTokenIsAnErrorAndBlocksSending()
    {
        Profile p;
        QVERIFY(p.open());
        QString sender;
        QVERIFY(p.addRecord(QStringLiteral("sender"), QStringLiteral("R84"),
                            {{QStringLiteral("name"), QStringLiteral("Fédération du Rhône")},
                             {QStringLiteral("email"), QStringLiteral("rhone@example.org")}},
                            &sender));
        NewsletterEditor editor(&p.session);
        editor.newDraft({}, QStringLiteral("D69"));
        auto *senders = child<QComboBox>(&editor, "senderCombo");
        QCOMPARE(senders->count(), 1);
        QCOMPARE(senders->currentData().toString(), sender);
        QCOMPARE(senders->currentText(), QStringLiteral("Fédération du Rhône <rhone@example.org>"));
        child<QLineEdit>(&editor, "subjectEdit")->setText(QStringLiteral("Samedi"));
        editor.bodyEdit()->setPlainText(QStringLiteral("Bonjour {{first_name}},\n\nà samedi."));
        editor.refreshNow();
        QVERIFY(editor.compiled().isSendable());
        QCOMPARE(warningTexts(editor), QStringList{QStringLiteral("No problem found.")});
        // Good to go but for the server: the reason says so.
        auto *send = child<QPushButton>(&editor, "sendNowButton");
        QVERIFY(!send->isEnabled());
        QVERIFY2(editor.sendBlockedReason().startsWith(QStringLiteral("Connect this profile")), qPrintable(editor.sendBlockedReason()));

        editor.bodyEdit()->setPlainText(QStringLiteral("Bonjour {{first_name}},\n\nà samedi.\n\nSigné : {{signature}}"));
        // Checked after a pause in typing.
        QTRY_VERIFY(warningTexts(editor).join(u'\n').contains(QStringLiteral("Unknown personalisation token {{signature}}")));
        const QStringList warnings = warningTexts(editor);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("Line 5: Unknown personalisation token {{signature}}")),
                 qPrintable(warnings.first()));
        QVERIFY(!editor.compiled().isSendable());
        QCOMPARE(editor.sendBlockedReason(), QStringLiteral("Fix the errors listed under the text first."));
        QVERIFY(!send->isEnabled());
        QCOMPARE(send->toolTip(), editor.sendBlockedReason());
        QVERIFY(!child<QPushButton>(&editor, "sendTestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&editor, "scheduleButton")->isEnabled());
        // Clicking the error goes to its line.
        editor.bodyEdit()->moveCursor(QTextCursor::Start);
        QListWidgetItem *item = editor.warningsList()->item(0);
        Q_EMIT editor.warningsList()->itemClicked(item);
        QCOMPARE(editor.bodyEdit()->textCursor().blockNumber(), 4);

        // Without a subject, that is an error too.
        editor.bodyEdit()->setPlainText(QStringLiteral("Bonjour"));
        child<QLineEdit>(&editor, "subjectEdit")->clear();
        editor.refreshNow();
        QCOMPARE(warningTexts(editor), QStringList{QStringLiteral("The newsletter has no subject.")});
        QCOMPARE(editor.sendBlockedReason(), QStringLiteral("Fix the errors listed under the text first."));
    }

    void previewIsPersonalisedWithFallbacks()
    {
        Profile p;
        QVERIFY(p.open());
        NewsletterEditor editor(&p.session);
        // In Paris nobody with consent but Inès; in a membership nobody has: the fallbacks.
        editor.newDraft({{QStringLiteral("subject"), QStringLiteral("{{first_name|Chers amis}}, samedi")},
                         {QStringLiteral("preheader"), QStringLiteral("Pour {{first_name|vous}}")},
                         {QStringLiteral("audience"), audience({QStringLiteral("D69")}, {}, {}, {QStringLiteral("none")}).toJson()},
                         {QStringLiteral("zone"), QStringLiteral("D69")}},
                        QStringLiteral("D69"));
        editor.refreshNow();
        QCOMPARE(editor.audienceEditor()->localCount(), 0);
        NewsletterPreview *preview = editor.preview();
        QVERIFY2(preview->html().contains(QStringLiteral("Hello Madam, Sir,")), qPrintable(preview->html()));
        QVERIFY(preview->plainText().startsWith(QStringLiteral("Hello Madam, Sir,")));
        QVERIFY(preview->browser()->toPlainText().contains(QStringLiteral("Hello Madam, Sir,")));
        QCOMPARE(child<QLabel>(preview, "previewSubject")->text(), QStringLiteral("Chers amis, samedi"));
        QVERIFY(child<QLabel>(preview, "previewSample")->text().contains(QStringLiteral("fallbacks")));
        QVERIFY(!preview->html().contains(QStringLiteral("display:none"))); // the preheader is shown above instead

        // With the first recipient of the audience: her own first name.
        child<QCheckBox>(editor.audienceEditor(), "membership_none")->setChecked(false);
        QTRY_COMPARE(editor.audienceEditor()->localCount(), 2);
        QTRY_VERIFY(preview->html().contains(QStringLiteral("Hello Hélène,")));
        QCOMPARE(child<QLabel>(preview, "previewSubject")->text(), QStringLiteral("Hélène, samedi"));
        QCOMPARE(child<QLabel>(preview, "previewSample")->text(), QStringLiteral("Shown as Hélène Vermorel will see it."));
        QCOMPARE(child<QTabWidget>(&editor, "newsletterTabs")->tabText(1), QStringLiteral("Audience (2)"));

        // Images are framed descriptions; buttons coloured cells.
        editor.bodyEdit()->setPlainText(RealisticBody);
        editor.refreshNow();
        QVERIFY(editor.compiled().isSendable());
        QVERIFY(preview->html().contains(QStringLiteral("<b>Les militants du 7e arrondissement lors de la dernière journée</b>")));
        QVERIFY(preview->html().contains(QStringLiteral("<td bgcolor=\"#1565c0\"")));
        QVERIFY(!preview->html().contains(QStringLiteral("<img ")));
    }

    void statsViewShowsTheServersFigures()
    {
        const QJsonObject stats = realisticStats(true);
        std::unique_ptr<NewsletterStatsView> view(NewsletterStatsView::fromJson(stats));
        view->resize(980, 600);
        view->show();
        const qint64 sent = stats.value(QLatin1String("sent")).toInteger();
        QCOMPARE(sent, 1180);
        QCOMPARE(view->figureText(QStringLiteral("sent")), QStringLiteral("1,180"));
        QCOMPARE(view->rateText(QStringLiteral("sent")), QStringLiteral("100\u00a0% of the recipients"));
        QCOMPARE(view->figureText(QStringLiteral("failed")), QStringLiteral("5"));
        QCOMPARE(view->rateText(QStringLiteral("failed")), QStringLiteral("0.4\u00a0% of the recipients"));
        QCOMPARE(view->figureText(QStringLiteral("opens")), QStringLiteral("541"));
        QVERIFY2(view->rateText(QStringLiteral("opens")).startsWith(QStringLiteral("46\u00a0% opened it · ")),
                 qPrintable(view->rateText(QStringLiteral("opens"))));
        QCOMPARE(view->figureText(QStringLiteral("clicks")), QStringLiteral("118"));
        QCOMPARE(view->figureText(QStringLiteral("bounced")), QStringLiteral("9"));
        QCOMPARE(view->figureText(QStringLiteral("unsubscribed")), QLocale().toString(stats.value(QLatin1String("unsubscribed")).toInteger()));
        QVERIFY(view->note().isEmpty());
        QCOMPARE(view->chart()->series().size(), 4);
        QVERIFY(child<QLabel>(view.get(), "statsSummary")->text().contains(QStringLiteral("1,185 recipients")));
        QSignalSpy refresh(view.get(), &NewsletterStatsView::refreshRequested);
        QTest::mouseClick(child<QPushButton>(view.get(), "refreshStatsButton"), Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);

        // An organisation that does not track: no opens nor clicks, and the note says why.
        view->setStats(realisticStats(false));
        QCOMPARE(view->note(), QStringLiteral("Opens and clicks are not tracked for your organisation, so they are not counted here."));
        QVERIFY(!child<QWidget>(view.get(), "tile_opens")->isVisible());
        QCOMPARE(view->chart()->series().size(), 2);

        if (const QString shot = qEnvironmentVariable("RELAIS_NEWSLETTER_STATS_SCREENSHOT"); !shot.isEmpty()) {
            view->setStats(stats);
            view->resize(980, 600);
            QTest::qWait(100);
            QVERIFY(view->grab().save(shot));
        }
    }

    void apiWithoutServerAnswersWithAnError()
    {
        Profile p;
        QVERIFY(p.open(false));
        SyncController sync(&p.session);
        QVERIFY(!sync.isOnline());
        QCOMPARE(sync.state(), SyncStatusWidget::State::NotConnected);
        bool called = false;
        ApiResult answer;
        sync.api(QStringLiteral("POST"), QStringLiteral("/newsletters/audience"), {}, [&](const ApiResult &r) {
            called = true;
            answer = r;
        });
        QVERIFY(!called); // always later, never inside the call
        QTRY_VERIFY(called);
        QCOMPARE(answer.httpStatus, 0);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error.contains(QStringLiteral("not connected to a server")), qPrintable(answer.error));
        // With a context that is gone, the answer is dropped.
        auto *context = new QObject;
        bool dropped = true;
        sync.api(QStringLiteral("GET"), QStringLiteral("/me"), {}, context, [&](const ApiResult &) { dropped = false; });
        delete context;
        QTest::qWait(20);
        QVERIFY(dropped);
    }

    void screenshotOfTheEditor()
    {
        const QString shot = qEnvironmentVariable("RELAIS_NEWSLETTER_SCREENSHOT");
        if (shot.isEmpty())
            QSKIP("set RELAIS_NEWSLETTER_SCREENSHOT to save a screenshot of the newsletter editor");
        Profile p;
        QVERIFY(p.open(true, 4000));
        QString sender;
        QVERIFY(p.addRecord(QStringLiteral("sender"), QStringLiteral("D69"),
                            {{QStringLiteral("name"), QStringLiteral("Fédération du Rhône")},
                             {QStringLiteral("email"), QStringLiteral("federation69@example.org")}},
                            &sender));
        QVERIFY(p.addRecord(Newsletter, QStringLiteral("D69"),
                            {{QStringLiteral("kind"), QStringLiteral("template")},
                             {QStringLiteral("name"), QStringLiteral("Lettre mensuelle")},
                             {QStringLiteral("subject"), QStringLiteral("Les nouvelles du mois")},
                             {QStringLiteral("body"), QStringLiteral("Bonjour {{first_name}},")}}));
        QVERIFY(p.addRecord(Newsletter, QStringLiteral("D69"),
                            {{QStringLiteral("kind"), QStringLiteral("newsletter")}, {QStringLiteral("status"), QStringLiteral("sent")},
                             {QStringLiteral("subject"), QStringLiteral("Compte rendu de l'assemblée générale")},
                             {QStringLiteral("sent_at"), QStringLiteral("2026-05-28T17:30:00Z")}}));
        QVERIFY(p.addRecord(Newsletter, QStringLiteral("R84"),
                            {{QStringLiteral("kind"), QStringLiteral("newsletter")}, {QStringLiteral("status"), QStringLiteral("scheduled")},
                             {QStringLiteral("subject"), QStringLiteral("Université d'été : inscriptions ouvertes")},
                             {QStringLiteral("scheduled_at"), QStringLiteral("2026-06-20T07:00:00Z")}}));
        MainWindow w(&p.session);
        w.resize(1440, 960);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showNewsletters();
        NewsletterPage *page = w.newsletterPage();
        page->newNewsletter();
        NewsletterEditor *editor = page->editor();
        auto *zone = child<QComboBox>(editor, "zoneCombo");
        zone->setCurrentIndex(zone->findData(QStringLiteral("D69")));
        child<QLineEdit>(editor, "subjectEdit")->setText(QStringLiteral("Samedi 14 juin : grande journée de porte-à-porte à Lyon"));
        child<QLineEdit>(editor, "preheaderEdit")->setText(QStringLiteral("Rendez-vous à 9 h 30 place Bellecour, café offert"));
        editor->bodyEdit()->setPlainText(RealisticBody);
        QVERIFY(editor->save());
        editor->refreshNow();
        editor->bodyEdit()->setTextCursor(QTextCursor(editor->bodyEdit()->document()->findBlockByNumber(2)));
        // The preview a little wider than the text, so that the whole message shows, button included.
        if (auto *split = editor->findChild<QSplitter *>())
            split->setSizes({400, 560});
        QTest::qWait(300);
        QVERIFY(w.grab().save(shot));
        const QString base = shot.left(shot.size() - 4);
        editor->tabs()->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(w.grab().save(base + QStringLiteral("-audience.png")));
    }
};

QTEST_MAIN(TestNewsletters)
#include "tst_newsletters.moc"
