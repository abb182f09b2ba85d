#include "SignatureForm.h"

#include "EmailAddress.h"
#include "Petition.h"
#include "PhoneNumber.h"
#include "ZoneTree.h"

#include <QRegularExpression>

namespace relais::server {

bool SignatureForm::isTicked(const QString &v)
{
    return v == QLatin1String("on") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true");
}

bool SignatureForm::hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

bool SignatureForm::isHoneypotFilled(const Fields &fields) { return !fields.value(honeypotName()).trimmed().isEmpty(); }

std::optional<SignatureForm> SignatureForm::parse(const Fields &fields, const Petition &p, const ZoneTree &zones,
                                                  QList<FieldError> *errors)
{
    SignatureForm f;
    auto fail = [&](const char *field, const QString &fr, const QString &en) {
        errors->append({QLatin1String(field), p.say(fr, en)});
    };
    auto name = [&](const char *field, const QString &labelFr, const QString &labelEn) {
        const QString v = fields.value(QLatin1String(field)).simplified();
        if (v.isEmpty())
            fail(field, QStringLiteral("Indiquez votre %1.").arg(labelFr), QStringLiteral("Enter your %1.").arg(labelEn));
        else if (v.size() > MaxNameChars)
            fail(field, QStringLiteral("Votre %1 est trop long (%2 caractères au plus).").arg(labelFr).arg(MaxNameChars),
                 QStringLiteral("Your %1 is too long (at most %2 characters).").arg(labelEn).arg(MaxNameChars));
        else if (hasControlCharacters(v))
            fail(field, QStringLiteral("Votre %1 contient des caractères invalides.").arg(labelFr),
                 QStringLiteral("Your %1 contains invalid characters.").arg(labelEn));
        return v;
    };
    f.firstName = name("first_name", QStringLiteral("prénom"), QStringLiteral("first name"));
    f.lastName = name("last_name", QStringLiteral("nom"), QStringLiteral("last name"));

    const QString email = fields.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty()) {
        fail("email", QStringLiteral("Indiquez votre adresse e-mail : nous y envoyons le lien de confirmation."),
             QStringLiteral("Enter your e-mail address: we send the confirmation link there."));
    } else {
        const auto normalized = email.size() <= 254 ? EmailAddress::normalize(email) : EmailAddress::Result{};
        if (!normalized.isValid())
            fail("email", QStringLiteral("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr)."),
                 QStringLiteral("This e-mail address is not valid (example: first.last@example.com)."));
        f.email = normalized.normalized;
    }

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

    const QString phone = fields.value(QStringLiteral("phone")).trimmed();
    if (!phone.isEmpty()) {
        const auto normalized = phone.size() <= 40 ? PhoneNumber::normalize(phone) : PhoneNumber::Result{};
        if (!normalized.isValid())
            fail("phone", QStringLiteral("Ce numéro de téléphone n'est pas valide (exemple : 06 12 34 56 78)."),
                 QStringLiteral("This phone number is not valid (example: +33 6 12 34 56 78)."));
        f.phone = normalized.e164;
    }

    if (!isTicked(fields.value(QStringLiteral("consent"))))
        fail("consent", QStringLiteral("Cochez la case d'accord pour signer."), QStringLiteral("Tick the agreement box to sign."));
    f.newsletter = !p.optinText.isEmpty() && isTicked(fields.value(QStringLiteral("newsletter")));

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
