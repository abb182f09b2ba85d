#include "ImportWizard.h"
#include "ProfileSession.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

/// The import wizard as a user goes through it: file, guessed columns, preview, import, report.
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void importThroughTheWizard()
    {
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(dir.filePath(QStringLiteral("profile")), QStringLiteral("correct horse battery staple"), &error),
                 qPrintable(error));
        const QString csv = dir.filePath(QStringLiteral("adherents.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Prénom;Nom;Courriel;Portable;CP;Adhérent\n"
                    "Hélène;Dupont;helene@example.fr;06 12 34 56 78;69001;oui\n"
                    "Marc;Martin;pas-un-email;06 11 22 33 44;13001;non\n"
                    "Léa;Petit;lea@example.fr;;75011;adhérente\n");
        }
        int changes = 0;
        connect(&session, &ProfileSession::contactsChanged, this, [&changes] { ++changes; });

        ImportWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("importPathEdit"));
        QVERIFY(path);
        path->setText(dir.filePath(QStringLiteral("missing.csv")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage)); // a missing file stops here, with a message

        path->setText(csv);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        QCOMPARE(mapping->rowCount(), 6);
        const QList<ContactField> expected{ContactField::FirstName, ContactField::LastName, ContactField::Email,
                                           ContactField::Phone, ContactField::PostalCode, ContactField::Membership};
        QCOMPARE(wizard.options().mapping, expected);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
        auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 4)->text(), ImportWizard::tr("OK"));
        QVERIFY(preview->item(1, 4)->text().contains(QStringLiteral("@"))); // the email problem is explained

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QCOMPARE(wizard.report().created, 2);
        QCOMPARE(wizard.report().rejected.size(), 1);
        QCOMPARE(wizard.report().rejected.first().line, 3);
        QCOMPARE(session.contacts()->count(), 2);
        QVERIFY(changes >= 1);
        auto *summary = wizard.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("2")));
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("saveRejectedButton"))->isVisible());
        auto *rejected = wizard.findChild<QTableWidget *>(QStringLiteral("rejectedTable"));
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(!rejected->item(0, 1)->text().isEmpty());
        const auto helene = session.contacts()->findByEmail(QStringLiteral("helene@example.fr"));
        QVERIFY(helene);
        QCOMPARE(helene->membership, Membership::Member);
        QCOMPARE(helene->zone, QStringLiteral("D69"));

        if (const QByteArray shot = qgetenv("RELAIS_IMPORT_SCREENSHOT"); !shot.isEmpty())
            wizard.grab().save(QString::fromLocal8Bit(shot));
    }

    void unreadableFilesAreRefusedClearly()
    {
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY(session.create(dir.filePath(QStringLiteral("p")), QStringLiteral("correct horse battery staple"), &error));
        ImportWizard wizard(&session);
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!wizard.loadFile(empty, &error));
        QVERIFY(!error.isEmpty());
        QFile h(dir.filePath(QStringLiteral("header.csv")));
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("nom;prenom\n");
        h.close();
        QVERIFY(!wizard.loadFile(h.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("no contact")));
        QCOMPARE(session.contacts()->count(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
