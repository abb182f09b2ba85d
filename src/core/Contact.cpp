#include "Contact.h"

#include <QSet>

namespace relais {

QString channelId(Channel c)
{
    switch (c) {
    case Channel::Email: return QStringLiteral("email");
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Sms: return QStringLiteral("sms");
    }
    return {};
}

QString membershipId(Membership m)
{
    switch (m) {
    case Membership::None: return QStringLiteral("none");
    case Membership::Supporter: return QStringLiteral("supporter");
    case Membership::Member: return QStringLiteral("member");
    case Membership::Former: return QStringLiteral("former");
    }
    return {};
}

std::optional<Membership> membershipFromId(const QString &id)
{
    for (Membership m : {Membership::None, Membership::Supporter, Membership::Member, Membership::Former})
        if (membershipId(m) == id)
            return m;
    return std::nullopt;
}

QString Contact::displayName() const
{
    const QString name = QString(firstName + u' ' + lastName).trimmed();
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? phone : email;
}

void addContactPoints(Contact &stored, const Contact &incoming)
{
    auto add = [](QString &primary, QStringList &others, const QString &value) {
        if (value.isEmpty())
            return;
        if (primary.isEmpty())
            primary = value;
        else if (value != primary && !others.contains(value))
            others << value;
    };
    add(stored.email, stored.otherEmails, incoming.email);
    add(stored.phone, stored.otherPhones, incoming.phone);
}

QStringList normalizeTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : tags) {
        const QString s = t.simplified();
        if (s.isEmpty())
            continue;
        const QString key = s.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << s;
    }
    return out;
}

} // namespace relais
