#pragma once

#include "LinkSigner.h"
#include "NewsletterTemplate.h"

#include <QJsonObject>
#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

/// Turns a frozen newsletter (the snapshot taken when it was sent: subject, preheader, Markdown body, sender,
/// public address of the server, tracking on or off) into one MIME message per recipient: personalised,
/// with signed unsubscribe and tracking links and the RFC 8058 one-click headers. Compiles once; rendering a
/// recipient is concatenation and encoding. Read-only after construction: share it between threads.
class NewsletterRenderer
{
public:
    struct Message {
        QByteArray from; ///< envelope sender
        QByteArray to;   ///< envelope recipient
        QByteArray bytes;
    };

    NewsletterRenderer(QString newsletterId, const QJsonObject &snapshot, const LinkSigner &signer, const ZoneTree &zones);

    bool isSendable() const { return m_template.isSendable(); }
    /// The first error of the template (for the sender's answer), empty when sendable.
    QString firstError() const;
    /// Click-tracking targets by index (empty without tracking).
    const QStringList &links() const { return m_template.links(); }

    /// The message for one contact (its record JSON); `email` is the address it goes to.
    Message render(const QString &contactId, const QString &email, const QJsonObject &contact) const;
    /// A test message to `to`: every token takes its fallback; its links name no contact.
    Message renderTest(const QString &to) const;

    static QString unsubscribeUrl(const QString &publicUrl, const QString &token);

private:
    Message build(const QString &contactId, const QString &email, const NewsletterTemplate::Values &values,
                  const QString &token) const;

    QString m_id;
    QString m_publicUrl;
    QString m_host;
    QString m_fromName;
    QString m_fromEmail;
    QString m_replyTo;
    NewsletterTemplate m_template;
    const LinkSigner &m_signer;
    const ZoneTree &m_zones;
};

} // namespace relais::server
