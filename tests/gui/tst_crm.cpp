// Offscreen tests of the CRM module: main window, contact list, search and filters, contact editor.

#include "ContactEditor.h"
#include "ContactField.h"
#include "ContactListModel.h"
#include "CrmPage.h"
#include "CsvDocument.h"
#include "DemoGenerator.h"
#include "MainWindow.h"
#include "ProfileSession.h"
#include "TimelineWidget.h"
#include "ZoneTree.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace relais;

namespace {
const QString Passphrase = QStringLiteral("correct horse battery staple");

/// A new profile in a temporary folder, optionally holding demo contacts.
struct Profile {
    QTemporaryDir dir;
    ProfileSession session;
    bool open(int demoContacts = 0)
    {
        QString error;
        if (!session.create(dir.filePath(QStringLiteral("Campagne 69")), Passphrase, &error)) {
            qWarning() << error;
            return false;
        }
        if (demoContacts > 0) {
            QList<Contact> demo = DemoGenerator(ZoneTree::france()).generate(demoContacts);
            if (!session.contacts()->insertMany(demo, &error)) {
                qWarning() << error;
                return false;
            }
        }
        return true;
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

/// QTest::keyClicks() only types ASCII: accented letters are sent as key events with their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void selectComboData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}
} // namespace

class TestCrm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void windowBasics()
    {
        Profile p;
        QVERIFY(p.open(3));
        MainWindow w(&p.session);
        QCOMPARE(w.windowTitle(), QStringLiteral("Relais — Campagne 69"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.width() >= 1000);
        auto *nav = child<QListWidget>(&w, "moduleList");
        QVERIFY(nav);
        QCOMPARE(nav->count(), 7); // Contacts, Newsletters, Petitions, Calls, Proxy votes, Event kiosk, Conflicts
        QCOMPARE(nav->item(1)->text(), QStringLiteral("Newsletters"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Petitions"));
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Calls"));
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Proxy votes"));
        QCOMPARE(nav->item(5)->text(), QStringLiteral("Event kiosk"));
        QCOMPARE(nav->item(6)->text(), QStringLiteral("Conflicts"));
        QSignalSpy kiosk(&w, &MainWindow::kioskRequested);
        nav->setCurrentRow(5);
        QCOMPARE(kiosk.count(), 1);
        QTRY_COMPARE(nav->currentRow(), 0);
        QSignalSpy lock(&w, &MainWindow::lockRequested);
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(lock.count(), 1);
        QVERIFY(child<QLabel>(&w, "countLabel")->text().startsWith(u'3'));
        QVERIFY(w.currentQuery().isEmpty());
    }

    void createSearchAndFilter()
    {
        Profile p;
        QVERIFY(p.open(60));
        MainWindow w(&p.session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = child<QTableView>(&w, "contactTable");
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 60);

        QTest::mouseClick(child<QPushButton>(&w, "newContactButton"), Qt::LeftButton);
        auto *saveButton = child<QPushButton>(&w, "saveButton");
        QVERIFY(saveButton && saveButton->isVisible());
        typeText(child<QLineEdit>(&w, "firstNameEdit"), QStringLiteral("Hélène"));
        QTest::keyClicks(child<QLineEdit>(&w, "lastNameEdit"), QStringLiteral("Vermorel"));
        QTest::keyClicks(child<QLineEdit>(&w, "phoneEdit"), QStringLiteral("06 12 34 56 78"));
        QTest::keyClicks(child<QLineEdit>(&w, "emailEdit"), QStringLiteral("Helene.Vermorel@Example.fr"));
        QTest::keyClicks(child<QLineEdit>(&w, "postalCodeEdit"), QStringLiteral("69001"));
        auto *commune = child<QComboBox>(&w, "communeCombo");
        QCOMPARE(commune->count(), 1); // one commune has 69001: chosen without asking
        QCOMPARE(commune->currentIndex(), 0);
        QVERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(p.session.contacts()->count(), 61);
        QVERIFY(!child<QLabel>(&w, "emailError")->isVisible());
        QCOMPARE(child<QLabel>(&w, "statusLabel")->text(), QStringLiteral("Saved."));
        // The form shows what was stored, normalised.
        QCOMPARE(child<QLineEdit>(&w, "emailEdit")->text(), QStringLiteral("helene.vermorel@example.fr"));

        QTest::keyClicks(child<QLineEdit>(&w, "searchEdit"), QStringLiteral("vermor"));
        QTRY_COMPARE(w.currentQuery().text, QStringLiteral("vermor"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(cell(model, 0, ContactListModel::NameColumn), QStringLiteral("Vermorel, Hélène"));
        QCOMPARE(cell(model, 0, ContactListModel::PhoneColumn), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(cell(model, 0, ContactListModel::EmailColumn), QStringLiteral("helene.vermorel@example.fr"));
        QVERIFY(cell(model, 0, ContactListModel::CommuneColumn).contains(QLatin1String("(69001)")));
        QCOMPARE(w.crmPage()->model()->contactAt(0)->zone, QStringLiteral("D69"));
        // The saved contact stays selected in the editor.
        QCOMPARE(table->currentIndex().row(), 0);

        // Searching by phone number, as typed.
        auto *search = child<QLineEdit>(&w, "searchEdit");
        search->clear();
        QTest::keyClicks(search, QStringLiteral("06 12 34"));
        QTRY_COMPARE(w.currentQuery().text, QStringLiteral("06 12 34"));
        QCOMPARE(model->rowCount(), 1);

        // Consent filter: only contacts who accepted emails; ours has not been asked yet.
        search->clear();
        QTRY_COMPARE(model->rowCount(), 61);
        auto *consentFilter = child<QComboBox>(&w, "consentFilter");
        selectComboData(consentFilter, int(Channel::Email));
        QVERIFY(w.currentQuery().consent == Channel::Email);
        const int withEmailConsent = model->rowCount();
        QVERIFY(withEmailConsent > 0 && withEmailConsent < 60);
        for (int r = 0; r < withEmailConsent; ++r)
            QVERIFY(w.crmPage()->model()->contactAt(r)->consentFor(Channel::Email).isGranted());
        QCOMPARE(w.crmPage()->model()->rowOfLocalId(w.crmPage()->editor()->localId()), -1);

        // Giving the consent in the editor records its source and puts the contact in the filtered list.
        auto *consentCombo = child<QComboBox>(&w, "consentEmailCombo");
        selectComboData(consentCombo, 1);
        const QString details = child<QLabel>(&w, "consentEmailDetails")->text();
        QVERIFY2(details.contains(QLatin1String("manual edit")), qPrintable(details));
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), withEmailConsent + 1);
        const qint64 id = w.crmPage()->editor()->localId();
        QVERIFY(p.session.contacts()->byLocalId(id)->consentFor(Channel::Email).isGranted());
        QVERIFY(p.session.contacts()->byLocalId(id)->consentFor(Channel::Email).source.startsWith(QLatin1String("manual edit")));
        auto *timeline = child<QTreeWidget>(&w, "timelineList");
        QCOMPARE(timeline->topLevelItemCount(), 2); // consent change, then the creation
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Consent changed"));
        QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("Created"));

        // A note goes to the top of the history.
        QTest::keyClicks(child<QPlainTextEdit>(&w, "noteEdit"), QStringLiteral("Met at the market"));
        QTest::mouseClick(child<QPushButton>(&w, "addNoteButton"), Qt::LeftButton);
        QCOMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("Note"));
        QVERIFY(timeline->topLevelItem(0)->text(2).startsWith(QLatin1String("Met at the market")));

        // A filter with no result shows the empty state.
        search->setText(QStringLiteral("zzzzqqq"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(child<QLabel>(&w, "emptyLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(&w, "emptyClearButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 61);
        QVERIFY(w.currentQuery().isEmpty());
        QVERIFY(table->isVisible());
    }

    void editorSavesOnlyWhatWasEdited()
    {
        // The row changes underneath an open form (as a sync does): saving keeps the other change.
        Profile p;
        QVERIFY(p.open(5));
        MainWindow w(&p.session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = child<QTableView>(&w, "contactTable");
        int row = 0; // a contact with a phone number, which the form shows formatted ("06 …")
        while (row < 5 && w.crmPage()->model()->contactAt(row)->phone.isEmpty())
            ++row;
        QVERIFY(row < 5);
        table->selectRow(row);
        const qint64 id = w.crmPage()->editor()->localId();
        QVERIFY(id > 0);
        QVERIFY(child<QLineEdit>(&w, "phoneEdit")->text().startsWith(u'0'));
        QTest::keyClicks(child<QPlainTextEdit>(&w, "notesEdit"), QStringLiteral(" Rappeler jeudi."));

        Contact underneath = *p.session.contacts()->byLocalId(id);
        underneath.email = QStringLiteral("changed.elsewhere@example.org");
        underneath.phone = QStringLiteral("+33699887766"); // shown formatted in the form: must not count as edited
        QString error;
        QVERIFY2(p.session.contacts()->update(underneath, &error), qPrintable(error));

        QTest::mouseClick(child<QPushButton>(&w, "saveButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&w, "statusLabel")->text(), QStringLiteral("Saved."));
        const Contact stored = *p.session.contacts()->byLocalId(id);
        QVERIFY2(stored.notes.endsWith(QLatin1String("Rappeler jeudi.")), qPrintable(stored.notes));
        QCOMPARE(stored.email, QStringLiteral("changed.elsewhere@example.org"));
        QCOMPARE(child<QLineEdit>(&w, "emailEdit")->text(), QStringLiteral("changed.elsewhere@example.org"));
        QCOMPARE(stored.phone, QStringLiteral("+33699887766"));
    }

    void invalidInputIsRefused()
    {
        Profile p;
        QVERIFY(p.open(5));
        MainWindow w(&p.session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 before = p.session.contacts()->count();

        QTest::mouseClick(child<QPushButton>(&w, "newContactButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&w, "firstNameEdit"), QStringLiteral("Paul"));
        QTest::keyClicks(child<QLineEdit>(&w, "emailEdit"), QStringLiteral("paul@@example"));
        QTest::keyClicks(child<QLineEdit>(&w, "phoneEdit"), QStringLiteral("12"));
        QTest::keyClicks(child<QLineEdit>(&w, "postalCodeEdit"), QStringLiteral("6900"));
        QTest::mouseClick(child<QPushButton>(&w, "saveButton"), Qt::LeftButton);

        auto *emailError = child<QLabel>(&w, "emailError");
        QVERIFY(emailError->isVisible());
        QVERIFY(!emailError->text().isEmpty());
        QVERIFY(child<QLabel>(&w, "phoneError")->isVisible());
        QVERIFY(child<QLabel>(&w, "postalCodeError")->isVisible());
        QCOMPARE(child<QLabel>(&w, "postalCodeError")->text(), QStringLiteral("A French postal code has five digits."));
        QCOMPARE(p.session.contacts()->count(), before);
        QCOMPARE(w.crmPage()->model()->rowCount(), before);
        QVERIFY(w.crmPage()->editor()->isModified());
        QVERIFY(child<QLineEdit>(&w, "emailEdit")->hasFocus()); // the first field to fix

        // Fixing the fields clears the messages and saves.
        child<QLineEdit>(&w, "emailEdit")->setText(QStringLiteral("paul@example.org"));
        child<QLineEdit>(&w, "phoneEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&w, "postalCodeEdit"), QStringLiteral("1"));
        QTest::mouseClick(child<QPushButton>(&w, "saveButton"), Qt::LeftButton);
        QVERIFY(!emailError->isVisible());
        QCOMPARE(p.session.contacts()->count(), before + 1);
        QTRY_COMPARE(w.crmPage()->model()->rowCount(), before + 1);
    }

    void lazyPagingOverDemoContacts()
    {
        Profile p;
        QVERIFY(p.open(2000));
        MainWindow w(&p.session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ContactListModel *model = w.crmPage()->model();
        QCOMPARE(model->rowCount(), 2000);
        QCOMPARE(model->columnCount(), int(ContactListModel::ColumnCount));
        QVERIFY(model->cachedPageCount() <= 1); // only what the view shows was read

        // The last row, far from any page read so far.
        const qint64 lastId = model->localIdAt(1999);
        const auto stored = p.session.contacts()->byLocalId(lastId);
        QVERIFY(stored);
        QCOMPARE(model->contactIdAt(1999), stored->id);
        QVERIFY(!cell(model, 1999, ContactListModel::NameColumn).isEmpty());
        QVERIFY(cell(model, 1999, ContactListModel::NameColumn).contains(stored->lastName));
        QCOMPARE(model->rowOfLocalId(lastId), 1999);
        // Every page in turn (more than the cache holds), then back to the first one.
        for (int r = 0; r < 2000; r += 97)
            QVERIFY(!cell(model, r, ContactListModel::NameColumn).isEmpty());
        QCOMPARE(model->cachedPageCount(), ContactListModel::MaxCachedPages);
        QCOMPARE(model->localIdAt(0), p.session.contacts()->orderedMatching({}).first());
        QVERIFY(!cell(model, 0, ContactListModel::ConsentColumn).isEmpty());

        auto *table = child<QTableView>(&w, "contactTable");
        table->scrollToBottom();
        table->setCurrentIndex(model->index(1999, 0));
        QCOMPARE(w.crmPage()->editor()->localId(), lastId);
        QCOMPARE(child<QLineEdit>(&w, "lastNameEdit")->text(), stored->lastName);

        // The list follows writes made elsewhere (an import, the kiosk...).
        Contact extra;
        extra.firstName = QStringLiteral("Zoé");
        extra.lastName = QStringLiteral("Aaron");
        extra.zone = QStringLiteral("D75");
        QString error;
        QVERIFY(p.session.contacts()->insert(extra, &error));
        Q_EMIT p.session.contactsChanged();
        QTRY_COMPARE(model->rowCount(), 2001);
        QCOMPARE(cell(model, 0, ContactListModel::NameColumn), QStringLiteral("Aaron, Zoé"));
        QCOMPARE(w.crmPage()->editor()->localId(), lastId); // the editor kept its contact
        QCOMPARE(table->currentIndex().row(), model->rowOfLocalId(lastId));

        // Membership and zone filters.
        auto *membership = child<QComboBox>(&w, "membershipFilter");
        selectComboData(membership, QStringLiteral("member"));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 2000);
        for (int r = 0; r < model->rowCount(); r += 7)
            QCOMPARE(model->contactAt(r)->membership, Membership::Member);
        selectComboData(membership, QString());
        auto *region = child<QComboBox>(&w, "regionFilter");
        selectComboData(region, QStringLiteral("R11")); // Île-de-France
        const int inRegion = model->rowCount();
        QVERIFY(inRegion > 0 && inRegion < 2001);
        auto *department = child<QComboBox>(&w, "departmentFilter");
        QCOMPARE(department->count(), 9); // "all" + its eight departments
        selectComboData(department, QStringLiteral("D75"));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < inRegion);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->contactAt(r)->zone, QStringLiteral("D75"));

        const QString shot = qEnvironmentVariable("RELAIS_CRM_SCREENSHOT");
        if (!shot.isEmpty()) {
            selectComboData(department, QString());
            selectComboData(region, QString());
            table->setCurrentIndex(model->index(3, 0));
            w.crmPage()->editor()->activateWindow();
            QTest::qWait(50);
            QVERIFY(w.grab().save(shot));
            const QString base = shot.left(shot.size() - 4);
            child<QTabWidget>(&w, "editorTabs")->setCurrentIndex(1);
            QVERIFY(w.grab().save(base + QStringLiteral("-history.png")));
            QTest::mouseClick(child<QPushButton>(&w, "newContactButton"), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(&w, "lastNameEdit"), QStringLiteral("Martin"));
            QTest::keyClicks(child<QLineEdit>(&w, "emailEdit"), QStringLiteral("martin@"));
            QTest::keyClicks(child<QLineEdit>(&w, "postalCodeEdit"), QStringLiteral("13001"));
            QTest::keyClicks(child<QLineEdit>(&w, "tagsEdit"), QStringLiteral("porte,jeunes,"));
            QTest::mouseClick(child<QPushButton>(&w, "saveButton"), Qt::LeftButton);
            QVERIFY(w.grab().save(base + QStringLiteral("-new.png")));
            child<QLineEdit>(&w, "searchEdit")->setText(QStringLiteral("nobody matches this"));
            QTRY_COMPARE(model->rowCount(), 0);
            QVERIFY(w.grab().save(base + QStringLiteral("-empty.png")));
        }
    }

    void exportCurrentList()
    {
        Profile p;
        QVERIFY(p.open(120));
        MainWindow w(&p.session);
        auto *consentFilter = child<QComboBox>(&w, "consentFilter");
        selectComboData(consentFilter, int(Channel::Sms));
        const int rows = w.crmPage()->model()->rowCount();
        QVERIFY(rows > 0 && rows < 120);

        const QString file = p.dir.filePath(QStringLiteral("export.csv"));
        QString error;
        QCOMPARE(w.exportCurrentList(file, &error), qint64(rows));
        QVERIFY(error.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const CsvDocument doc = CsvDocument::parse(data);
        QCOMPARE(doc.delimiter, QChar(u';'));
        QCOMPARE(doc.rows.size(), rows);
        QCOMPARE(doc.header.first(), QStringLiteral("Title"));
        const qsizetype smsColumn = doc.header.indexOf(QStringLiteral("SMS consent"));
        QVERIFY(smsColumn > 0);
        for (const CsvRow &r : doc.rows)
            QCOMPARE(r.fields.at(smsColumn), QStringLiteral("yes"));
        // The export's headers map back onto contact fields on import.
        const QList<ContactField> mapping = guessMapping(doc.header);
        QCOMPARE(mapping.at(doc.header.indexOf(QStringLiteral("First name"))), ContactField::FirstName);
        QCOMPARE(mapping.at(doc.header.indexOf(QStringLiteral("Phone"))), ContactField::Phone);
        QCOMPARE(mapping.at(smsColumn), ContactField::ConsentSms);

        // A file that cannot be written is an error, not a silent success.
        QCOMPARE(w.exportCurrentList(p.dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error), qint64(-1));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCrm)
#include "tst_crm.moc"
