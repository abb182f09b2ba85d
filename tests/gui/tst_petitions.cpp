// Offscreen tests of the Petitions module: the editor (validation of the public address, zones limited to
// petitions.manage, read-only petitions of other zones, the public URL), the results of a petition from
// signature records pulled into the replica (totals, goal, charts, filters, sorting, refresh after sync)
// and the CSV export (permission and connection gating, saving the server's file). With
// RELAIS_PETITION_SCREENSHOTS=DIR, saves petition-results.png and petition-editor.png there.
#include "ContactJson.h"
#include "DemoGenerator.h"
#include "FileChooser.h"
#include "MainWindow.h"
#include "NewsletterListDelegate.h"
#include "PetitionEditor.h"
#include "PetitionPage.h"
#include "PetitionResultsView.h"
#include "ProfileSession.h"
#include "ReplicaProfile.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SignatureTableModel.h"
#include "SyncController.h"
#include "SyncRecordStore.h"
#include "SyncStore.h"
#include "TextNormalizer.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("petition tests passphrase");
const QString Petition = QStringLiteral("petition");
const QString Signature = QStringLiteral("signature");

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

struct Profile : test::ReplicaProfile {
    bool open() { return ReplicaProfile::open(QStringLiteral("Drôme"), Passphrase); }
    QString pullPetition(const QString &zone, const QString &title, qint64 goal, const QString &slug)
    {
        const QString id = Uuid7::generate();
        pull(Petition, zone,
             {{QStringLiteral("id"), id}, {QStringLiteral("zone"), zone}, {QStringLiteral("title"), title},
              {QStringLiteral("text"), QStringLiteral("Nous demandons le maintien de la maternité.")},
              {QStringLiteral("goal"), goal}, {QStringLiteral("slug"), slug}, {QStringLiteral("language"), QStringLiteral("fr")},
              {QStringLiteral("optin_text"), QStringLiteral("Je veux recevoir la lettre d'information")},
              {QStringLiteral("updated_at"), QStringLiteral("2026-04-01T08:00:00.000Z")}});
        return id;
    }
    bool pullSignature(const QString &petition, const QString &first, const QString &last, const QString &department,
                       const QDateTime &confirmed, bool optin)
    {
        const QString id = Uuid7::generate();
        const QString email = TextNormalizer::fold(first + u'.' + last).replace(u' ', u'.') + QStringLiteral("@example.org");
        const QString postalCode = department.size() == 3 ? department.mid(1) + QStringLiteral("000") : QStringLiteral("26150");
        return pull(Signature, department.isEmpty() ? QStringLiteral("D26") : department,
                    {{QStringLiteral("id"), id}, {QStringLiteral("zone"), department}, {QStringLiteral("petition_id"), petition},
                     {QStringLiteral("first_name"), first}, {QStringLiteral("last_name"), last},
                     {QStringLiteral("email"), email}, {QStringLiteral("postal_code"), postalCode},
                     {QStringLiteral("phone"), QString()}, {QStringLiteral("department"), department},
                     {QStringLiteral("newsletter_optin"), optin},
                     {QStringLiteral("signed_at"), ContactJson::isoTime(confirmed.addSecs(-600))},
                     {QStringLiteral("confirmed_at"), ContactJson::isoTime(confirmed)},
                     {QStringLiteral("contact_id"), QString()}});
    }
    SyncRecord record(const QString &id) const
    {
        return RecordRepository(db()).get(Petition, id).value_or(SyncRecord());
    }
};

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

/// Seven signatures: D26 ×3, D07 ×2, D69, D75.
bool pullSeven(Profile &p, const QString &petition)
{
    return p.pullSignature(petition, QStringLiteral("Hélène"), QStringLiteral("Vermorel"), QStringLiteral("D26"), utc(4, 2, 9), true)
        && p.pullSignature(petition, QStringLiteral("Bruno"), QStringLiteral("Garnier"), QStringLiteral("D26"), utc(4, 2, 15), false)
        && p.pullSignature(petition, QStringLiteral("Chloé"), QStringLiteral("Martin"), QStringLiteral("D26"), utc(4, 3, 10), true)
        && p.pullSignature(petition, QStringLiteral("Fabien"), QStringLiteral("Morel"), QStringLiteral("D07"), utc(4, 3, 18), false)
        && p.pullSignature(petition, QStringLiteral("Gaëlle"), QStringLiteral("Perrin"), QStringLiteral("D07"), utc(4, 5, 8), true)
        && p.pullSignature(petition, QStringLiteral("Hugo"), QStringLiteral("Faure"), QStringLiteral("D69"), utc(4, 6, 20), false)
        && p.pullSignature(petition, QStringLiteral("Inès"), QStringLiteral("Dupont"), QStringLiteral("D75"), utc(4, 6, 21), true);
}

