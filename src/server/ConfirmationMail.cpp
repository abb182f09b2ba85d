#include "ConfirmationMail.h"

#include "MimeMessage.h"
#include "Petition.h"
#include "SignatureForm.h"
#include "Uuid7.h"

#include <QDateTime>

namespace relais::server {

ConfirmationMail::Envelope ConfirmationMail::build(const Petition &p, const SignatureForm &form, const QString &link,
                                                   qint64 validHours, const QString &mailFrom, const QString &messageIdHost)
{
    const QString validity = validHours % 24 == 0
        ? p.say(QStringLiteral("%1 jours").arg(validHours / 24), QStringLiteral("%1 days").arg(validHours / 24))
        : p.say(QStringLiteral("%1 heures").arg(validHours), QStringLiteral("%1 hours").arg(validHours));
    const QString hello = p.say(QStringLiteral("Bonjour %1,"), QStringLiteral("Hello %1,")).arg(form.firstName);
    const QString ask = p.say(QStringLiteral("Pour que votre signature de la pétition « %1 » compte, confirmez votre adresse :"),
                              QStringLiteral("For your signature of the petition \"%1\" to count, confirm your address:"))
                            .arg(p.title);
    const QString button = p.say(QStringLiteral("Je confirme ma signature"), QStringLiteral("I confirm my signature"));
    const QString expiry = p.say(QStringLiteral("Ce lien est valable %1 et ne sert qu'une fois."),
                                 QStringLiteral("This link is valid for %1 and works once."))
                               .arg(validity);
    const QString notYou = p.say(QStringLiteral("Si vous n'avez pas signé, ignorez ce message : rien ne sera enregistré."),
                                 QStringLiteral("If you did not sign, ignore this message: nothing will be recorded."));

    MimeMessage m;
    m.from = MimeMessage::parseAddress(mailFrom);
    m.to = {form.firstName + QLatin1Char(' ') + form.lastName, form.email};
    m.subject = p.say(QStringLiteral("Confirmez votre signature : %1"), QStringLiteral("Confirm your signature: %1")).arg(p.title);
    m.text = hello + QStringLiteral("\n\n") + ask + QStringLiteral("\n\n") + link + QStringLiteral("\n\n") + expiry
        + QStringLiteral("\n") + notYou + QStringLiteral("\n");
    const QString a = QStringLiteral("<p style=\"margin:0 0 16px\">");
    m.html = QStringLiteral("<!DOCTYPE html><html lang=\"") + p.language
        + QStringLiteral("\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif;"
                         "color:#222;background:#f2f2f2;margin:0;padding:24px\"><div style=\"max-width:560px;margin:0 auto;"
                         "background:#fff;border-radius:6px;padding:28px\">")
        + a + hello.toHtmlEscaped() + QStringLiteral("</p>") + a + ask.toHtmlEscaped() + QStringLiteral("</p>")
        + QStringLiteral("<p style=\"margin:24px 0\"><a href=\"") + link.toHtmlEscaped()
        + QStringLiteral("\" style=\"display:inline-block;background:#c0392b;color:#fff;text-decoration:none;"
                         "padding:12px 22px;border-radius:4px;font-size:17px\">")
        + button.toHtmlEscaped() + QStringLiteral("</a></p>") + a + expiry.toHtmlEscaped() + QStringLiteral("<br>")
        + notYou.toHtmlEscaped() + QStringLiteral("</p></div></body></html>");
    m.messageId = (Uuid7::generate() + QLatin1Char('@') + messageIdHost).toLatin1();
    m.date = QDateTime::currentDateTimeUtc();
    return {m.from.email, form.email, m.toBytes()};
}

} // namespace relais::server
