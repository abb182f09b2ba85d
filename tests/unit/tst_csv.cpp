#include "ContactField.h"
#include "CsvDocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using relais::ContactField;
using relais::CsvDocument;
using relais::CsvRow;
using relais::CsvWriter;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Parsing
    void quotedFields();
    void lineEndings_data();
    void lineEndings();
    void emptyLinesAndLineNumbers();
    void trailingDelimiter();
    void fieldCountMismatchIsNotAnError();
    void blanksAroundQuotedField();
    void emptyDocument();

    // Decoding
    void utf8Bom();
    void utf8WithoutBom();
    void windows1252();
    void utf16Bom();

    // Delimiter detection
    void detectDelimiter_data();
    void detectDelimiter();
    void parseBytesDetectsEverything();

    // Malformed input
    void unterminatedQuoteMidFile_data();
    void unterminatedQuoteMidFile();
    void unterminatedQuoteAtEof();
    void strayQuoteInUnquotedField();
    void textAfterClosingQuote();

    // Writer
    void writerQuoting();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void formulaInjection_data();
    void formulaInjection();

    // Contact fields
    void guessHeaders_data();
    void guessHeaders();
    void guessMappingNoDuplicates();
    void fieldIds();
    void yesNo_data();
    void yesNo();
};

namespace {

QString fieldId(ContactField field)
{
    return relais::contactFieldId(field);
}

QStringList ids(const QList<ContactField> &fields)
{
    QStringList out;
    for (const ContactField field : fields)
        out.append(fieldId(field));
    return out;
}

} // namespace

void TestCsv::quotedFields()
{
    const QString text = u"a,b,c,d\r\n"
                         u"\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\",\"\"\r\n"
                         u"plain,\"\"\"\",\"a\r\nb\",z\r\n"_s;
    const CsvDocument doc = CsvDocument::parse(text, u',');
    QCOMPARE(doc.header, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(doc.rows.size(), 2);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"x, y"_s, u"line1\nline2"_s, u"say \"hi\""_s, QString()}));
    QVERIFY(doc.rows[0].error.isEmpty());
    QCOMPARE(doc.rows[0].line, 2);
    QCOMPARE(doc.rows[1].fields, (QStringList{u"plain"_s, u"\""_s, u"a\r\nb"_s, u"z"_s}));
    QCOMPARE(doc.rows[1].line, 4); // the embedded newline of row 1 counts as a physical line
    QVERIFY(doc.rows[1].error.isEmpty());
}

void TestCsv::lineEndings_data()
{
    QTest::addColumn<QString>("eol");
    QTest::newRow("CRLF") << u"\r\n"_s;
    QTest::newRow("LF") << u"\n"_s;
    QTest::newRow("CR") << u"\r"_s;
}

void TestCsv::lineEndings()
{
    QFETCH(QString, eol);
    const QString text = u"Nom;Ville"_s + eol + u"Dupont;Paris"_s + eol + u"\"Martin"_s + eol + u"Le Gall\";Brest"_s
        + eol + u"Durand;Lille"_s; // no final line break
    const CsvDocument doc = CsvDocument::parse(text, u';');
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Ville"_s}));
    QCOMPARE(doc.rows.size(), 3);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Paris"_s}));
    QCOMPARE(doc.rows[1].fields, (QStringList{u"Martin"_s + eol + u"Le Gall"_s, u"Brest"_s}));
    QCOMPARE(doc.rows[2].fields, (QStringList{u"Durand"_s, u"Lille"_s}));
    QCOMPARE(doc.rows[0].line, 2);
    QCOMPARE(doc.rows[1].line, 3);
    QCOMPARE(doc.rows[2].line, 5);
    for (const CsvRow &row : doc.rows)
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
}

void TestCsv::emptyLinesAndLineNumbers()
{
    const QString text = u"\r\n\r\nNom,Prénom\r\n\r\nDupont,Jean\r\n;\r\n,,\r\n   \r\nMartin,Paul\r\n\r\n"_s;
    const CsvDocument doc = CsvDocument::parse(text, u',');
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Prénom"_s}));
    QCOMPARE(doc.rows.size(), 3);
    QCOMPARE(doc.rows[0].line, 5);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Jean"_s}));
    QCOMPARE(doc.rows[1].line, 6); // ";" is a real (one-field) value with ',' as delimiter
    QCOMPARE(doc.rows[1].fields, QStringList{u";"_s});
    QCOMPARE(doc.rows[2].line, 9); // ",," and blank lines are skipped
    QCOMPARE(doc.rows[2].fields, (QStringList{u"Martin"_s, u"Paul"_s}));
}

