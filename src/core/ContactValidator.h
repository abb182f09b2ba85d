#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QList>

namespace relais {

class ZoneTree;

struct FieldError {
    QString field;   ///< "email", "phone", "postal_code", "commune", "name", "birthdate", "other_emails", "other_phones"
    QString message; ///< translated, for the person who typed it
};

/// Checks a contact as typed and normalises it in place: emails lowercased, phones to E.164,
/// tags cleaned, commune deduced from a postal code with one commune, zone = the commune's department.
class ContactValidator
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)
public:
    explicit ContactValidator(const ZoneTree &zones, QString defaultZone = QStringLiteral("FR"));
    /// Empty result = valid (and `contact` normalised).
    QList<FieldError> validate(Contact &contact) const;

private:
    const ZoneTree &m_zones;
    QString m_defaultZone;
};

} // namespace relais
