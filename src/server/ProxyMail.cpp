#include "ProxyMail.h"

#include "MimeMessage.h"
#include "Uuid7.h"

#include <QDateTime>

namespace relais::server {

ProxyMail::Envelope ProxyMail::build(const Message &msg, const QString &mailFrom, const QString &messageIdHost)
{
    MimeMessage m;
    m.from = MimeMessage::parseAddress(mailFrom);
    m.to = {msg.toName, msg.toEmail};
    m.subject = msg.subject;
    QString text;
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"") + msg.language
        + QStringLiteral("\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif;"
                         "color:#222;background:#f2f2f2;margin:0;padding:24px\"><div style=\"max-width:560px;margin:0 auto;"
                         "background:#fff;border-radius:6px;padding:28px\">");
    for (qsizetype i = 0; i < msg.paragraphs.size(); ++i) {
        text += msg.paragraphs[i] + QStringLiteral("\n\n");
        html += QStringLiteral("<p style=\"margin:0 0 16px\">") + msg.paragraphs[i].toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</p>");
        if (i == 0 && !msg.buttonLabel.isEmpty()) {
            text += msg.buttonLabel + QStringLiteral(" : ") + msg.buttonLink + QStringLiteral("\n\n");
            html += QStringLiteral("<p style=\"margin:24px 0\"><a href=\"") + msg.buttonLink.toHtmlEscaped()
                + QStringLiteral("\" style=\"display:inline-block;background:#c0392b;color:#fff;text-decoration:none;"
                                 "padding:12px 22px;border-radius:4px;font-size:17px\">")
                + msg.buttonLabel.toHtmlEscaped() + QStringLiteral("</a></p>");
        }
    }
    html += QStringLiteral("</div></body></html>");
    m.text = text;
    m.html = html;
    m.messageId = (Uuid7::generate() + QLatin1Char('@') + messageIdHost).toLatin1();
    m.date = QDateTime::currentDateTimeUtc();
    return {m.from.email, msg.toEmail, m.toBytes()};
}

} // namespace relais::server