void TestCsv::trailingDelimiter()
{
    // Header and rows both end with the delimiter.
    CsvDocument doc = CsvDocument::parse(u"Nom;Prénom;\nDupont;Jean;\nMartin;;\n"_s, u';');
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Prénom"_s}));
    QCOMPARE(doc.rows.size(), 2);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Jean"_s}));
    QCOMPARE(doc.rows[1].fields, (QStringList{u"Martin"_s, QString()}));

    // Only the rows do (typical spreadsheet export with an empty extra column).
    doc = CsvDocument::parse(u"Nom;Prénom\nDupont;Jean;\nMartin;Paul;;;\n"_s, u';');
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Prénom"_s}));
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Jean"_s}));
    QCOMPARE(doc.rows[1].fields, (QStringList{u"Martin"_s, u"Paul"_s}));
}

void TestCsv::fieldCountMismatchIsNotAnError()
{
    const CsvDocument doc = CsvDocument::parse(u"a,b,c\n1,2\n1,2,3,4\n"_s, u',');
    QCOMPARE(doc.rows.size(), 2);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"1"_s, u"2"_s}));
    QVERIFY(doc.rows[0].error.isEmpty());
    QCOMPARE(doc.rows[1].fields, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    QVERIFY(doc.rows[1].error.isEmpty());
}

void TestCsv::blanksAroundQuotedField()
{
    const CsvDocument doc = CsvDocument::parse(u"a, b ,c\n1, \"x,y\" , z \n"_s, u',');
    QCOMPARE(doc.header, (QStringList{u"a"_s, u"b"_s, u"c"_s})); // header names are trimmed
    QCOMPARE(doc.rows.size(), 1);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"1"_s, u"x,y"_s, u" z "_s})); // unquoted values are not
    QVERIFY(doc.rows[0].error.isEmpty());
}

void TestCsv::emptyDocument()
{
    for (const QString &text : {QString(), u"\r\n\n\r\n"_s, QString(QChar(0xFEFF))}) {
        const CsvDocument doc = CsvDocument::parse(text, u',');
        QVERIFY(doc.header.isEmpty());
        QVERIFY(doc.rows.isEmpty());
    }
    const CsvDocument doc = CsvDocument::parse(QByteArray());
    QVERIFY(doc.header.isEmpty());
    QCOMPARE(doc.delimiter, QChar(u','));
}

void TestCsv::utf8Bom()
{
    const QByteArray data = "\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nDupont;H\xC3\xA9l\xC3\xA8ne\r\n"_ba;
    QString encoding;
    const QString text = CsvDocument::decode(data, &encoding);
    QCOMPARE(encoding, u"UTF-8"_s);
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    QCOMPARE(text, u"Nom;Prénom\r\nDupont;Hélène\r\n"_s);

    const CsvDocument doc = CsvDocument::parse(data);
    QCOMPARE(doc.encoding, u"UTF-8"_s);
    QCOMPARE(doc.delimiter, QChar(u';'));
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Prénom"_s})); // no BOM glued to "Nom"
    QCOMPARE(doc.rows.size(), 1);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Hélène"_s}));

    // A BOM left in an already decoded text is ignored too.
    const CsvDocument fromText = CsvDocument::parse(QChar(0xFEFF) + u"Nom;Ville\nA;B"_s, u';');
    QCOMPARE(fromText.header, (QStringList{u"Nom"_s, u"Ville"_s}));
}

void TestCsv::utf8WithoutBom()
{
    QString encoding;
    QCOMPARE(CsvDocument::decode("C\xC5\x93ur \xE2\x82\xAC"_ba, &encoding), u"Cœur €"_s);
    QCOMPARE(encoding, u"UTF-8"_s);
    QCOMPARE(CsvDocument::decode("plain ascii"_ba, &encoding), u"plain ascii"_s);
    QCOMPARE(encoding, u"UTF-8"_s);
}

