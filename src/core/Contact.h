#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace relais {

enum class Channel { Email = 0, Phone = 1, Sms = 2 };
constexpr std::array<Channel, 3> AllChannels{Channel::Email, Channel::Phone, Channel::Sms};
QString channelId(Channel c); ///< "email", "phone", "sms"

enum class Membership { None = 0, Supporter = 1, Member = 2, Former = 3 };
QString membershipId(Membership m); ///< "none", "supporter", "member", "former"
std::optional<Membership> membershipFromId(const QString &id);

/// Consent for one channel: unknown (no answer), granted or refused, with when and where it was given.
struct Consent {
    std::optional<bool> granted;
    QDateTime at;
    QString source;
    bool isGranted() const { return granted.value_or(false); }
    bool operator==(const Consent &) const = default;
};

/// A person in the CRM. Synced: id is a UUIDv7, zone the department bucket ("D69"),
/// version the server version the local row derives from (0 = never synced).
struct Contact {
    qint64 localId = 0;
    QString id;
    QString zone;
    qint64 version = 0;
    bool dirty = false;

    QString title;
    QString firstName;
    QString lastName;
    QDate birthdate;
    QString email;           ///< primary, normalised
    QStringList otherEmails; ///< normalised
    QString phone;           ///< primary, E.164
    QStringList otherPhones; ///< E.164
    QString address;
    QString postalCode;
    QString communeCode; ///< "C69123"
    Membership membership = Membership::None;
    QStringList tags;
    QString notes;
    std::array<Consent, 3> consent; ///< indexed by Channel
    QJsonObject custom;

    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
    QString updatedBy;

    Consent &consentFor(Channel c) { return consent[std::size_t(c)]; }
    const Consent &consentFor(Channel c) const { return consent[std::size_t(c)]; }
    QString displayName() const;
};

/// Adds the incoming email and phone to a stored contact: as primary when it has none, else as an
/// other email or phone (never a duplicate, never replacing what is stored).
void addContactPoints(Contact &stored, const Contact &incoming);

/// Normalises a list of tags: trimmed, inner white space collapsed, duplicates (case-insensitive) removed.
QStringList normalizeTags(const QStringList &tags);

} // namespace relais
