// SMTP submission against a real SMTP server on 127.0.0.1 (aiosmtpd, tests/server/smtp_sink.py, started
// here): personalised newsletters rendered by relais_newsletter arrive one per recipient with both MIME
// parts and the unsubscribe headers; 5xx is a permanent failure, 4xx a temporary one, and the sender goes
// on over the same connection afterwards.
#include "MimeMessage.h"
#include "NewsletterTemplate.h"
#include "SmtpSender.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using namespace relais::server;

namespace {

int freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sink;
    int m_port = 0;

    QStringList received() const
    {
        QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (QString &f : files)
            f = m_dir.filePath(f);
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_port = freePort();
        QVERIFY(m_port > 0);
        const QString script = qEnvironmentVariable("RELAIS_SOURCE_DIR") + QStringLiteral("/tests/server/smtp_sink.py");
        m_sink.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sink.start(QStringLiteral("/usr/bin/python3"), {script, QString::number(m_port), m_dir.path()});
        QVERIFY2(m_sink.waitForStarted(5000), qPrintable(m_sink.errorString()));
        QVERIFY(m_sink.waitForReadyRead(15000));
        QCOMPARE(m_sink.readLine().trimmed(), QByteArray("ready"));
    }

    void cleanupTestCase()
    {
        m_sink.terminate();
        if (!m_sink.waitForFinished(5000))
            m_sink.kill();
    }

    void personalisedNewslettersArriveOnePerRecipient()
    {
        const NewsletterTemplate t = NewsletterTemplate::compile(
            QStringLiteral("Samedi à Lyon, {{first_name|chers amis}}"), QStringLiteral("Rendez-vous à 10 h"),
            QStringLiteral("# Bonjour {{first_name|Madame, Monsieur}}\n\nRendez-vous **samedi**.\n\n.\n\nUne ligne seule avec un point, au-dessus.\n"));
        QVERIFY(t.isSendable());
        SmtpSender::Settings settings;
        settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
        settings.requireTls = false; // the sink speaks plain SMTP; a real relay is used with STARTTLS
        SmtpSender sender(settings);
        const int n = 20;
        QList<QByteArray> sent;
        for (int i = 0; i < n; ++i) {
            NewsletterTemplate::Values v;
            v[NewsletterTemplate::FirstName] = i % 5 == 0 ? QString() : QStringLiteral("Personne%1").arg(i);
            v[NewsletterTemplate::UnsubscribeUrl] = QStringLiteral("https://relais.example.org/u/%1?sig=abc").arg(i);
            const NewsletterTemplate::Rendered r = t.render(v);
            MimeMessage m;
            m.from = {QStringLiteral("Fédération du Rhône"), QStringLiteral("news@example.org")};
            m.to = {v[NewsletterTemplate::FirstName], QStringLiteral("p%1@example.org").arg(i)};
            m.subject = r.subject;
            m.text = r.text;
            m.html = r.html;
            m.messageId = "nl-" + QByteArray::number(i) + "@relais.example.org";
            m.headers = {{"List-Unsubscribe", QStringLiteral("<%1>").arg(v[NewsletterTemplate::UnsubscribeUrl])},
                         {"List-Unsubscribe-Post", QStringLiteral("List-Unsubscribe=One-Click")}};
            const QByteArray bytes = m.toBytes();
            const SmtpSender::Result result = sender.send("news@example.org", m.to.email.toLatin1(), bytes);
            QVERIFY2(result.sent(), qPrintable(result.message));
            sent << bytes;
        }
        QTRY_COMPARE(received().size(), n);
        const QStringList files = received();
        for (int i = 0; i < n; ++i) {
            const QByteArray got = readFile(files.at(i));
            const QByteArray id = "Message-ID: <nl-" + QByteArray::number(i) + "@relais.example.org>";
            const QByteArray unsubscribe = "List-Unsubscribe: <https://relais.example.org/u/" + QByteArray::number(i) + "?sig=abc>";
            QVERIFY2(got.contains(id), got.left(400).constData());
            QVERIFY(got.contains(unsubscribe));
            QVERIFY(got.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
            QVERIFY(got.contains("Content-Type: text/plain; charset=UTF-8"));
            QVERIFY(got.contains("Content-Type: text/html; charset=UTF-8"));
            // What arrived is what was sent, byte for byte (dot-stuffing undone by the server).
            QVERIFY2(got.endsWith(sent.at(i)) || got == sent.at(i), got.left(200).constData());
            const QByteArray envelope = readFile(files.at(i).chopped(4) + QStringLiteral(".env"));
            QCOMPARE(envelope, QByteArray("news@example.org\np" + QByteArray::number(i) + "@example.org\n"));
            const QByteArray greeting = i % 5 == 0 ? QByteArray("Bonjour Madame, Monsieur")
                                                   : QByteArray("Bonjour Personne" + QByteArray::number(i));
            QVERIFY2(got.contains(greeting), greeting.constData());
        }
    }

    void permanentAndTemporaryFailuresAreToldApart()
    {
        SmtpSender::Settings settings;
        settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
        settings.requireTls = false;
        SmtpSender sender(settings);
        MimeMessage m;
        m.from = {QString(), QStringLiteral("news@example.org")};
        m.subject = QStringLiteral("Test");
        m.text = QStringLiteral("Hello");
        m.html = QStringLiteral("<p>Hello</p>");
        const int before = int(received().size());

        m.to = {QString(), QStringLiteral("bounce@example.org")};
        const SmtpSender::Result bounced = sender.send("news@example.org", "bounce@example.org", m.toBytes());
        QCOMPARE(bounced.outcome, SmtpSender::Outcome::PermanentFailure);
        QCOMPARE(bounced.smtpCode, 550);
        QVERIFY(!bounced.message.contains(QLatin1String("bounce@")));

        const SmtpSender::Result later = sender.send("news@example.org", "later@example.org", m.toBytes());
        QCOMPARE(later.outcome, SmtpSender::Outcome::TemporaryFailure);
        QCOMPARE(later.smtpCode, 451);

        // The same sender goes on with the next recipients.
        const SmtpSender::Result ok = sender.send("news@example.org", "fine@example.org", m.toBytes());
        QVERIFY2(ok.sent(), qPrintable(ok.message));
        QTRY_COMPARE(int(received().size()), before + 1);

        // Nobody listening: a temporary failure, not a bounce.
        SmtpSender::Settings closed = settings;
        closed.url = QStringLiteral("smtp://127.0.0.1:%1").arg(freePort());
        closed.timeoutSeconds = 5;
        const SmtpSender::Result down = SmtpSender(closed).send("news@example.org", "fine@example.org", m.toBytes());
        QCOMPARE(down.outcome, SmtpSender::Outcome::TemporaryFailure);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