void TestCsv::windows1252()
{
    // "Hélène" and "Prénom" as written by Excel "CSV (séparateur: point-virgule)" on Windows.
    const QByteArray data = "Pr\xE9nom;Nom;Note\r\nH\xE9l\xE8ne;C\x9C" "ur;10 \x80\r\n"_ba;
    QString encoding;
    const QString text = CsvDocument::decode(data, &encoding);
    QCOMPARE(encoding, u"windows-1252"_s);
    QCOMPARE(text, u"Prénom;Nom;Note\r\nHélène;Cœur;10 €\r\n"_s);

    const CsvDocument doc = CsvDocument::parse(data);
    QCOMPARE(doc.encoding, u"windows-1252"_s);
    QCOMPARE(doc.header, (QStringList{u"Prénom"_s, u"Nom"_s, u"Note"_s}));
    QCOMPARE(doc.rows.size(), 1);
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Hélène"_s, u"Cœur"_s, u"10 €"_s}));

    // Bytes undefined in Windows-1252 fall back to Latin-1.
    const QString undefinedBytes = QString(QChar(0x81)) + QChar(0x8D) + QChar(0x8F) + QChar(0x90) + QChar(0x9D)
        + QChar(0xFF);
    QCOMPARE(CsvDocument::decode("\x81\x8D\x8F\x90\x9D\xFF"_ba), undefinedBytes);
}

void TestCsv::utf16Bom()
{
    const QString expected = u"Nom\tPrénom\r\nDupont\tHélène\r\n"_s;
    QByteArray le("\xFF\xFE", 2);
    for (const QChar c : expected) {
        le.append(char(c.unicode() & 0xFF));
        le.append(char(c.unicode() >> 8));
    }
    QString encoding;
    QCOMPARE(CsvDocument::decode(le, &encoding), expected);
    QCOMPARE(encoding, u"UTF-16LE"_s);
    const CsvDocument doc = CsvDocument::parse(le);
    QCOMPARE(doc.delimiter, QChar(u'\t'));
    QCOMPARE(doc.rows.value(0).fields, (QStringList{u"Dupont"_s, u"Hélène"_s}));
}

void TestCsv::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("semicolon") << u"Nom;Prénom;Ville\nDupont;Jean;Paris\nMartin;Paul;Lyon\n"_s << QChar(u';');
    QTest::newRow("comma") << u"Nom,Prénom,Ville\nDupont,Jean,Paris\nMartin,Paul,Lyon\n"_s << QChar(u',');
    QTest::newRow("tab") << u"Nom\tPrénom\nDupont\tJean\n"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"Nom|Prénom\nDupont|Jean\n"_s << QChar(u'|');
    QTest::newRow("semicolon, commas in unquoted values")
        << u"Nom;Adresse;Montant\nDupont;12, rue de la Paix, Paris;1,5\nMartin;3, place du Marché;2,75\n"_s
        << QChar(u';');
    QTest::newRow("comma, semicolons inside quotes")
        << u"Nom,Notes,Ville\nDupont,\"a;b;c;d\",Paris\nMartin,\"x;y;z;t;u\",Lyon\n"_s << QChar(u',');
    QTest::newRow("semicolon, quoted multi-line with commas")
        << u"Nom;Notes\n\"Dupont\";\"ligne 1, a\nligne 2, b, c\"\n\"Martin\";\"ok\"\n"_s << QChar(u';');
    QTest::newRow("single column") << u"Email\na@b.fr\nc@d.fr\n"_s << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
    QTest::newRow("BOM + semicolon") << QString(QChar(0xFEFF) + u"a;b\n1;2\n"_s) << QChar(u';');
}

void TestCsv::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(CsvDocument::detectDelimiter(text), expected);
}

void TestCsv::parseBytesDetectsEverything()
{
    const CsvDocument doc = CsvDocument::parse("Email,Nom\r\na@b.fr,Dupont\r\n"_ba);
    QCOMPARE(doc.delimiter, QChar(u','));
    QCOMPARE(doc.encoding, u"UTF-8"_s);
    QCOMPARE(doc.header, (QStringList{u"Email"_s, u"Nom"_s}));
    QCOMPARE(doc.rows.value(0).fields, (QStringList{u"a@b.fr"_s, u"Dupont"_s}));
}