/// As if the user typed `text` in place of the field's text (keyClicks cannot type accents).
void typeIn(QLineEdit *edit, const QString &text, bool append = false)
{
    edit->setText(append ? edit->text() + text : text);
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
} // namespace

class TestPetitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English plurals ("%Ln signature(s)"), once lupdate has put the strings there.
        auto *en = new QTranslator(this);
        if (en->load(QLocale(QLocale::English), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(en);
        ZoneTree::france();
    }

    void editorValidatesAndSaves()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("petitions.manage"), QStringLiteral("contacts.read")}},
                     {QStringLiteral("R84"), {QStringLiteral("newsletters.send"), QStringLiteral("contacts.read")}}});
        SyncStore(p.db()).setStateValue(QStringLiteral("server_url"), QStringLiteral("https://relais.example.org/"));
        SyncController sync(&p.session);
        PetitionEditor editor(&p.session);
        editor.setSyncController(&sync);
        editor.resize(1000, 700);
        editor.show();
        // Only where petitions.manage is held: not the region where newsletters.send is.
        QCOMPARE(editor.zoneChoices(), QStringList({QStringLiteral("D26")}));
        editor.newPetition();
        QVERIFY(editor.isOpen());
        QVERIFY(!editor.isReadOnly());
        auto *zone = child<QComboBox>(&editor, "petitionZone");
        QCOMPARE(zone->count(), 1);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("D26"));

        // The address follows the title, accents folded.
        auto *title = child<QLineEdit>(&editor, "petitionTitle");
        typeIn(title, QStringLiteral("Sauvons la maternité de Die !"));
        auto *slug = child<QLineEdit>(&editor, "petitionSlug");
        QCOMPARE(slug->text(), QStringLiteral("sauvons-la-maternite-de-die"));
        QCOMPARE(editor.publicUrl(), QStringLiteral("https://relais.example.org/p/sauvons-la-maternite-de-die"));
        QVERIFY(child<QLabel>(&editor, "petitionUrl")->text().contains(editor.publicUrl()));
        QVERIFY(child<QWidget>(&editor, "copyUrlButton")->isEnabled());
        child<QPlainTextEdit>(&editor, "petitionText")->setPlainText(QStringLiteral("Nous demandons **le maintien** de la maternité."));

        // A bad address is refused.
        typeIn(slug, QStringLiteral("Bad Slug!"));
        QString error;
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("lowercase letters")), qPrintable(error));
        QVERIFY(editor.publicUrl().isEmpty());
        typeIn(slug, QStringLiteral("ab"));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("at least 3")), qPrintable(error));
        typeIn(slug, QStringLiteral("-abc"));
        QVERIFY(!editor.save(&error));
        typeIn(slug, QStringLiteral("maternite-die"));
        // The title no longer changes an address written by hand.
        typeIn(title, QStringLiteral(" 2026"), true);
        QCOMPARE(slug->text(), QStringLiteral("maternite-die"));

        // Closing before opening is refused.
        child<QCheckBox>(&editor, "petitionOpensSet")->setChecked(true);
        child<QCheckBox>(&editor, "petitionClosesSet")->setChecked(true);
        auto *opens = child<QDateTimeEdit>(&editor, "petitionOpens");
        auto *closes = child<QDateTimeEdit>(&editor, "petitionCloses");
        opens->setDateTime(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        closes->setDateTime(QDateTime(QDate(2026, 5, 1), QTime(9, 0)));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("close after")), qPrintable(error));
        closes->setDateTime(QDateTime(QDate(2026, 9, 30), QTime(23, 0)));
        child<QSpinBox>(&editor, "petitionGoal")->setValue(5000);
        child<QLineEdit>(&editor, "petitionOptin")->setText(QStringLiteral("Je veux être tenu·e informé·e"));
        QVERIFY2(editor.save(&error), qPrintable(error));
        QVERIFY(!editor.isModified());

        const QList<SyncRecord> saved = RecordRepository(p.db()).list(Petition);
        QCOMPARE(saved.size(), 1);
        const SyncRecord &r = saved.first();
        QCOMPARE(r.zone, QStringLiteral("D26"));
        QVERIFY(r.dirty);
        QCOMPARE(r.data.value(QLatin1String("slug")).toString(), QStringLiteral("maternite-die"));
        QCOMPARE(r.data.value(QLatin1String("title")).toString(), QStringLiteral("Sauvons la maternité de Die ! 2026"));
        QCOMPARE(r.data.value(QLatin1String("goal")).toInt(), 5000);
        QCOMPARE(r.data.value(QLatin1String("language")).toString(), QStringLiteral("en")); // the test's locale
        QCOMPARE(ContactJson::fromIso(r.data.value(QLatin1String("opens_at")).toString()),
                 QDateTime(QDate(2026, 6, 1), QTime(9, 0)).toUTC());
        QCOMPARE(r.data.value(QLatin1String("optin_text")).toString(), QStringLiteral("Je veux être tenu·e informé·e"));
        QVERIFY(r.data.value(QLatin1String("text")).toString().contains(QStringLiteral("**le maintien**")));
        int queued = 0;
        QSqlQuery q(p.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM upload_queue WHERE record_type = 'petition'")) && q.next());
        queued = q.value(0).toInt();
        QCOMPARE(queued, 1);

        // A second petition may not take the same address.
        editor.newPetition();
        QTest::keyClicks(child<QLineEdit>(&editor, "petitionTitle"), QStringLiteral("Autre"));
        child<QPlainTextEdit>(&editor, "petitionText")->setPlainText(QStringLiteral("Texte"));
        typeIn(slug, QStringLiteral("maternite-die"));
        QVERIFY(!editor.save(&error));
        QVERIFY2(error.contains(QStringLiteral("already uses")), qPrintable(error));

        // A petition of a zone the user does not manage (the national one) is read-only.
        const QString national = p.pullPetition(QStringLiteral("FR"), QStringLiteral("Pétition nationale"), 100000,
                                                QStringLiteral("nationale"));
        editor.load(p.record(national));
        QVERIFY(editor.isReadOnly());
        QVERIFY(title->isReadOnly());
        QVERIFY(!child<QPushButton>(&editor, "savePetitionButton")->isEnabled());
        QCOMPARE(zone->currentData().toString(), QStringLiteral("FR"));
        QVERIFY(!editor.save(&error));

        // Signed already: the address is locked.
        const QString local = p.pullPetition(QStringLiteral("D26"), QStringLiteral("Signée"), 10, QStringLiteral("signee"));
        QVERIFY(p.pullSignature(local, QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D26"), utc(4, 2, 9), true));
        editor.load(p.record(local));
        QVERIFY(!editor.isReadOnly());
        QVERIFY(slug->isReadOnly());
        QVERIFY(title->isEnabled() && !title->isReadOnly());
    }

    void resultsShowTheReplicasSignatures()
    {
        Profile p;
        QVERIFY(p.open());
        const QString id = p.pullPetition(QStringLiteral("D26"), QStringLiteral("Sauvons la maternité de Die"), 10,
                                          QStringLiteral("maternite-die"));
        QVERIFY(pullSeven(p, id));
        const QString other = p.pullPetition(QStringLiteral("D26"), QStringLiteral("Autre"), 0, QStringLiteral("autre"));
        QVERIFY(p.pullSignature(other, QStringLiteral("Jean"), QStringLiteral("Autre"), QStringLiteral("D26"), utc(4, 2, 9), true));

        SyncController sync(&p.session);
        PetitionResultsView view(&p.session);
        view.setSyncController(&sync);
        view.resize(1200, 800);
        view.show();
        view.setPetition(p.record(id));
        QCOMPARE(view.figureText(QStringLiteral("local")), QStringLiteral("7"));
        QCOMPARE(view.figureText(QStringLiteral("goal")), QStringLiteral("10"));
        QCOMPARE(view.goalPercent(), 70);
        // Offline: the server's figures are unknown, and the view says why.
        QCOMPARE(view.figureText(QStringLiteral("confirmed")), QStringLiteral("—"));
        QVERIFY2(view.figureDetail(QStringLiteral("confirmed")).contains(QStringLiteral("Connect")),
                 qPrintable(view.figureDetail(QStringLiteral("confirmed"))));
        view.setServerStats({{QStringLiteral("confirmed"), 12}, {QStringLiteral("pending"), 3}, {QStringLiteral("goal"), 10}});
        QCOMPARE(view.figureText(QStringLiteral("confirmed")), QStringLiteral("12"));
        QCOMPARE(view.figureText(QStringLiteral("pending")), QStringLiteral("3"));
        QCOMPARE(view.goalPercent(), 100);

        // Charts: cumulative per day, bars per department and region.
        const auto *line = qobject_cast<QLineSeries *>(view.timeChart()->series().value(0));
        QVERIFY(line);
        QCOMPARE(line->count(), 5); // a start at 0, then the end of each of the 4 days
        QCOMPARE(line->at(line->count() - 1).y(), 7.0);
        QCOMPARE(line->at(1).y(), 2.0);
        QCOMPARE(barTotal(view.departmentChart()), 7.0);
        QCOMPARE(barTotal(view.regionChart()), 7.0);
        // When the server counts more than this replica holds (departments outside the user's zones), the place
        // charts show the server's per-department counts, and say so.
        view.setServerStats({{QStringLiteral("confirmed"), 12}, {QStringLiteral("pending"), 3}, {QStringLiteral("goal"), 10},
                             {QStringLiteral("departments"), QJsonArray{QJsonObject{{QStringLiteral("department"), QStringLiteral("D69")},
                                                                                    {QStringLiteral("confirmed"), 7}},
                                                                        QJsonObject{{QStringLiteral("department"), QStringLiteral("D13")},
                                                                                    {QStringLiteral("confirmed"), 5}}}}});
        QCOMPARE(barTotal(view.departmentChart()), 12.0);
        QCOMPARE(barTotal(view.regionChart()), 12.0);
        QVERIFY(view.departmentChart()->title().contains(QStringLiteral("server")));
        view.reload();
        QCOMPARE(barTotal(view.departmentChart()), 12.0);
        const auto *regionBars = qobject_cast<QAbstractBarSeries *>(view.regionChart()->series().value(0));
        QCOMPARE(regionBars->barSets().first()->count(), 2); // Auvergne-Rhône-Alpes 6, Île-de-France 1

        // The table and its filters.
        QAbstractItemModel *model = view.tableModel();
        QCOMPARE(model->rowCount(), 7);
        auto *department = child<QComboBox>(&view, "signatureDepartmentFilter");
        QCOMPARE(department->count(), 5); // all, D07, D26, D69, D75
        department->setCurrentIndex(department->findData(QStringLiteral("D26")));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(child<QLabel>(&view, "shownCount")->text().contains(QStringLiteral("3 of 7")));
        auto *optin = child<QComboBox>(&view, "signatureOptinFilter");
        optin->setCurrentIndex(optin->findData(true));
        QCOMPARE(model->rowCount(), 2);
        optin->setCurrentIndex(optin->findData(false));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SignatureTableModel::LastName).data().toString(), QStringLiteral("Garnier"));
        optin->setCurrentIndex(0);
        department->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(&view, "signatureSearch"), QStringLiteral("GAELLE"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SignatureTableModel::Department).data().toString(), QStringLiteral("07"));
        child<QLineEdit>(&view, "signatureSearch")->clear();
        child<QDateEdit>(&view, "signatureFromDate")->setDate(QDate(2026, 4, 3));
        child<QDateEdit>(&view, "signatureToDate")->setDate(QDate(2026, 4, 5));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(view.filter().from, QDate(2026, 4, 3));
        child<QDateEdit>(&view, "signatureFromDate")->setDate(child<QDateEdit>(&view, "signatureFromDate")->minimumDate());
        child<QDateEdit>(&view, "signatureToDate")->setDate(child<QDateEdit>(&view, "signatureToDate")->minimumDate());
        QTRY_COMPARE(model->rowCount(), 7);
        QVERIFY(!view.filter().from.isValid());
        // Newest first; sorting by last name through the proxy.
        QCOMPARE(model->index(0, SignatureTableModel::LastName).data().toString(), QStringLiteral("Dupont"));
        view.table()->sortByColumn(SignatureTableModel::LastName, Qt::AscendingOrder);
        QCOMPARE(model->index(0, SignatureTableModel::LastName).data().toString(), QStringLiteral("Dupont"));
        QCOMPARE(model->index(6, SignatureTableModel::LastName).data().toString(), QStringLiteral("Vermorel"));
        view.table()->sortByColumn(SignatureTableModel::LastName, Qt::DescendingOrder);
        QCOMPARE(model->index(0, SignatureTableModel::LastName).data().toString(), QStringLiteral("Vermorel"));
    }

    void pageRefreshesWhenSyncBringsSignatures()
    {
        Profile p;
        QVERIFY(p.open());
        const QString id = p.pullPetition(QStringLiteral("D26"), QStringLiteral("Sauvons la maternité de Die"), 10,
                                          QStringLiteral("maternite-die"));
        QVERIFY(pullSeven(p, id));
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("petitions.manage"), QStringLiteral("contacts.read")}}});
        MainWindow w(&p.session);
        SyncController sync(&p.session);
        w.petitionPage()->setSyncController(&sync);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPetitions();
        PetitionPage *page = w.petitionPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->list()->count(), 1);
        QVERIFY(page->list()->item(0)->data(NewsletterListDelegate::DetailsRole).toString().contains(QStringLiteral("7 signature")));
        QVERIFY(page->open(id));
        page->tabs()->setCurrentIndex(PetitionPage::ResultsTab);
        QCOMPARE(page->results()->figureText(QStringLiteral("local")), QStringLiteral("7"));
        QVERIFY(!child<QPushButton>(page, "deletePetitionButton")->isEnabled()); // it has signatures
        // The sync engine applies new signatures, then the session says so.
        QVERIFY(p.pullSignature(id, QStringLiteral("Jules"), QStringLiteral("Nouveau"), QStringLiteral("D26"), utc(4, 7, 9), true));
        QVERIFY(p.pullSignature(id, QStringLiteral("Anna"), QStringLiteral("Nouvelle"), QStringLiteral("D38"), utc(4, 7, 10), false));
        Q_EMIT p.session.contactsChanged();
        QTRY_COMPARE(page->results()->figureText(QStringLiteral("local")), QStringLiteral("9"));
        QCOMPARE(page->results()->tableModel()->rowCount(), 9);
        QVERIFY(page->list()->item(0)->data(NewsletterListDelegate::DetailsRole).toString().contains(QStringLiteral("9 signature")));
        // A petition without signatures can be deleted.
        page->newPetition();
        QTest::keyClicks(child<QLineEdit>(page->editor(), "petitionTitle"), QStringLiteral("Une autre"));
        child<QPlainTextEdit>(page->editor(), "petitionText")->setPlainText(QStringLiteral("Texte"));
        QVERIFY(page->editor()->save());
        QCOMPARE(page->list()->count(), 2);
        QVERIFY(child<QPushButton>(page, "deletePetitionButton")->isEnabled());
        QVERIFY(page->deleteSelected(false));
        QCOMPARE(page->list()->count(), 1);
    }

    void exportIsGatedAndSavesTheServersFile()
    {
        Profile p;
        QVERIFY(p.open());
        const QString id = p.pullPetition(QStringLiteral("D26"), QStringLiteral("Maternité"), 10, QStringLiteral("maternite-die"));
        QVERIFY(pullSeven(p, id));
        SyncController sync(&p.session);
        PetitionResultsView view(&p.session);
        view.setSyncController(&sync);
        view.setPetition(p.record(id));
        QPushButton *button = view.exportButton();
        // No contacts.export anywhere.
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("contacts.export")), qPrintable(button->toolTip()));
        // The permission, but no connection: the export goes through the server (and its audit log).
        p.setGrants({{QStringLiteral("D26"), {QStringLiteral("contacts.read"), QStringLiteral("contacts.export")}}});
        Q_EMIT sync.accountChanged();
        QVERIFY(!sync.isOnline());
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("through the server")) && button->toolTip().contains(QStringLiteral("audit")),
                 qPrintable(button->toolTip()));
        QSignalSpy finished(&view, &PetitionResultsView::exportFinished);
        view.exportCsv();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        // Without a server at all, a download answers with an error, later.
        ApiResult answer;
        bool answered = false;
        sync.apiDownload(QStringLiteral("/petitions/") + id + QStringLiteral("/signatures.csv"), &view,
                         [&](const ApiResult &r) {
                             answer = r;
                             answered = true;
                         });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QVERIFY(!answer.ok());
        QVERIFY(answer.data.isEmpty());

        // Saving the server's file where the user chooses (the dialog answered by the test hook).
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("signatures.csv"));
        const QByteArray csv = "first_name,last_name,email\nHélène,Vermorel,helene@example.org\nBruno,Garnier,bruno@example.org\n";
        FileChooser::setNextFileName(path);
        QString message;
        QVERIFY(view.saveExport(csv, &message));
        QVERIFY2(message.startsWith(QStringLiteral("2 signature")), qPrintable(message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), csv);
        // Cancelled: nothing written, nothing said.
        FileChooser::setNextFileName(QString());
        QVERIFY(!view.saveExport(csv, &message));
        QVERIFY(message.isEmpty());
        // Unwritable place.
        FileChooser::setNextFileName(out.filePath(QStringLiteral("missing/dir/signatures.csv")));
        QVERIFY(!view.saveExport(csv, &message));
        QVERIFY2(message.contains(QStringLiteral("could not be written")), qPrintable(message));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("RELAIS_PETITION_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set RELAIS_PETITION_SCREENSHOTS to a directory to save screenshots of the Petitions module");
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("petitions.manage"), QStringLiteral("contacts.read"),
                                               QStringLiteral("contacts.export")}}});
        SyncStore(p.db()).setStateValue(QStringLiteral("server_url"), QStringLiteral("https://relais.example.org"));
        const QString id = p.pullPetition(QStringLiteral("R84"), QStringLiteral("Sauvons la maternité de Die"), 1000,
                                          QStringLiteral("maternite-die"));
        p.pullPetition(QStringLiteral("D26"), QStringLiteral("Pour des pistes cyclables sur la RD 93"), 500,
                       QStringLiteral("pistes-cyclables-rd93"));
        p.pullPetition(QStringLiteral("D07"), QStringLiteral("Non à la fermeture de l'école de Vals"), 300,
                       QStringLiteral("ecole-de-vals"));
        // 460 signatures over three weeks, mostly from the Drôme and its neighbours, a rush after the local paper.
        const QList<std::pair<const char *, int>> weights{{"D26", 210}, {"D07", 70}, {"D38", 45}, {"D69", 38}, {"D84", 25},
                                                          {"D05", 14}, {"D13", 12}, {"D42", 10}, {"D75", 9}, {"D73", 7},
                                                          {"D01", 6}, {"D34", 5}, {"D31", 4}, {"D67", 3}, {"", 2}};
        QStringList departments;
        for (const auto &[code, weight] : weights)
            for (int i = 0; i < weight; ++i)
                departments << QString::fromLatin1(code);
        QRandomGenerator random(2026);
        const QList<Contact> people = DemoGenerator(ZoneTree::france(), 7).generate(int(departments.size()));
        const QDateTime start(QDate::currentDate().addDays(-22), QTime(7, 0), Qt::UTC);
        for (int i = 0; i < departments.size(); ++i) {
            const int day = i < 120 ? i / 12 : i < 300 ? 10 + (i - 120) / 45 : 14 + (i - 300) / 25;
            const QDateTime at = start.addDays(day).addSecs(qint64(random.bounded(14 * 3600)));
            const Contact &c = people.at(i);
            QVERIFY(p.pullSignature(id, c.firstName, c.lastName, departments.at(int(random.bounded(int(departments.size())))),
                                    at, random.bounded(100) < 42));
        }
        MainWindow w(&p.session);
        SyncController sync(&p.session);
        w.petitionPage()->setSyncController(&sync);
        w.resize(1440, 960);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPetitions();
        PetitionPage *page = w.petitionPage();
        QVERIFY(page->open(id));
        page->tabs()->setCurrentIndex(PetitionPage::ResultsTab);
        page->results()->setServerStats({{QStringLiteral("confirmed"), 472}, {QStringLiteral("pending"), 23}});
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("petition-results.png"))));
        page->tabs()->setCurrentIndex(PetitionPage::EditorTab);
        child<QPlainTextEdit>(page->editor(), "petitionText")
            ->setPlainText(QStringLiteral(
                "La maternité de l'hôpital de Die doit fermer ses portes le **30 juin**. Les futures mères du Diois "
                "devront alors faire plus d'une heure de route, par le col de Rousset ou la vallée de la Drôme, "
                "pour accoucher à Valence ou à Crest.\n\n"
                "## Nous demandons\n\n"
                "- le maintien de la maternité et de ses 14 lits ;\n"
                "- un plan de recrutement de sages-femmes et de gynécologues ;\n"
                "- une vraie concertation avec les élus et les habitants du Diois.\n\n"
                "Signez et faites signer : **1 000 signatures** avant la prochaine réunion de l'ARS."));
        auto *closes = child<QCheckBox>(page->editor(), "petitionClosesSet");
        closes->setChecked(true);
        child<QDateTimeEdit>(page->editor(), "petitionCloses")->setDateTime(QDateTime(QDate::currentDate().addDays(30), QTime(18, 0)));
        QVERIFY(page->editor()->save());
        QTest::qWait(300);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("petition-editor.png"))));
    }
};

QTEST_MAIN(TestPetitions)
#include "tst_petitions.moc"
