#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// A contact attribute a CSV column can be mapped to on import / export.
enum class ContactField {
    Ignore,
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    Address,
    PostalCode,
    Commune,
    Membership,
    Tags,
    Notes,
    ConsentEmail,
    ConsentPhone,
    ConsentSms,
    Birthdate,
    Title,
};

// Stable, untranslated ids ("first_name", "last_name", ...), suitable for settings and files.
QString contactFieldId(ContactField field);
// Ignore for an unknown id.
ContactField contactFieldFromId(const QString &id);
// Every field, Ignore first, in declaration order.
QList<ContactField> allContactFields();

// Guesses the field from a French or English column header, ignoring case, accents, spaces and
// punctuation. Consent columns are only recognised with an explicit channel ("Consentement SMS"),
// opt-out columns never are. Unknown -> Ignore.
ContactField guessContactField(const QString &header);
// One guess per column; a field is given to the first column guessing it, later ones get Ignore.
QList<ContactField> guessMapping(const QStringList &header);

// oui/non, o/n, yes/no, y/n, 1/0, true/false, vrai/faux, x (yes), on/off; case and accent
// insensitive. Empty or unrecognised -> nullopt.
std::optional<bool> parseYesNo(const QString &value);

} // namespace relais
