#include "FormChecks.h"

#include "EmailAddress.h"
#include "PhoneNumber.h"

namespace relais::server {

bool FormChecks::isTicked(const QString &v)
{
    return v == QLatin1String("on") || v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true");
}

bool FormChecks::hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

void FormChecks::fail(const char *field, const QString &fr, const QString &en)
{
    m_errors->append({QLatin1String(field), m_say(fr, en)});
}

QString FormChecks::text(const char *field, const QString &labelFr, const QString &labelEn, qsizetype max)
{
    const QString v = m_fields.value(QLatin1String(field)).simplified();
    if (v.isEmpty())
        fail(field, QStringLiteral("Indiquez votre %1.").arg(labelFr), QStringLiteral("Enter your %1.").arg(labelEn));
    else if (v.size() > max)
        fail(field, QStringLiteral("Votre %1 est trop long (%2 caractères au plus).").arg(labelFr).arg(max),
             QStringLiteral("Your %1 is too long (at most %2 characters).").arg(labelEn).arg(max));
    else if (hasControlCharacters(v))
        fail(field, QStringLiteral("Votre %1 contient des caractères invalides.").arg(labelFr),
             QStringLiteral("Your %1 contains invalid characters.").arg(labelEn));
    return v;
}

QString FormChecks::email()
{
    const QString email = m_fields.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty()) {
        fail("email", QStringLiteral("Indiquez votre adresse e-mail : nous y envoyons le lien de confirmation."),
             QStringLiteral("Enter your e-mail address: we send the confirmation link there."));
        return {};
    }
    const auto normalized = email.size() <= 254 ? EmailAddress::normalize(email) : EmailAddress::Result{};
    if (!normalized.isValid())
        fail("email", QStringLiteral("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr)."),
             QStringLiteral("This e-mail address is not valid (example: first.last@example.com)."));
    return normalized.normalized;
}

QString FormChecks::phone()
{
    const QString phone = m_fields.value(QStringLiteral("phone")).trimmed();
    if (phone.isEmpty())
        return {};
    const auto normalized = phone.size() <= 40 ? PhoneNumber::normalize(phone) : PhoneNumber::Result{};
    if (!normalized.isValid())
        fail("phone", QStringLiteral("Ce numéro de téléphone n'est pas valide (exemple : 06 12 34 56 78)."),
             QStringLiteral("This phone number is not valid (example: +33 6 12 34 56 78)."));
    return normalized.e164;
}

} // namespace relais::server
