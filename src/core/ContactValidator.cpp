#include "ContactValidator.h"

#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "ZoneTree.h"

namespace relais {

ContactValidator::ContactValidator(const ZoneTree &zones, QString defaultZone)
    : m_zones(zones), m_defaultZone(std::move(defaultZone))
{
}

QList<FieldError> ContactValidator::validate(Contact &c) const
{
    QList<FieldError> errors;
    c.title = c.title.simplified();
    c.firstName = c.firstName.simplified();
    c.lastName = c.lastName.simplified();
    c.address = c.address.trimmed();
    c.postalCode = c.postalCode.simplified().remove(u' ');
    c.notes = c.notes.trimmed();
    c.tags = normalizeTags(c.tags);

    if (!c.email.trimmed().isEmpty()) {
        const auto r = EmailAddress::normalize(c.email);
        if (r.isValid())
            c.email = r.normalized;
        else
            errors << FieldError{QStringLiteral("email"), r.error};
    } else {
        c.email.clear();
    }
    QStringList others;
    for (const QString &e : std::as_const(c.otherEmails)) {
        if (e.trimmed().isEmpty())
            continue;
        const auto r = EmailAddress::normalize(e);
        if (r.isValid()) {
            if (r.normalized != c.email && !others.contains(r.normalized))
                others << r.normalized;
        } else {
            errors << FieldError{QStringLiteral("other_emails"), tr("%1: %2").arg(e.trimmed(), r.error)};
        }
    }
    c.otherEmails = others;

    if (!c.phone.trimmed().isEmpty()) {
        const auto r = PhoneNumber::normalize(c.phone);
        if (r.isValid())
            c.phone = r.e164;
        else
            errors << FieldError{QStringLiteral("phone"), r.error};
    } else {
        c.phone.clear();
    }
    others.clear();
    for (const QString &p : std::as_const(c.otherPhones)) {
        if (p.trimmed().isEmpty())
            continue;
        const auto r = PhoneNumber::normalize(p);
        if (r.isValid()) {
            if (r.e164 != c.phone && !others.contains(r.e164))
                others << r.e164;
        } else {
            errors << FieldError{QStringLiteral("other_phones"), tr("%1: %2").arg(p.trimmed(), r.error)};
        }
    }
    c.otherPhones = others;

    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("Give at least a name, an email address or a phone number.")};

    if (!c.postalCode.isEmpty()) {
        bool digits = c.postalCode.size() == 5;
        for (const QChar ch : std::as_const(c.postalCode))
            digits = digits && ch.isDigit();
        if (!digits) {
            errors << FieldError{QStringLiteral("postal_code"), tr("A French postal code has five digits.")};
        } else {
            const auto communes = m_zones.communesForPostalCode(c.postalCode);
            if (communes.isEmpty()) {
                errors << FieldError{QStringLiteral("postal_code"), tr("No commune has the postal code %1.").arg(c.postalCode)};
            } else if (c.communeCode.isEmpty()) {
                if (communes.size() == 1)
                    c.communeCode = communes.first()->code;
            } else {
                bool matches = false;
                for (const Zone *z : communes)
                    matches = matches || z->code == c.communeCode;
                if (!matches)
                    errors << FieldError{QStringLiteral("commune"),
                                         tr("This commune does not have the postal code %1.").arg(c.postalCode)};
            }
        }
    }
    if (!c.communeCode.isEmpty()) {
        const Zone *z = m_zones.zone(c.communeCode);
        if (!z || z->type != ZoneType::Commune)
            errors << FieldError{QStringLiteral("commune"), tr("Unknown commune.")};
    }

    if (c.birthdate.isValid() && c.birthdate > QDate::currentDate())
        errors << FieldError{QStringLiteral("birthdate"), tr("The date of birth is in the future.")};

    QString zone;
    if (!c.communeCode.isEmpty())
        zone = m_zones.departmentOf(c.communeCode);
    if (zone.isEmpty() && !c.postalCode.isEmpty())
        zone = m_zones.departmentForPostalCode(c.postalCode);
    if (zone.isEmpty())
        zone = c.zone.isEmpty() ? m_defaultZone : c.zone;
    c.zone = zone;
    return errors;
}

} // namespace relais
