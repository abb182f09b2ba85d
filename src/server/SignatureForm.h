#pragma once

#include "FormChecks.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace relais {
class ZoneTree;
}

namespace relais::server {

struct Petition;

/// What a signer submits on a petition's public form, checked and normalised: names, e-mail (normalised: the
/// dedupe key), French postal code (known: it gives the department), optional phone (E.164), the required
/// consent box and the optional newsletter box. Messages speak the petition's language.
struct SignatureForm {
    using FieldError = FormChecks::FieldError;

    QString firstName;
    QString lastName;
    QString email;
    QString postalCode;
    QString phone;      ///< E.164 or empty
    QString department; ///< "D75"
    bool newsletter = false;

    static constexpr qsizetype MaxBodyBytes = 8 * 1024;
    static constexpr qsizetype MaxNameChars = 100;

    /// The submitted fields as typed (redisplayed with the errors).
    using Fields = FormChecks::Fields;

    /// The checked form, or nullopt with one message per faulty field, in form order.
    static std::optional<SignatureForm> parse(const Fields &fields, const Petition &petition, const ZoneTree &zones,
                                              QList<FieldError> *errors);
    /// True when the invisible field that people leave empty was filled (a robot).
    static bool isHoneypotFilled(const Fields &fields);
    static QString honeypotName() { return QStringLiteral("website"); }

    QJsonObject toJson() const;
    static SignatureForm fromJson(const QJsonObject &o);
};

} // namespace relais::server
