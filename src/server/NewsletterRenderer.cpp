#include "NewsletterRenderer.h"

#include "MimeMessage.h"
#include "Zone.h"
#include "ZoneTree.h"

#include <QDateTime>
#include <QUrl>

namespace relais::server {

namespace {
const QString NilContact = QStringLiteral("00000000-0000-0000-0000-000000000000");
}

NewsletterRenderer::NewsletterRenderer(QString newsletterId, const QJsonObject &snapshot, const LinkSigner &signer,
                                       const ZoneTree &zones)
    : m_id(std::move(newsletterId)), m_signer(signer), m_zones(zones)
{
    m_publicUrl = snapshot.value(QLatin1String("public_url")).toString();
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
    m_host = QUrl(m_publicUrl).host();
    if (m_host.isEmpty())
        m_host = QStringLiteral("relais.invalid");
    const QJsonObject sender = snapshot.value(QLatin1String("sender")).toObject();
    m_fromName = sender.value(QLatin1String("name")).toString();
    m_fromEmail = sender.value(QLatin1String("email")).toString();
    m_replyTo = sender.value(QLatin1String("reply_to")).toString();
    const QString subject = snapshot.value(QLatin1String("subject")).toString();
    const QString preheader = snapshot.value(QLatin1String("preheader")).toString();
    const QString body = snapshot.value(QLatin1String("body")).toString();
    const QString language = snapshot.value(QLatin1String("language")).toString(QStringLiteral("fr"));
    m_template = snapshot.value(QLatin1String("tracking")).toBool()
        ? NewsletterTemplate::compileTracked(subject, preheader, body, m_publicUrl + QStringLiteral("/t/"), language)
        : NewsletterTemplate::compile(subject, preheader, body, language);
}

QString NewsletterRenderer::firstError() const
{
    for (const NewsletterWarning &w : m_template.warnings())
        if (w.severity == NewsletterWarning::Severity::Error)
            return w.line > 0 ? QStringLiteral("line %1: %2").arg(w.line).arg(w.message) : w.message;
    return isSendable() ? QString() : QStringLiteral("the newsletter is empty");
}

QString NewsletterRenderer::unsubscribeUrl(const QString &publicUrl, const QString &token)
{
    return publicUrl + QStringLiteral("/u/") + token;
}

NewsletterRenderer::Message NewsletterRenderer::render(const QString &contactId, const QString &email,
                                                       const QJsonObject &contact) const
{
    NewsletterTemplate::Values v;
    v[NewsletterTemplate::Title] = contact.value(QLatin1String("title")).toString();
    v[NewsletterTemplate::FirstName] = contact.value(QLatin1String("first_name")).toString();
    v[NewsletterTemplate::LastName] = contact.value(QLatin1String("last_name")).toString();
    v[NewsletterTemplate::Email] = email;
    if (const Zone *commune = m_zones.zone(contact.value(QLatin1String("commune_code")).toString()))
        v[NewsletterTemplate::Commune] = commune->name;
    return build(contactId, email, v, m_signer.token(m_id, contactId));
}

NewsletterRenderer::Message NewsletterRenderer::renderTest(const QString &to) const
{
    NewsletterTemplate::Values v;
    v[NewsletterTemplate::Email] = to;
    return build(NilContact, to, v, m_signer.token(m_id, NilContact));
}

NewsletterRenderer::Message NewsletterRenderer::build(const QString &contactId, const QString &email,
                                                      const NewsletterTemplate::Values &values, const QString &token) const
{
    NewsletterTemplate::Values v = values;
    const QString unsubscribe = unsubscribeUrl(m_publicUrl, token);
    v[NewsletterTemplate::UnsubscribeUrl] = unsubscribe;
    v[NewsletterTemplate::RecipientKey] = token;
    const NewsletterTemplate::Rendered r = m_template.render(v);

    MimeMessage m;
    m.from = {m_fromName, m_fromEmail};
    const QString fullName = QString(v[NewsletterTemplate::FirstName] + u' ' + v[NewsletterTemplate::LastName]).trimmed();
    m.to = {fullName, email};
    m.subject = r.subject;
    m.text = r.text;
    m.html = r.html;
    m.messageId = (m_id + u'.' + contactId + u'@' + m_host).toLatin1();
    m.date = QDateTime::currentDateTimeUtc();
    m.headers.append({"List-Unsubscribe", u'<' + unsubscribe + u'>'});
    m.headers.append({"List-Unsubscribe-Post", QStringLiteral("List-Unsubscribe=One-Click")});
    if (!m_replyTo.isEmpty())
        m.headers.append({"Reply-To", m_replyTo});
    return {m_fromEmail.toUtf8(), email.toUtf8(), m.toBytes()};
}

} // namespace relais::server
