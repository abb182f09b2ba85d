// "Connect to a server" as a user walks it, against a real relais-server over TLS: the address and
// account, the trust prompt with the self-signed certificate's fingerprint, then the first sync.
#include "ConnectDialog.h"
#include "ConflictsPage.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "SyncStatusWidget.h"
#include "TestServer.h"

#include "ContactRepository.h"
#include "ProfileSession.h"
#include "SyncService.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class tst_ConnectFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectTrustAndSync()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        ProfileSession session;
        QString error;
        QVERIFY2(session.create(dir.filePath(QStringLiteral("p")), QStringLiteral("passphrase for tests"), &error),
                 qPrintable(error));
        MainWindow window(&session);
        SyncController sync(&session);
        sync.attachWindow(&window);
        window.show();
        auto *indicator = window.findChild<SyncStatusWidget *>();
        QVERIFY(indicator);
        QCOMPARE(indicator->state(), SyncStatusWidget::State::NotConnected);

        sync.connectToServer(&window);
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr && dialog->isVisible());
        const auto edits = dialog->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        edits.at(0)->setText(server.url());
        edits.at(1)->setText(QStringLiteral("admin"));
        edits.at(2)->setText(server.adminPassword());
        QPushButton *connectButton = nullptr, *trustButton = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Connect"))
                connectButton = b;
            if (b->text() == QStringLiteral("&Trust and connect"))
                trustButton = b;
        }
        QVERIFY(connectButton && trustButton);
        connectButton->click();
        // The trust page shows the certificate's fingerprint, as openssl prints it.
        QTRY_VERIFY_WITH_TIMEOUT(trustButton->isVisible(), 10000);
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), server.certificatePath(),
                                                  QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                                  QStringLiteral("-sha256")});
        QVERIFY(openssl.waitForFinished());
        const QString expected = QString::fromLatin1(openssl.readAllStandardOutput()).section(u'=', 1).trimmed();
        QCOMPARE(dialog->fingerprintText(), expected);
        QSignalSpy closed(dialog, &QDialog::finished);
        trustButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 20000);
        QCOMPARE(closed.first().first().toInt(), int(QDialog::Accepted));
        QVERIFY(sync.isConfigured());
        QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), SyncStatusWidget::State::UpToDate, 20000);
        QCOMPARE(indicator->text(), QStringLiteral("Up to date"));
        sync.stop();
    }
};

QTEST_MAIN(tst_ConnectFlow)
#include "tst_connectflow.moc"