void TestCsv::unterminatedQuoteMidFile_data()
{
    QTest::addColumn<QString>("text");
    // The quote opened on line 3 is either never closed, or "closed" by a later quote followed by text.
    QTest::newRow("no later quote") << u"Nom,Prénom,Ville\n"
                                       u"Dupont,Jean,Paris\n"
                                       u"Martin,\"Paul,Lyon\n"
                                       u"Durand,Marie,Lille\n"
                                       u"Petit,Luc,Nice\n"_s;
    QTest::newRow("later quoted field") << u"Nom,Prénom,Ville\r\n"
                                           u"Dupont,Jean,Paris\r\n"
                                           u"Martin,\"Paul,Lyon\r\n"
                                           u"Durand,Marie,Lille\r\n"
                                           u"Petit,Luc,\"Nice\"\r\n"_s;
}

void TestCsv::unterminatedQuoteMidFile()
{
    QFETCH(QString, text);
    const CsvDocument doc = CsvDocument::parse(text, u',');
    QCOMPARE(doc.header, (QStringList{u"Nom"_s, u"Prénom"_s, u"Ville"_s}));
    QCOMPARE(doc.rows.size(), 4);

    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupont"_s, u"Jean"_s, u"Paris"_s}));
    QVERIFY(doc.rows[0].error.isEmpty());

    const CsvRow &bad = doc.rows[1];
    QCOMPARE(bad.line, 3);
    QVERIFY(!bad.error.isEmpty());
    QCOMPARE(bad.fields, (QStringList{u"Martin"_s, u"\"Paul"_s, u"Lyon"_s})); // raw content of the line

    QCOMPARE(doc.rows[2].line, 4);
    QCOMPARE(doc.rows[2].fields, (QStringList{u"Durand"_s, u"Marie"_s, u"Lille"_s}));
    QVERIFY2(doc.rows[2].error.isEmpty(), qPrintable(doc.rows[2].error));
    QCOMPARE(doc.rows[3].line, 5);
    QCOMPARE(doc.rows[3].fields, (QStringList{u"Petit"_s, u"Luc"_s, u"Nice"_s}));
    QVERIFY2(doc.rows[3].error.isEmpty(), qPrintable(doc.rows[3].error));
}

void TestCsv::unterminatedQuoteAtEof()
{
    const CsvDocument doc = CsvDocument::parse(u"a;b\n1;2\n3;\"quatre\n"_s, u';');
    QCOMPARE(doc.rows.size(), 2);
    QVERIFY(doc.rows[0].error.isEmpty());
    QCOMPARE(doc.rows[1].line, 3);
    QVERIFY(!doc.rows[1].error.isEmpty());
    QCOMPARE(doc.rows[1].fields, (QStringList{u"3"_s, u"\"quatre"_s}));

    // A legitimate multi-line field before the bad quote: the record keeps its start line.
    const CsvDocument multi = CsvDocument::parse(u"a;b;c\n\"x\ny\";\"z\nok;1;2\n"_s, u';');
    QCOMPARE(multi.rows.size(), 2);
    QCOMPARE(multi.rows[0].line, 2);
    QVERIFY(!multi.rows[0].error.isEmpty());
    QCOMPARE(multi.rows[0].fields, (QStringList{u"x\ny"_s, u"\"z"_s}));
    QCOMPARE(multi.rows[1].line, 4);
    QCOMPARE(multi.rows[1].fields, (QStringList{u"ok"_s, u"1"_s, u"2"_s}));
    QVERIFY(multi.rows[1].error.isEmpty());
}

void TestCsv::strayQuoteInUnquotedField()
{
    const CsvDocument doc = CsvDocument::parse(u"a,b\nDu\"pont,Jean\nMartin,Paul\n"_s, u',');
    QCOMPARE(doc.rows.size(), 2);
    QCOMPARE(doc.rows[0].line, 2);
    QVERIFY(!doc.rows[0].error.isEmpty());
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Du\"pont"_s, u"Jean"_s}));
    QVERIFY(doc.rows[1].error.isEmpty());
    QCOMPARE(doc.rows[1].fields, (QStringList{u"Martin"_s, u"Paul"_s}));
}

void TestCsv::textAfterClosingQuote()
{
    const CsvDocument doc = CsvDocument::parse(u"a,b\n\"Dupont\"x,Jean\nMartin,Paul\n"_s, u',');
    QCOMPARE(doc.rows.size(), 2);
    QVERIFY(!doc.rows[0].error.isEmpty());
    QCOMPARE(doc.rows[0].fields, (QStringList{u"Dupontx"_s, u"Jean"_s}));
    QCOMPARE(doc.rows[1].fields, (QStringList{u"Martin"_s, u"Paul"_s}));
    QVERIFY(doc.rows[1].error.isEmpty());
}

