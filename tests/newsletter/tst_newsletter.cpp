// Newsletter rendering: tokens with fallbacks, escaping, the editor's warnings, the plain-text part, and
// the MIME message (headers, both parts, quoted-printable that decodes back, no header injection).
#include "MimeMessage.h"
#include "NewsletterTemplate.h"

#include <QRegularExpression>
#include <QTest>

using namespace relais;

namespace {

using T = NewsletterTemplate;

T::Values values(const QString &first, const QString &last = QString())
{
    T::Values v;
    v[T::FirstName] = first;
    v[T::LastName] = last;
    v[T::Email] = QStringLiteral("someone@example.org");
    v[T::UnsubscribeUrl] = QStringLiteral("https://relais.example.org/u/abc?s=1&t=2");
    return v;
}

QStringList errors(const T &t)
{
    QStringList out;
    for (const NewsletterWarning &w : t.warnings())
        if (w.severity == NewsletterWarning::Severity::Error)
            out << QStringLiteral("%1: %2").arg(w.line).arg(w.message);
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) == '=' && i + 2 < qp.size() && qp.at(i + 1) == '\r' && qp.at(i + 2) == '\n') {
            i += 2; // soft line break
        } else if (qp.at(i) == '=' && i + 2 < qp.size()) {
            out += char(QByteArray(qp.mid(i + 1, 2)).toInt(nullptr, 16));
            i += 2;
        } else {
            out += qp.at(i);
        }
    }
    return out;
}

} // namespace

class TestNewsletter : public QObject
{
    Q_OBJECT

private slots:
    void tokensArePersonalisedWithFallbacks()
    {
        const T t = T::compile(QStringLiteral("{{first_name|Chère amie}}, on compte sur vous"), QStringLiteral("Samedi 10 h"),
                               QStringLiteral("# Bonjour {{ First_Name | Madame, Monsieur }} {{last_name}}\n\n"
                                              "Rendez-vous **samedi** à la [mairie](https://example.org/rdv).\n"));
        QVERIFY2(t.isSendable(), qPrintable(errors(t).join(u'\n')));
        QVERIFY(t.warnings().isEmpty());
        const T::Rendered a = t.render(values(QStringLiteral("Hélène"), QStringLiteral("Vermorel")));
        QCOMPARE(a.subject, QStringLiteral("Hélène, on compte sur vous"));
        QVERIFY(a.html.contains(QStringLiteral("Bonjour Hélène Vermorel</h1>")));
        QVERIFY(a.html.contains(QStringLiteral("<strong>samedi</strong>")));
        QVERIFY(a.html.contains(QStringLiteral("href=\"https://example.org/rdv\"")));
        QVERIFY(a.html.contains(QStringLiteral("Samedi 10 h")));                  // the preheader
        QVERIFY(a.text.startsWith(QStringLiteral("Bonjour Hélène Vermorel\n\n")));
        QVERIFY2(a.text.contains(QStringLiteral("à la mairie (https://example.org/rdv).")), qPrintable(a.text));
        const T::Rendered b = t.render(values(QString()));
        QCOMPARE(b.subject, QStringLiteral("Chère amie, on compte sur vous"));
        QVERIFY(b.html.contains(QStringLiteral("Bonjour Madame, Monsieur </h1>")));
        // The unsubscribe link is in both parts, HTML-escaped in the HTML one.
        QVERIFY(a.html.contains(QStringLiteral("href=\"https://relais.example.org/u/abc?s=1&amp;t=2\"")));
        QVERIFY(a.text.contains(QStringLiteral("https://relais.example.org/u/abc?s=1&t=2")));
    }

