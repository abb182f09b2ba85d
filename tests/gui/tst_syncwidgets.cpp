// The sync screens: the conflicts page (read from a real replica, resolved into the upload queue)
// and the status-bar indicator.
#include "ConflictsPage.h"
#include "SyncStatusWidget.h"

#include "ContactRepository.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncStore.h"
#include "Uuid7.h"

#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace relais;

class tst_SyncWidgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BucketState m_bucket; ///< what the "server" has sent of the bucket so far

    /// A conflict record as the server sends it, applied through a checkpoint.
    bool receiveConflict(SyncStore &store, const Contact &c, const QString &field, const QJsonValue &server,
                                const QJsonValue &client, QString *error)
    {
        SyncOp op;
        op.opId = m_bucket.cursor + 1;
        op.bucket = c.zone;
        op.type = QStringLiteral("conflict");
        op.id = Uuid7::generate();
        op.data = QJsonObject{{QStringLiteral("id"), op.id}, {QStringLiteral("zone"), c.zone},
                              {QStringLiteral("record_type"), QStringLiteral("contact")},
                              {QStringLiteral("record_id"), c.id}, {QStringLiteral("field"), field},
                              {QStringLiteral("server_value"), server}, {QStringLiteral("client_value"), client},
                              {QStringLiteral("client_author"), QStringLiteral("bob")},
                              {QStringLiteral("base_version"), 1}, {QStringLiteral("server_version"), 5},
                              {QStringLiteral("created_at"), QStringLiteral("2026-11-21T10:00:00.000Z")}};
        op.checksum = SyncOp::computeChecksum(op.bucket, op.kind, op.type, op.id,
                                              QJsonDocument(op.data).toJson(QJsonDocument::Compact));
        m_bucket = BucketState{op.opId, m_bucket.count + 1, m_bucket.checksum + op.checksum};
        SyncCheckpointResult result;
        store.beginPull();
        return store.beginCheckpoint(error) && store.applyOps({op}, error)
            && store.applyCheckpoint({{c.zone, m_bucket}}, false, &result, error) && result.mismatched.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The English translation carries the plural forms ("3 changes").
        auto *en = new QTranslator(this);
        QVERIFY(en->load(QLocale(QLocale::English), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(en);
    }

    void conflictsPageShowsAndResolves()
    {
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(m_dir.filePath(QStringLiteral("p1")), QStringLiteral("passphrase for tests"), &error),
                 qPrintable(error));
        Contact c;
        c.firstName = QStringLiteral("Jeanne");
        c.lastName = QStringLiteral("Martin");
        c.zone = QStringLiteral("D69");
        c.notes = QStringLiteral("Alice: met at the market");
        QVERIFY2(session.contacts()->insert(c, &error), qPrintable(error));

        SyncStore store(session.replica()->database());
        QVERIFY2(receiveConflict(store, c, QStringLiteral("notes"), QStringLiteral("Alice: met at the market"),
                                 QStringLiteral("Bob: wants to volunteer"), &error),
                 qPrintable(error));
        QVERIFY2(receiveConflict(store, c, QStringLiteral("consent_sms"),
                                 QJsonObject{{QStringLiteral("granted"), false}, {QStringLiteral("source"), QStringLiteral("call")}},
                                 QJsonObject{{QStringLiteral("granted"), true}}, &error),
                 qPrintable(error));

        ConflictsPage page(&session);
        page.resize(900, 400);
        page.show();
        QCOMPARE(page.count(), 2);
        auto *list = page.findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QStringList fields;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(list->topLevelItem(i)->text(0), QStringLiteral("Jeanne Martin"));
            fields << list->topLevelItem(i)->text(1);
        }
        QVERIFY(fields.contains(QStringLiteral("Notes")));
        QVERIFY(fields.contains(QStringLiteral("Consent by SMS")));
        const int notesRow = fields.indexOf(QStringLiteral("Notes"));
        QCOMPARE(list->topLevelItem(notesRow)->text(3), QStringLiteral("Bob: wants to volunteer"));
        const int smsRow = 1 - notesRow;
        QCOMPARE(list->topLevelItem(smsRow)->text(2), QStringLiteral("No, refuses (call)"));

        // Taking the other value writes it to the contact and queues the resolution for the server.
        QSignalSpy counted(&page, &ConflictsPage::countChanged);
        QVERIFY2(page.resolve(notesRow, true, &error), qPrintable(error));
        QCOMPARE(page.count(), 1);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(session.contacts()->byId(c.id)->notes, QStringLiteral("Bob: wants to volunteer"));
        QSqlQuery q(session.replica()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM upload_queue WHERE op = 'resolve'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Keeping the current value changes nothing on the contact.
        QVERIFY(page.resolve(0, false, &error));
        QCOMPARE(page.count(), 0);
        QVERIFY(!session.contacts()->byId(c.id)->consentFor(Channel::Sms).isGranted());
        QVERIFY(page.findChildren<QPushButton *>().first()->isEnabled() == false);
    }

    void statusIndicatorSaysWhereSyncStands()
    {
        SyncStatusWidget w;
        w.show();
        QCOMPARE(w.text(), QStringLiteral("Not connected to a server"));
        w.setState(SyncStatusWidget::State::InitialSync);
        w.setProgress(250000, 1000000);
        QVERIFY2(w.text().contains(QStringLiteral("250,000 of 1,000,000")) || w.text().contains(QStringLiteral("250")),
                 qPrintable(w.text()));
        auto *bar = w.findChild<QProgressBar *>();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->value(), 250);
        w.setState(SyncStatusWidget::State::Offline);
        w.setPendingUploads(3);
        QCOMPARE(w.text(), QStringLiteral("Offline — 3 changes waiting"));
        QVERIFY(!bar->isVisible());
        w.setState(SyncStatusWidget::State::UpToDate);
        w.setPendingUploads(0);
        QCOMPARE(w.text(), QStringLiteral("Up to date"));
        w.setSearchBacklog(12000);
        QVERIFY2(w.text().startsWith(QStringLiteral("Up to date — preparing text search: 12")), qPrintable(w.text()));
        const QString shot = qEnvironmentVariable("RELAIS_SYNC_STATUS_SCREENSHOT");
        if (!shot.isEmpty()) {
            w.resize(720, w.sizeHint().height());
            QVERIFY(w.grab().save(shot));
        }
        w.setSearchBacklog(0);
        QCOMPARE(w.text(), QStringLiteral("Up to date"));
        w.setConflicts(2);
        QSignalSpy wants(&w, &SyncStatusWidget::conflictsRequested);
        const auto buttons = w.findChildren<QAbstractButton *>();
        bool clicked = false;
        for (QAbstractButton *b : buttons)
            if (b->text() == QStringLiteral("2 conflicts")) {
                b->click();
                clicked = true;
            }
        QVERIFY(clicked);
        QCOMPARE(wants.count(), 1);
    }
};

QTEST_MAIN(tst_SyncWidgets)
#include "tst_syncwidgets.moc"