void TestCsv::writerQuoting()
{
    QCOMPARE(CsvWriter::escape(u"simple"_s, u';'), u"simple"_s);
    QCOMPARE(CsvWriter::escape(QString(), u';'), QString());
    QCOMPARE(CsvWriter::escape(u"a;b"_s, u';'), u"\"a;b\""_s);
    QCOMPARE(CsvWriter::escape(u"a,b"_s, u';'), u"a,b"_s);
    QCOMPARE(CsvWriter::escape(u"a,b"_s, u','), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::escape(u"dit \"oui\""_s, u';'), u"\"dit \"\"oui\"\"\""_s);
    QCOMPARE(CsvWriter::escape(u"l1\nl2"_s, u';'), u"\"l1\nl2\""_s);
    QCOMPARE(CsvWriter::escape(u"l1\rl2"_s, u';'), u"\"l1\rl2\""_s);
    QCOMPARE(CsvWriter::escape(u"a\tb"_s, u'\t'), u"\"a\tb\""_s);
    QCOMPARE(CsvWriter::row({u"a"_s, u"b;c"_s, QString()}, u';'), u"a;\"b;c\";\r\n"_s);
    QCOMPARE(CsvWriter::row({}, u';'), u"\r\n"_s);
}

void TestCsv::writerRoundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow(";") << QChar(u';');
    QTest::newRow(",") << QChar(u',');
    QTest::newRow("tab") << QChar(u'\t');
    QTest::newRow("|") << QChar(u'|');
}

void TestCsv::writerRoundTrip()
{
    QFETCH(QChar, delimiter);
    const QStringList header = {u"Nom"_s, u"Notes"_s, u"Adresse"_s, u"Vide"_s, u"Téléphone"_s};
    const QList<QStringList> records = {
        {u"Dupont"_s, u"Il a dit \"oui\"; puis, \"non\""_s, u"12, rue de la Paix\nBât. B"_s, QString(),
         u"+33 6 12 34 56 78"_s},
        {u"  Hélène  "_s, u"\"\""_s, u"a\r\nb\rc"_s, u"x|y\tz"_s, u"06 12 34 56 78"_s},
        {u"Œuvre €"_s, u"\"début"_s, u"fin\""_s, u"'apostrophe"_s, u"+33612345678"_s},
    };

    QString out = CsvWriter::row(header, delimiter);
    for (const QStringList &record : records)
        out += CsvWriter::row(record, delimiter);

    const CsvDocument doc = CsvDocument::parse(out, delimiter);
    QCOMPARE(doc.header, header);
    QCOMPARE(doc.rows.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY2(doc.rows[i].error.isEmpty(), qPrintable(doc.rows[i].error));
        QCOMPARE(doc.rows[i].fields, records[i]);
    }

    // The same through bytes, with delimiter detection.
    const CsvDocument fromBytes = CsvDocument::parse(out.toUtf8());
    QCOMPARE(fromBytes.delimiter, delimiter);
    QCOMPARE(fromBytes.header, header);
    QCOMPARE(fromBytes.rows.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(fromBytes.rows[i].fields, records[i]);
}

void TestCsv::formulaInjection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("=") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
    QTest::newRow("+") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
    QTest::newRow("-") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("@") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("= and delimiter") << u"=HYPERLINK(\"http://x\";\"y\")"_s
                                     << u"\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\""_s;
    QTest::newRow("phone spaced") << u"+33 6 12 34 56 78"_s << u"+33 6 12 34 56 78"_s;
    QTest::newRow("phone compact") << u"+33612345678"_s << u"+33612345678"_s;
    QTest::newRow("phone dotted") << u"+33.6.12.34.56.78"_s << u"+33.6.12.34.56.78"_s;
    QTest::newRow("phone (0)") << u"+33 (0)6 12 34 56 78"_s << u"+33 (0)6 12 34 56 78"_s;
    QTest::newRow("plus then formula") << u"+33612345678+A1"_s << u"'+33612345678+A1"_s;
    QTest::newRow("plus too short") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus phone") << u"-33612345678"_s << u"'-33612345678"_s;
    QTest::newRow("email") << u"a@b.fr"_s << u"a@b.fr"_s;
    QTest::newRow("middle =") << u"a=b"_s << u"a=b"_s;
}

void TestCsv::formulaInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escape(field, u';'), expected);
}