    void valuesAreEscapedInHtmlAndRawHtmlIsLeftOut()
    {
        const T t = T::compile(QStringLiteral("Hi"), QString(),
                               QStringLiteral("Hi {{first_name}}\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n"));
        const T::Rendered r = t.render(values(QStringLiteral("<b>Eve</b> & co")));
        QVERIFY(r.html.contains(QStringLiteral("Hi &lt;b&gt;Eve&lt;/b&gt; &amp; co")));
        QVERIFY(!r.html.contains(QStringLiteral("<script>")));
        QVERIFY(!r.html.contains(QStringLiteral("javascript:")));
        QVERIFY(r.text.contains(QStringLiteral("Hi <b>Eve</b> & co")));
        QVERIFY(!t.isSendable()); // the javascript: link
        QVERIFY(errors(t).join(u'\n').contains(QStringLiteral("must lead to a web address")));
    }

    void frenchAliasesAndTrackedLinks()
    {
        // {{prenom}} is {{first_name}}; with tracking, web links go through the redirect and a pixel is added,
        // while the unsubscribe link stays direct.
        const T t = T::compileTracked(QStringLiteral("Bonjour {{prenom|vous}}"), QString(),
                                      QStringLiteral("Salut {{prenom}} {{nom}}. [Agir](https://example.org/a?x=1&y=2) "
                                                     "et [partir]({{lien_desinscription}})"),
                                      QStringLiteral("https://relais.example/t/"));
        QVERIFY2(t.isSendable(), qPrintable(errors(t).join(u'\n')));
        QCOMPARE(t.links(), QStringList{QStringLiteral("https://example.org/a?x=1&y=2")});
        T::Values v = values(QStringLiteral("Zoé"));
        v[T::LastName] = QStringLiteral("Roux");
        v[T::UnsubscribeUrl] = QStringLiteral("https://relais.example/u/KEY");
        v[T::RecipientKey] = QStringLiteral("KEY");
        const T::Rendered r = t.render(v);
        QCOMPARE(r.subject, QStringLiteral("Bonjour Zoé"));
        QVERIFY(r.html.contains(QStringLiteral("Salut Zoé Roux.")));
        QVERIFY2(r.html.contains(QStringLiteral("href=\"https://relais.example/t/c/KEY/0\"")), qPrintable(r.html));
        QVERIFY(r.html.contains(QStringLiteral("src=\"https://relais.example/t/o/KEY.gif\"")));
        QVERIFY(r.html.contains(QStringLiteral("href=\"https://relais.example/u/KEY\"")));
        QVERIFY(!r.html.contains(QStringLiteral("href=\"https://example.org")));
        // The plain-text part keeps the real address (no tracking there).
        QVERIFY(r.text.contains(QStringLiteral("https://example.org/a?x=1&y=2")));
        // Without tracking, nothing is rewritten.
        const T plain = T::compile(QStringLiteral("s"), QString(), QStringLiteral("[Agir](https://example.org/a)"));
        QVERIFY(plain.links().isEmpty());
        QVERIFY(plain.render(v).html.contains(QStringLiteral("href=\"https://example.org/a\"")));
    }

    void unknownAndUnclosedTokensAreErrorsWithTheirLine()
    {
        const T t = T::compile(QStringLiteral("Hello {{surname}}"), QString(),
                               QStringLiteral("Line one\n\nHello {{frist_name|you}}\n\nBye {{first_name\n"));
        QVERIFY(!t.isSendable());
        const QStringList e = errors(t);
        QCOMPARE(e.size(), 3);
        QVERIFY2(e.at(0).startsWith(QStringLiteral("0: Unknown personalisation token {{surname}}")), qPrintable(e.at(0)));
        QVERIFY2(e.at(1).startsWith(QStringLiteral("3: Unknown personalisation token {{frist_name|you}}")), qPrintable(e.at(1)));
        QVERIFY(e.at(1).contains(QStringLiteral("{{first_name}}")));
        QVERIFY2(e.at(2).startsWith(QStringLiteral("5: A personalisation token is not closed")), qPrintable(e.at(2)));
        // Rendering still works (what the preview shows): unknown tokens are left out.
        QVERIFY(!t.render(values(QStringLiteral("A"))).html.contains(QStringLiteral("frist")));
    }

