#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace relais {

using i18n::phonenumbers::PhoneNumberUtil;

namespace {
PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}
} // namespace

PhoneNumber::Result PhoneNumber::normalize(const QString &input, const QString &defaultRegion)
{
    Result r;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        r.error = tr("The phone number is empty.");
        return r;
    }
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c.isSpace() || c == u'+' || c == u'.' || c == u'-' || c == u'(' || c == u')'
              || c == u'/')) {
            r.error = tr("The phone number contains characters that are not digits.");
            return r;
        }
    }
    i18n::phonenumbers::PhoneNumber pn;
    const auto err = util().Parse(trimmed.toStdString(), defaultRegion.toStdString(), &pn);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR) {
        r.error = tr("This is not a phone number.");
        return r;
    }
    if (!util().IsValidNumber(pn)) {
        if (util().IsPossibleNumberWithReason(pn) == PhoneNumberUtil::TOO_SHORT)
            r.error = tr("The phone number is too short.");
        else if (util().IsPossibleNumberWithReason(pn) == PhoneNumberUtil::TOO_LONG)
            r.error = tr("The phone number is too long.");
        else
            r.error = tr("This phone number does not exist.");
        return r;
    }
    std::string out;
    util().Format(pn, PhoneNumberUtil::E164, &out);
    r.e164 = QString::fromStdString(out);
    return r;
}

QString PhoneNumber::format(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    i18n::phonenumbers::PhoneNumber pn;
    if (util().Parse(e164.toStdString(), "FR", &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(pn, pn.country_code() == 33 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::nationalDigits(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+33")) && e164.size() > 3)
        return u'0' + e164.mid(3);
    return {};
}

} // namespace relais
