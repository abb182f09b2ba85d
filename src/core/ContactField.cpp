#include "ContactField.h"

#include <QHash>
#include <QStringView>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace relais {

namespace {

// Case folded, accents removed, only letters and digits kept: "Adresse e-mail" -> "adresseemail".
QString normalizeKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case 0x0152: // Œ
        case 0x0153: // œ
            key.append(u"oe");
            continue;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            key.append(u"ae");
            continue;
        case 0x00DF: // ß
            key.append(u"ss");
            continue;
        default:
            break;
        }
        if (c.isLetterOrNumber()) // combining accents are marks, not letters
            key.append(c.toCaseFolded());
    }
    return key;
}

bool containsAny(const QString &key, std::initializer_list<QStringView> parts)
{
    for (const QStringView part : parts) {
        if (key.contains(part))
            return true;
    }
    return false;
}

bool startsWithAny(const QString &key, std::initializer_list<QStringView> parts)
{
    for (const QStringView part : parts) {
        if (key.startsWith(part))
            return true;
    }
    return false;
}

// Whole normalized headers.
const QHash<QString, ContactField> &exactAliases()
{
    static const QHash<QString, ContactField> aliases = [] {
        QHash<QString, ContactField> hash;
        const auto add = [&hash](ContactField field, std::initializer_list<QStringView> names) {
            for (const QStringView name : names)
                hash.insert(name.toString(), field);
        };
        add(ContactField::FirstName, {u"prenom", u"prenoms", u"firstname", u"first", u"givenname", u"forename"});
        add(ContactField::LastName,
            {u"nom", u"lastname", u"last", u"surname", u"familyname", u"nomdefamille", u"nomdusage", u"nomusage",
             u"patronyme"});
        add(ContactField::FullName,
            {u"name", u"nomcomplet", u"fullname", u"nomprenom", u"prenomnom", u"nometprenom", u"prenometnom",
             u"displayname"});
        add(ContactField::Email,
            {u"email", u"mail", u"courriel", u"mel", u"adressemail", u"adresseemail", u"adressecourriel",
             u"adresseelectronique", u"emailaddress", u"mailaddress"});
        add(ContactField::Phone,
            {u"telephone", u"tel", u"portable", u"mobile", u"phone", u"gsm", u"cell", u"cellphone", u"mobilephone",
             u"phonenumber", u"telportable", u"telmobile", u"numerodetelephone"});
        add(ContactField::Address,
            {u"adresse", u"address", u"adressepostale", u"postaladdress", u"rue", u"street", u"streetaddress",
             u"adresse1", u"address1", u"addressline1", u"voie"});
        add(ContactField::PostalCode, {u"codepostal", u"cp", u"zip", u"zipcode", u"postcode", u"postalcode"});
        add(ContactField::Commune,
            {u"ville", u"commune", u"city", u"localite", u"town", u"municipalite", u"municipality"});
        add(ContactField::Membership,
            {u"adherent", u"adherente", u"adhesion", u"statut", u"status", u"membership", u"membre", u"member"});
        add(ContactField::Tags,
            {u"etiquettes", u"etiquette", u"tags", u"tag", u"labels", u"label", u"motscles", u"keywords",
             u"groupes", u"groups"});
        add(ContactField::Notes,
            {u"notes", u"note", u"commentaire", u"commentaires", u"comments", u"comment", u"remarques",
             u"remarque", u"observations", u"memo"});
        add(ContactField::ConsentEmail, {u"newsletter"});
        add(ContactField::Birthdate,
            {u"datedenaissance", u"naissance", u"birthdate", u"dateofbirth", u"dob", u"birthday", u"ddn", u"nele",
             u"neele", u"nee"});
        add(ContactField::Title, {u"civilite", u"civ", u"titre", u"title", u"salutation"});
        return hash;
    }();
    return aliases;
}