    void malformedMarkdownGivesWarnings()
    {
        const T t = T::compile(QStringLiteral("S"), QString(),
                               QStringLiteral("Some **bold\n\nA [broken link](https://example.org\n\n![](https://example.org/a.png)\n\n"
                                              "![logo](http://example.org/logo.png)\n\n[nowhere]()\n"));
        QStringList all;
        for (const NewsletterWarning &w : t.warnings())
            all << QStringLiteral("%1 %2: %3")
                       .arg(w.severity == NewsletterWarning::Severity::Error ? QStringLiteral("E") : QStringLiteral("W"))
                       .arg(w.line)
                       .arg(w.message);
        const QString text = all.join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("W 1: Bold or italic is not closed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("W 3: This looks like a broken link")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("W 5: An image has no description")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("E 7: The image address “http://example.org/logo.png” must start with https://")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("E 9: The link “nowhere” has no address")), qPrintable(text));
        QVERIFY(!t.isSendable());
        QVERIFY(!T::compile(QString(), QString(), QStringLiteral("text")).isSendable());
        QVERIFY(!T::compile(QStringLiteral("S"), QString(), QStringLiteral("  \n")).isSendable());
    }

    void tokenAsLinkAddressAndListsInPlainText()
    {
        const T t = T::compile(QStringLiteral("S"), QString(),
                               QStringLiteral("1. one\n2. two\n\n- a\n- b\n\n[Se désinscrire]({{unsubscribe_url}})\n"));
        QVERIFY2(t.isSendable(), qPrintable(errors(t).join(u'\n')));
        const T::Rendered r = t.render(values(QStringLiteral("A")));
        QVERIFY2(r.text.startsWith(QStringLiteral("1. one\n2. two\n\n- a\n- b\n\nSe désinscrire (https://relais.example.org/u/abc?s=1&t=2)")),
                 qPrintable(r.text));
        QVERIFY(r.html.contains(QStringLiteral("href=\"https://relais.example.org/u/abc?s=1&amp;t=2\">Se désinscrire</a>")));
        QVERIFY(r.html.contains(QStringLiteral("<ol style=")));
    }

    void buttonIsALinkWithTheButtonAttribute()
    {
        const T t = T::compile(QStringLiteral("S"), QString(),
                               QStringLiteral("Intro\n\n[Je signe la pétition](https://example.org/p?a=1&b=2){.button}\n\n"
                                              "[Se désinscrire]({{unsubscribe_url}}){.button} merci\n\n"
                                              "[un lien](https://example.org/l) {.button}\n"));
        QVERIFY2(t.isSendable(), qPrintable(errors(t).join(u'\n')));
        const T::Rendered r = t.render(values(QStringLiteral("A")));
        QVERIFY2(r.html.contains(QStringLiteral("<a style=\"display:inline-block;padding:12px 24px;background-color:#1565c0;"
                                                "color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;\" "
                                                "href=\"https://example.org/p?a=1&amp;b=2\">Je signe la pétition</a>")),
                 qPrintable(r.html));
        QVERIFY(r.html.contains(QStringLiteral("href=\"https://relais.example.org/u/abc?s=1&amp;t=2\">Se désinscrire</a> merci")));
        QCOMPARE(r.html.count(QStringLiteral("display:inline-block")), 2);
        QVERIFY(!r.html.contains(QStringLiteral("relais-button")));
        // Only right after the link: with a space, it stays an ordinary link followed by the text.
        QVERIFY(r.html.contains(QStringLiteral("href=\"https://example.org/l\">un lien</a> {.button}")));
        QVERIFY2(r.text.contains(QStringLiteral("Je signe la pétition (https://example.org/p?a=1&b=2)\n\nSe désinscrire (")),
                 qPrintable(r.text));
        QCOMPARE(r.text.count(QStringLiteral("{.button}")), 1);
    }

    void mimeMessageHasBothPartsAndTheUnsubscribeHeaders()
    {
        const T t = T::compile(QStringLiteral("Réunion à Lyon, {{first_name}} — samedi"), QString(),
                               QStringLiteral("Bonjour {{first_name}},\n\n.starts with a dot\n\n") + QString(200, u'é') + u'\n');
        const T::Values v = values(QStringLiteral("Zoé\r\nBcc: victim@example.org"));
        const T::Rendered r = t.render(v);
        MimeMessage m;
        m.from = {QStringLiteral("Fédération du Rhône"), QStringLiteral("news@example.org")};
        m.to = {QStringLiteral("Zoé\r\nBcc: victim@example.org"), QStringLiteral("zoe@example.org")};
        m.subject = r.subject;
        m.text = r.text;
        m.html = r.html;
        m.messageId = "0190a1b2-0001@relais.example.org";
        m.date = QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
        m.headers = {{"List-Unsubscribe", QStringLiteral("<") + v[T::UnsubscribeUrl] + QStringLiteral(">")},
                     {"List-Unsubscribe-Post", QStringLiteral("List-Unsubscribe=One-Click")}};
        const QByteArray bytes = m.toBytes();
        const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
        const QByteArray head = bytes.left(headerEnd + 2);
        QVERIFY(head.contains("Date: Sat, 21 Nov 2026 09:30:00 +0000\r\n"));
        QVERIFY(head.contains("Message-ID: <0190a1b2-0001@relais.example.org>\r\n"));
        QVERIFY(head.contains("List-Unsubscribe: <https://relais.example.org/u/abc?s=1&t=2>\r\n"));
        QVERIFY(head.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        QVERIFY(head.contains("Subject: =?UTF-8?B?"));
        QVERIFY(head.contains("Content-Type: multipart/alternative; boundary="));
        // No header injection: the only Bcc is none at all, the name is one encoded word sequence.
        QVERIFY(!head.contains("\r\nBcc:"));
        // Every line ends with CRLF and stays within 78 characters; no line is a lone dot.
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
            QVERIFY2(lines.at(i).size() <= 79, lines.at(i).constData());
            QVERIFY(lines.at(i) != ".\r" && !lines.at(i).startsWith('.'));
        }
        // Both parts decode back to what was rendered.
        const QByteArray boundary = "--=_relais_alt_boundary";
        const QByteArray crlfBoundary = "\r\n" + boundary;
        QCOMPARE(bytes.count(boundary), 3);
        const qsizetype textStart = bytes.indexOf("\r\n\r\n", bytes.indexOf("text/plain")) + 4;
        const qsizetype textEnd = bytes.indexOf(crlfBoundary, textStart);
        const auto lf = [](QString s) { return s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); };
        QCOMPARE(lf(QString::fromUtf8(decodeQuotedPrintable(bytes.mid(textStart, textEnd - textStart)))), lf(r.text));
        const qsizetype htmlStart = bytes.indexOf("\r\n\r\n", bytes.indexOf("text/html")) + 4;
        const qsizetype htmlEnd = bytes.indexOf(crlfBoundary, htmlStart);
        QCOMPARE(lf(QString::fromUtf8(decodeQuotedPrintable(bytes.mid(htmlStart, htmlEnd - htmlStart)))), lf(r.html));
        // The subject decodes back too (one line, the CR/LF of the value gone).
        const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));
        const qsizetype subjectAt = head.indexOf("Subject: ");
        const QByteArray subjectLine = head.mid(subjectAt, head.indexOf("\r\nDate:") - subjectAt);
        QByteArray decoded;
        for (auto it = word.globalMatch(QString::fromLatin1(subjectLine)); it.hasNext();)
            decoded += QByteArray::fromBase64(it.next().captured(1).toLatin1());
        QCOMPARE(QString::fromUtf8(decoded), QStringLiteral("Réunion à Lyon, Zoé  Bcc: victim@example.org — samedi"));
    }
};

QTEST_GUILESS_MAIN(TestNewsletter)
#include "tst_newsletter.moc"
