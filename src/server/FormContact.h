#pragma once

#include "Db.h"

#include <QJsonObject>
#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class PushProcessor;

/// A person who filled in a public form (a petition, a proxy-vote request or offer), as the CRM sees them.
struct FormPerson {
    QString firstName;
    QString lastName;
    QString email; ///< normalised: the key a contact is matched by
    QString phone; ///< E.164 or empty
    QString postalCode;
    QString communeCode; ///< INSEE code, or empty: the postal code's only commune if it has one
    QString department;  ///< where a new contact goes
};

/// What a confirmed public form leaves in the CRM, through the same push path as a client's edit (so it reaches
/// every replica): the contact matched by its normalised primary e-mail (the cadre's data stays; blanks are
/// filled, the form's tag and a given consent are added; an absent consent never revokes one given elsewhere),
/// or created in the person's department.
class FormContact
{
public:
    struct Matched {
        QString id;
        QString zone;
    };
    /// Inside the caller's write transaction. `emailConsent` is empty, or {granted, at, source}. Throws DbError
    /// if a write is refused (`what` names the form in that message).
    static Matched matchOrCreate(PushProcessor &processor, Db &db, const ZoneTree &zones, const FormPerson &person,
                                 const QString &tag, const QJsonObject &emailConsent, const char *what);
};

} // namespace relais::server
