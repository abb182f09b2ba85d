#include "ContactImporter.h"
#include "ContactRepository.h"
#include "CsvDocument.h"
#include "Replica.h"
#include "ZoneTree.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContactRepository> m_repo;

    ImportOptions options(const CsvDocument &doc, ImportOptions::OnDuplicate dup = ImportOptions::OnDuplicate::Update)
    {
        ImportOptions o;
        o.mapping = guessMapping(doc.header);
        o.onDuplicate = dup;
        o.source = QStringLiteral("import: test.csv");
        return o;
    }

private slots:
    void init()
    {
        m_replica = std::make_unique<Replica>();
        QString error;
        QVERIFY2(m_replica->open(m_dir.filePath(QStringLiteral("%1.db").arg(qrand64())), SecretKey::random(), &error),
                 qPrintable(error));
        m_repo = std::make_unique<ContactRepository>(m_replica->database(), QStringLiteral("tester"));
    }
    void cleanup()
    {
        m_repo.reset();
        m_replica.reset();
    }

    void malformedLinesAreReportedGoodOnesImported()
    {
        // Line numbers are physical lines of the file (header = line 1).
        const QByteArray csv =
            "Prénom;Nom;Courriel;Téléphone;Code postal;Ville;Consentement email;Étiquettes\n" // 1
            "Hélène;Dupont;helene.dupont@example.fr;06 12 34 56 78;69001;Lyon;oui;bénévole,jeunes\n" // 2 good
            "Marc;Martin;marc.martin@example;06 11 11 11 11;13001;Marseille;non;\n"      // 3 bad email
            "Léa;Petit;lea.petit@example.fr;06 22 22 22 22;99999;;oui;\n"                 // 4 unknown postal code
            "Paul;Durand;paul@example.fr;0633333333;75001;Paris;peut-être;\n"               // 5 bad consent value
            "Zoé;Bernard;zoe@example.fr\n"                                                   // 6 too few values
            "\"Jean;Moreau;jean@example.fr;0644444444;44000;Nantes;oui;\n"                   // 7 unterminated quote
            "Luc;Roux;luc.roux@example.fr;+33 6 55 55 55 55;33000;Bordeaux;oui;militant\n"; // 8 good
        const CsvDocument doc = CsvDocument::parse(csv);
        ContactImporter importer(*m_repo, ZoneTree::france());
        int progressCalls = 0;
        const ImportReport report = importer.run(doc, options(doc), [&](int done, int total) {
            ++progressCalls;
            return done <= total;
        });
        QVERIFY(report.fatalError.isEmpty());
        QVERIFY(progressCalls >= 1);
        QCOMPARE(report.created, 2);
        QCOMPARE(m_repo->count(), 2);
        QCOMPARE(report.rejected.size(), 5);
        QList<int> lines;
        for (const RejectedRow &r : report.rejected) {
            lines << r.line;
            QVERIFY2(!r.reason.isEmpty(), "every rejected row says why");
        }
        QCOMPARE(lines, QList<int>({3, 4, 5, 6, 7}));
        QVERIFY(report.rejected.at(0).reason.contains(QLatin1String("Email")));
        QVERIFY(report.rejected.at(1).reason.contains(QLatin1String("99999")));
        QVERIFY2(report.rejected.at(2).reason.contains(QStringLiteral("peut-être")), qPrintable(report.rejected.at(2).reason));

        const auto helene = m_repo->findByEmail(QStringLiteral("helene.dupont@example.fr"));
        QVERIFY(helene);
        QCOMPARE(helene->phone, QStringLiteral("+33612345678"));
        QCOMPARE(helene->communeCode, QStringLiteral("C69123"));
        QCOMPARE(helene->zone, QStringLiteral("D69"));
        QVERIFY(helene->consentFor(Channel::Email).isGranted());
        QCOMPARE(helene->consentFor(Channel::Email).source, QStringLiteral("import: test.csv"));
        QVERIFY(!helene->consentFor(Channel::Sms).granted.has_value());
        QCOMPARE(helene->tags, QStringList({QStringLiteral("bénévole"), QStringLiteral("jeunes")}));
        QCOMPARE(m_repo->timeline(helene->id).first().kind, QStringLiteral("import"));

        // The report of rejected rows is itself a CSV that reads back with the reasons.
        const QString path = m_dir.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY(report.writeRejectedCsv(path, doc.header, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CsvDocument back = CsvDocument::parse(f.readAll());
        QCOMPARE(back.rows.size(), 5);
        QCOMPARE(back.rows.at(0).fields.at(0), QStringLiteral("3"));
        QCOMPARE(back.rows.at(0).fields.at(1), report.rejected.at(0).reason);
        QCOMPARE(back.rows.at(0).fields.at(2), QStringLiteral("Marc"));
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("update") << int(ImportOptions::OnDuplicate::Update) << 1 << QStringLiteral("Hélène");
        // Skip: row 1 (same email) is skipped, so the phone-only row 2 matches nobody and is new.
        QTest::newRow("skip") << int(ImportOptions::OnDuplicate::Skip) << 2 << QStringLiteral("H");
        QTest::newRow("create") << int(ImportOptions::OnDuplicate::Create) << 3 << QStringLiteral("H");
    }
    void duplicatePolicies()
    {
        QFETCH(int, policy);
        QFETCH(int, count);
        QFETCH(QString, firstName);
        Contact existing;
        existing.firstName = QStringLiteral("H");
        existing.lastName = QStringLiteral("Dupont");
        existing.email = QStringLiteral("helene@example.fr");
        existing.notes = QStringLiteral("met at the market");
        existing.zone = QStringLiteral("D69");
        QString error;
        QVERIFY(m_repo->insert(existing, &error));
        // Same email (other case), then same phone in another row: both are the same person.
        const QByteArray csv = "first name,last name,email,phone\n"
                               "Hélène,Dupont,HELENE@example.fr,0612345678\n"
                               "Hélène,Dupont,,+33612345678\n";
        const CsvDocument doc = CsvDocument::parse(csv);
        ContactImporter importer(*m_repo, ZoneTree::france());
        const auto report = importer.run(doc, options(doc, ImportOptions::OnDuplicate(policy)));
        QVERIFY(report.rejected.isEmpty());
        QCOMPARE(m_repo->count(), count);
        const auto stored = m_repo->byLocalId(existing.localId);
        QCOMPARE(stored->firstName, firstName);
        QCOMPARE(stored->notes, QStringLiteral("met at the market")); // never erased
        if (policy == int(ImportOptions::OnDuplicate::Update)) {
            QCOMPARE(stored->phone, QStringLiteral("+33612345678"));
            QCOMPARE(report.updated, 1);
            QCOMPARE(report.skipped, 1); // the second row brings nothing new
        }
    }

    void fullNameAndMembership()
    {
        const QByteArray csv = "Nom complet;Statut;Date de naissance\n"
                               "DUPONT Jean-Marc;Adhérent;12/05/1970\n"
                               "Marie Curie;sympathisante;1967-11-07\n"
                               "X;chef;\n"
                               "Paul Durand;Non adhérent;\n";
        const CsvDocument doc = CsvDocument::parse(csv);
        ContactImporter importer(*m_repo, ZoneTree::france());
        const auto report = importer.run(doc, options(doc));
        QCOMPARE(report.created, 3);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected.first().line, 4);
        ContactQuery q;
        q.text = QStringLiteral("dupont");
        const auto ids = m_repo->matching(q);
        QCOMPARE(ids.size(), 1);
        const auto jm = m_repo->byLocalId(ids.first());
        QCOMPARE(jm->firstName, QStringLiteral("Jean-Marc"));
        QCOMPARE(jm->lastName, QStringLiteral("DUPONT"));
        QCOMPARE(jm->membership, Membership::Member);
        QCOMPARE(jm->birthdate, QDate(1970, 5, 12));
    }

    void badFileLosesNothing()
    {
        Contact existing;
        existing.lastName = QStringLiteral("Stored");
        existing.email = QStringLiteral("stored@example.fr");
        existing.zone = QStringLiteral("D69");
        QString error;
        QVERIFY(m_repo->insert(existing, &error));
        // Binary garbage and a file with only a header.
        for (const QByteArray &bad : {QByteArray("\x00\x01\x02\xff\xfe garbage \"\n\x00", 16), QByteArray("a;b;c\n")}) {
            const CsvDocument doc = CsvDocument::parse(bad);
            ContactImporter importer(*m_repo, ZoneTree::france());
            const auto report = importer.run(doc, options(doc));
            QCOMPARE(report.created + report.updated, 0);
        }
        QCOMPARE(m_repo->count(), 1);
        QCOMPARE(m_repo->byLocalId(existing.localId)->email, QStringLiteral("stored@example.fr"));
    }

    void cancelStopsBetweenBatches()
    {
        QByteArray csv = "prenom;nom;email\n";
        for (int i = 0; i < ContactImporter::BatchSize * 3; ++i)
            csv += "A;B" + QByteArray::number(i) + ";a" + QByteArray::number(i) + "@example.fr\n";
        const CsvDocument doc = CsvDocument::parse(csv);
        ContactImporter importer(*m_repo, ZoneTree::france());
        const auto report = importer.run(doc, options(doc), [](int done, int) { return done < ContactImporter::BatchSize; });
        QVERIFY(report.cancelled);
        QCOMPARE(m_repo->count(), ContactImporter::BatchSize); // whole batches only
    }

private:
    static quint64 qrand64() { static quint64 n = 0; return ++n; }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