void TestCsv::guessHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");

    const auto add = [](const QString &header, ContactField field) {
        QTest::addRow("%s", qPrintable(header)) << header << fieldId(field);
    };
    // French
    add(u"Prénom"_s, ContactField::FirstName);
    add(u"PRENOM"_s, ContactField::FirstName);
    add(u"Prénom(s)"_s, ContactField::FirstName);
    add(u"Nom"_s, ContactField::LastName);
    add(u"  nom  "_s, ContactField::LastName);
    add(u"Nom de famille"_s, ContactField::LastName);
    add(u"Nom d'usage"_s, ContactField::LastName);
    add(u"Nom complet"_s, ContactField::FullName);
    add(u"Nom Prénom"_s, ContactField::FullName);
    add(u"Prénom et nom"_s, ContactField::FullName);
    add(u"Courriel"_s, ContactField::Email);
    add(u"Adresse mail"_s, ContactField::Email);
    add(u"Adresse e-mail"_s, ContactField::Email);
    add(u"Mél"_s, ContactField::Email);
    add(u"Téléphone"_s, ContactField::Phone);
    add(u"Tél"_s, ContactField::Phone);
    add(u"Tél."_s, ContactField::Phone);
    add(u"Tél. portable"_s, ContactField::Phone);
    add(u"N° de téléphone"_s, ContactField::Phone);
    add(u"Portable"_s, ContactField::Phone);
    add(u"Adresse"_s, ContactField::Address);
    add(u"Adresse postale"_s, ContactField::Address);
    add(u"Complément d'adresse"_s, ContactField::Ignore);
    add(u"Code postal"_s, ContactField::PostalCode);
    add(u"CP"_s, ContactField::PostalCode);
    add(u"code_postal"_s, ContactField::PostalCode);
    add(u"Ville"_s, ContactField::Commune);
    add(u"Commune"_s, ContactField::Commune);
    add(u"Code commune INSEE"_s, ContactField::Ignore);
    add(u"Adhérent"_s, ContactField::Membership);
    add(u"Statut"_s, ContactField::Membership);
    add(u"Statut adhérent"_s, ContactField::Membership);
    add(u"Numéro d'adhérent"_s, ContactField::Ignore);
    add(u"Date d'adhésion"_s, ContactField::Ignore);
    add(u"Étiquettes"_s, ContactField::Tags);
    add(u"Mots-clés"_s, ContactField::Tags);
    add(u"Notes"_s, ContactField::Notes);
    add(u"Commentaire"_s, ContactField::Notes);
    add(u"Commentaires"_s, ContactField::Notes);
    add(u"Consentement email"_s, ContactField::ConsentEmail);
    add(u"Accepte les emails"_s, ContactField::ConsentEmail);
    add(u"Opt-in email"_s, ContactField::ConsentEmail);
    add(u"Newsletter"_s, ContactField::ConsentEmail);
    add(u"Consentement SMS"_s, ContactField::ConsentSms);
    add(u"Consentement téléphone"_s, ContactField::ConsentPhone);
    add(u"Accepte d'être appelé"_s, ContactField::ConsentPhone);
    add(u"Consentement"_s, ContactField::Ignore); // which channel? don't guess consent
    add(u"Opt-out email"_s, ContactField::Ignore); // would invert the answer
    add(u"Date de naissance"_s, ContactField::Birthdate);
    add(u"Date de naissance (JJ/MM/AAAA)"_s, ContactField::Birthdate);
    add(u"Né(e) le"_s, ContactField::Birthdate);
    add(u"Lieu de naissance"_s, ContactField::Ignore);
    add(u"Civilité"_s, ContactField::Title);
    // English
    add(u"first name"_s, ContactField::FirstName);
    add(u"firstname"_s, ContactField::FirstName);
    add(u"First_Name"_s, ContactField::FirstName);
    add(u"last_name"_s, ContactField::LastName);
    add(u"Last-Name"_s, ContactField::LastName);
    add(u"surname"_s, ContactField::LastName);
    add(u"Name"_s, ContactField::FullName);
    add(u"Full name"_s, ContactField::FullName);
    add(u"E-mail"_s, ContactField::Email);
    add(u"Email Address"_s, ContactField::Email);
    add(u"Mail"_s, ContactField::Email);
    add(u"Mobile"_s, ContactField::Phone);
    add(u"Phone"_s, ContactField::Phone);
    add(u"Phone number"_s, ContactField::Phone);
    add(u"Address"_s, ContactField::Address);
    add(u"Zip"_s, ContactField::PostalCode);
    add(u"ZIP code"_s, ContactField::PostalCode);
    add(u"Postcode"_s, ContactField::PostalCode);
    add(u"City"_s, ContactField::Commune);
    add(u"Membership"_s, ContactField::Membership);
    add(u"Tags"_s, ContactField::Tags);
    add(u"Email opt-in"_s, ContactField::ConsentEmail);
    add(u"SMS consent"_s, ContactField::ConsentSms);
    add(u"Date of birth"_s, ContactField::Birthdate);
    add(u"Title"_s, ContactField::Title);
    // Unknown
    add(u"Identifiant"_s, ContactField::Ignore);
    add(u"Couleur préférée"_s, ContactField::Ignore);
    add(QString(), ContactField::Ignore);
    add(u"---"_s, ContactField::Ignore);
}

