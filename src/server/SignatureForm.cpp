#include "SignatureForm.h"

#include "Petition.h"
#include "ZoneTree.h"

#include <QRegularExpression>

namespace relais::server {

bool SignatureForm::isHoneypotFilled(const Fields &fields) { return !fields.value(honeypotName()).trimmed().isEmpty(); }

std::optional<SignatureForm> SignatureForm::parse(const Fields &fields, const Petition &p, const ZoneTree &zones,
                                                  QList<FieldError> *errors)
{
    SignatureForm f;
    FormChecks check(fields, [&p](const QString &fr, const QString &en) { return p.say(fr, en); }, errors);
    auto fail = [&check](const char *field, const QString &fr, const QString &en) { check.fail(field, fr, en); };
    f.firstName = check.text("first_name", QStringLiteral("prénom"), QStringLiteral("first name"), MaxNameChars);
    f.lastName = check.text("last_name", QStringLiteral("nom"), QStringLiteral("last name"), MaxNameChars);
    f.email = check.email();

    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    f.postalCode = fields.value(QStringLiteral("postal_code")).remove(QLatin1Char(' '));
    if (f.postalCode.isEmpty()) {
        fail("postal_code", QStringLiteral("Indiquez votre code postal."), QStringLiteral("Enter your postal code."));
    } else if (!fiveDigits.match(f.postalCode).hasMatch()) {
        fail("postal_code", QStringLiteral("Un code postal français a cinq chiffres (exemple : 69003)."),
             QStringLiteral("A French postal code has five digits (example: 69003)."));
    } else {
        f.department = zones.departmentForPostalCode(f.postalCode);
        if (f.department.isEmpty())
            fail("postal_code", QStringLiteral("Ce code postal n'existe pas."), QStringLiteral("This postal code does not exist."));
    }

    f.phone = check.phone();

    if (!check.ticked("consent"))
        fail("consent", QStringLiteral("Cochez la case d'accord pour signer."), QStringLiteral("Tick the agreement box to sign."));
    f.newsletter = !p.optinText.isEmpty() && check.ticked("newsletter");

    if (!errors->isEmpty())
        return std::nullopt;
    return f;
}

QJsonObject SignatureForm::toJson() const
{
    return {{QStringLiteral("first_name"), firstName}, {QStringLiteral("last_name"), lastName},
            {QStringLiteral("email"), email},          {QStringLiteral("postal_code"), postalCode},
            {QStringLiteral("phone"), phone},          {QStringLiteral("department"), department},
            {QStringLiteral("newsletter_optin"), newsletter}};
}

SignatureForm SignatureForm::fromJson(const QJsonObject &o)
{
    SignatureForm f;
    f.firstName = o.value(QLatin1String("first_name")).toString();
    f.lastName = o.value(QLatin1String("last_name")).toString();
    f.email = o.value(QLatin1String("email")).toString();
    f.postalCode = o.value(QLatin1String("postal_code")).toString();
    f.phone = o.value(QLatin1String("phone")).toString();
    f.department = o.value(QLatin1String("department")).toString();
    f.newsletter = o.value(QLatin1String("newsletter_optin")).toBool();
    return f;
}

} // namespace relais::server
