#include "SmtpSink.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

namespace relais::test {

namespace {

QStringList files(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2; // soft line break
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool SmtpSink::start()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString script = QStringLiteral(RELAIS_SOURCE_DIR "/tests/server/smtp_sink.py");
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"), {script, QString::number(m_port), m_dir.path()});
    if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(15000)
        || !m_process.readAllStandardOutput().contains("ready")) {
        m_error = QStringLiteral("the SMTP sink (python3-aiosmtpd) did not start");
        return false;
    }
    return true;
}

int SmtpSink::count() const { return int(files(m_dir.path()).size()) - m_skipped; }

void SmtpSink::clear() { m_skipped = int(files(m_dir.path()).size()); }

QList<SmtpSink::Message> SmtpSink::messages() const
{
    QList<Message> out;
    const QStringList names = files(m_dir.path());
    for (qsizetype i = m_skipped; i < names.size(); ++i) {
        const QString base = QDir(m_dir.path()).filePath(names.at(i)).chopped(4);
        Message m;
        QFile eml(base + QStringLiteral(".eml"));
        QFile env(base + QStringLiteral(".env"));
        if (!eml.open(QIODevice::ReadOnly) || !env.open(QIODevice::ReadOnly))
            continue;
        m.data = eml.readAll();
        const QList<QByteArray> lines = env.readAll().split('\n');
        m.mailFrom = lines.value(0);
        for (qsizetype l = 1; l < lines.size(); ++l)
            if (!lines.at(l).isEmpty())
                m.rcptTo << QString::fromUtf8(lines.at(l));
        out << m;
    }
    return out;
}

QByteArray SmtpSink::Message::header(const QByteArray &name) const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    QByteArray head = data.left(end < 0 ? data.size() : end);
    head.replace("\r\n ", " ");
    head.replace("\r\n\t", " ");
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray prefix = name.toLower() + ':';
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.toLower().startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString SmtpSink::Message::part(const QByteArray &contentType) const
{
    const qsizetype at = data.indexOf(QByteArray("Content-Type: " + contentType));
    if (at < 0)
        return {};
    const QByteArray type = header("Content-Type");
    const qsizetype b = type.indexOf("boundary=\"");
    if (b < 0)
        return {};
    const QByteArray boundary = type.mid(b + 10, type.indexOf('"', b + 10) - b - 10);
    const qsizetype start = data.indexOf("\r\n\r\n", at);
    const qsizetype end = data.indexOf(QByteArray("\r\n--" + boundary), start + 4);
    if (start < 0 || end < 0)
        return {};
    return QString::fromUtf8(decodeQuotedPrintable(data.mid(start + 4, end - start - 4)));
}

} // namespace relais::test
