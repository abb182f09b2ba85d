#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais::server {

/// The transactional e-mails of proxy votes (opt-in link, proposal to a mandataire with its answer link, the
/// mandant's notice once accepted, reminders): a text and an HTML part with the same paragraphs, and at most one
/// button (its link also written out in the text part).
class ProxyMail
{
public:
    struct Message {
        QString language; ///< "fr" or "en"
        QString toName;
        QString toEmail;
        QString subject;
        QStringList paragraphs;
        QString buttonLabel; ///< empty: no button
        QString buttonLink;
    };
    struct Envelope {
        QString from; ///< bare envelope sender
        QString to;
        QByteArray message; ///< the whole MIME message
    };
    /// `mailFrom` is "Name <address>" or a bare address.
    static Envelope build(const Message &m, const QString &mailFrom, const QString &messageIdHost);
};

} // namespace relais::server