// Headers made of several words ("Téléphone portable", "Adresse e-mail du contact", ...).
// Order matters: consent before email/phone, email before address, postal code before commune.
ContactField guessFromParts(const QString &key)
{
    // Never guess consent from an opt-out column: mapping it would invert the answer.
    if (containsAny(key, {u"optout", u"desinscri", u"desabonne", u"unsubscrib", u"refus", u"nepas"}))
        return ContactField::Ignore;
    if (containsAny(key, {u"consent", u"optin", u"accepte", u"accord", u"autoris", u"rgpd", u"gdpr",
                          u"newsletter", u"souhaite", u"abonne"})) {
        if (containsAny(key, {u"sms", u"texto"}))
            return ContactField::ConsentSms;
        if (containsAny(key, {u"mail", u"courriel", u"newsletter", u"mel"}))
            return ContactField::ConsentEmail;
        if (containsAny(key, {u"tel", u"phone", u"appel", u"portable", u"mobile"}))
            return ContactField::ConsentPhone;
        return ContactField::Ignore; // consent to what? Let the user say.
    }

    if (containsAny(key, {u"datedenaissance", u"datenaissance", u"dateofbirth", u"birthdate", u"birthday",
                          u"datenais"}))
        return ContactField::Birthdate;

    if (containsAny(key, {u"codepostal", u"postalcode", u"zipcode", u"postcode", u"cdpostal"}))
        return ContactField::PostalCode;

    if (containsAny(key, {u"mail", u"courriel"}))
        return ContactField::Email;

    if (containsAny(key, {u"telephone", u"phone", u"portable", u"mobile", u"gsm", u"cellulaire"})
        || key.startsWith(u"tel") || (key.endsWith(u"tel") && !key.endsWith(u"hotel")))
        return ContactField::Phone;

    if (containsAny(key, {u"prenom", u"firstname", u"givenname", u"forename"})) {
        QString rest = key;
        for (const QStringView token : {QStringView(u"prenom"), QStringView(u"firstname"),
                                        QStringView(u"givenname"), QStringView(u"forename")}) {
            const qsizetype at = rest.indexOf(token);
            if (at >= 0) {
                rest.remove(at, token.size());
                break;
            }
        }
        return containsAny(rest, {u"nom", u"name"}) ? ContactField::FullName : ContactField::FirstName;
    }
    if (containsAny(key, {u"nomcomplet", u"fullname", u"displayname"}))
        return ContactField::FullName;
    if (containsAny(key, {u"lastname", u"surname", u"familyname", u"nomdefamille", u"nomdusage", u"nomusage",
                          u"patronyme", u"nomdenaissance", u"nomdejeunefille"}))
        return ContactField::LastName;

    if (containsAny(key, {u"adresse", u"address"})
        && !containsAny(key, {u"complement", u"ligne2", u"line2", u"adresse2", u"address2", u"suite",
                              u"adresseip", u"ipaddress", u"web", u"url", u"site"}))
        return ContactField::Address;

    if (containsAny(key, {u"ville", u"commune", u"city", u"localite", u"town", u"municipal"})
        && !containsAny(key, {u"code", u"insee", u"naissance", u"birth"}))
        return ContactField::Commune;

    if (containsAny(key, {u"adherent", u"adhesion", u"membership", u"member", u"membre", u"statut", u"status"})
        && !containsAny(key, {u"date", u"numero", u"number", u"depuis", u"since", u"montant", u"amount"})
        && !key.endsWith(u"id"))
        return ContactField::Membership;

    if (startsWithAny(key, {u"etiquette", u"tag", u"label", u"motcle", u"motscle", u"keyword"}))
        return ContactField::Tags;

    if (containsAny(key, {u"commentaire", u"comment", u"remarque", u"observation"})
        || startsWithAny(key, {u"note", u"memo"}))
        return ContactField::Notes;

    if (key.contains(u"civilite"))
        return ContactField::Title;

    return ContactField::Ignore;
}

} // namespace

QString contactFieldId(ContactField field)
{
    switch (field) {
    case ContactField::Ignore: return u"ignore"_s;
    case ContactField::FirstName: return u"first_name"_s;
    case ContactField::LastName: return u"last_name"_s;
    case ContactField::FullName: return u"full_name"_s;
    case ContactField::Email: return u"email"_s;
    case ContactField::Phone: return u"phone"_s;
    case ContactField::Address: return u"address"_s;
    case ContactField::PostalCode: return u"postal_code"_s;
    case ContactField::Commune: return u"commune"_s;
    case ContactField::Membership: return u"membership"_s;
    case ContactField::Tags: return u"tags"_s;
    case ContactField::Notes: return u"notes"_s;
    case ContactField::ConsentEmail: return u"consent_email"_s;
    case ContactField::ConsentPhone: return u"consent_phone"_s;
    case ContactField::ConsentSms: return u"consent_sms"_s;
    case ContactField::Birthdate: return u"birthdate"_s;
    case ContactField::Title: return u"title"_s;
    }
    return u"ignore"_s;
}

ContactField contactFieldFromId(const QString &id)
{
    for (const ContactField field : allContactFields()) {
        if (contactFieldId(field) == id)
            return field;
    }
    return ContactField::Ignore;
}

QList<ContactField> allContactFields()
{
    return {ContactField::Ignore,       ContactField::FirstName,    ContactField::LastName,
            ContactField::FullName,     ContactField::Email,        ContactField::Phone,
            ContactField::Address,      ContactField::PostalCode,   ContactField::Commune,
            ContactField::Membership,   ContactField::Tags,         ContactField::Notes,
            ContactField::ConsentEmail, ContactField::ConsentPhone, ContactField::ConsentSms,
            ContactField::Birthdate,    ContactField::Title};
}

ContactField guessContactField(const QString &header)
{
    const QString key = normalizeKey(header);
    if (key.isEmpty())
        return ContactField::Ignore;
    const auto &aliases = exactAliases();
    if (const auto it = aliases.constFind(key); it != aliases.cend())
        return it.value();
    return guessFromParts(key);
}

QList<ContactField> guessMapping(const QStringList &header)
{
    QList<ContactField> mapping;
    mapping.reserve(header.size());
    QList<ContactField> used;
    for (const QString &column : header) {
        ContactField field = guessContactField(column);
        if (field != ContactField::Ignore) {
            if (used.contains(field))
                field = ContactField::Ignore;
            else
                used.append(field);
        }
        mapping.append(field);
    }
    return mapping;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString key = normalizeKey(value);
    if (key.isEmpty())
        return std::nullopt;
    static const QHash<QString, bool> answers = [] {
        QHash<QString, bool> hash;
        for (const QStringView yes : {u"oui", u"o", u"yes", u"y", u"1", u"true", u"vrai", u"x", u"on"})
            hash.insert(yes.toString(), true);
        for (const QStringView no : {u"non", u"n", u"no", u"0", u"false", u"faux", u"off"})
            hash.insert(no.toString(), false);
        return hash;
    }();
    if (const auto it = answers.constFind(key); it != answers.cend())
        return it.value();
    return std::nullopt;
}

} // namespace relais