void TestCsv::guessHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    QCOMPARE(fieldId(relais::guessContactField(header)), expected);
}

void TestCsv::guessMappingNoDuplicates()
{
    const QStringList header = {u"Prénom"_s, u"Nom"_s,       u"Email"_s,       u"Courriel"_s, u"Téléphone"_s,
                                u"Portable"_s, u"Inconnu"_s, u"first name"_s, u"Ville"_s,    u"Commune"_s};
    const QList<ContactField> mapping = relais::guessMapping(header);
    QCOMPARE(mapping.size(), header.size());
    QCOMPARE(ids(mapping), ids({ContactField::FirstName, ContactField::LastName, ContactField::Email,
                                ContactField::Ignore, ContactField::Phone, ContactField::Ignore,
                                ContactField::Ignore, ContactField::Ignore, ContactField::Commune,
                                ContactField::Ignore}));

    QList<ContactField> seen;
    for (const ContactField field : mapping) {
        if (field == ContactField::Ignore)
            continue;
        QVERIFY2(!seen.contains(field), qPrintable(fieldId(field)));
        seen.append(field);
    }
    QVERIFY(relais::guessMapping({}).isEmpty());
}

void TestCsv::fieldIds()
{
    const QList<ContactField> all = relais::allContactFields();
    QCOMPARE(all.size(), 17);
    QCOMPARE(all.first(), ContactField::Ignore);
    QStringList seen;
    for (const ContactField field : all) {
        const QString id = relais::contactFieldId(field);
        QVERIFY(!id.isEmpty());
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.append(id);
        QCOMPARE(relais::contactFieldFromId(id), field);
    }
    QCOMPARE(relais::contactFieldId(ContactField::FirstName), u"first_name"_s);
    QCOMPARE(relais::contactFieldId(ContactField::LastName), u"last_name"_s);
    QCOMPARE(relais::contactFieldId(ContactField::PostalCode), u"postal_code"_s);
    QCOMPARE(relais::contactFieldId(ContactField::ConsentSms), u"consent_sms"_s);
    QCOMPARE(relais::contactFieldFromId(u"nope"_s), ContactField::Ignore);
    QCOMPARE(relais::contactFieldFromId(QString()), ContactField::Ignore);
}

void TestCsv::yesNo_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // -1: nullopt, 0: false, 1: true

    for (const QString &yes : {u"oui"_s, u"Oui"_s, u" OUI "_s, u"yes"_s, u"Y"_s, u"1"_s, u"true"_s, u"TRUE"_s,
                               u"x"_s, u"X"_s, u"vrai"_s, u"Vrai"_s, u"o"_s})
        QTest::addRow("yes: '%s'", qPrintable(yes)) << yes << 1;
    for (const QString &no : {u"non"_s, u"NON"_s, u"no"_s, u"n"_s, u"0"_s, u"false"_s, u"faux"_s, u"Faux"_s})
        QTest::addRow("no: '%s'", qPrintable(no)) << no << 0;
    for (const QString &unknown : {QString(), u""_s, u"   "_s, u"peut-être"_s, u"2"_s, u"ouiii"_s})
        QTest::addRow("unknown: '%s'", qPrintable(unknown)) << unknown << -1;
}

void TestCsv::yesNo()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    const std::optional<bool> result = relais::parseYesNo(value);
    QCOMPARE(result.has_value() ? int(*result) : -1, expected);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
