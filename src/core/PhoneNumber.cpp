#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
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
    // Metropolitan French numbers (+33 and nine digits) are most of what a list shows: format them
    // directly ("06 12 34 56 78") rather than through libphonenumber's regular expressions.
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+33"))
        && std::all_of(e164.cbegin() + 3, e164.cend(), [](QChar c) { return c.isDigit(); })) {
        QString out;
        out.reserve(14);
        out += u'0';
        out += e164.at(3);
        for (int i = 4; i < 12; i += 2) {
            out += u' ';
            out += e164.at(i);
            out += e164.at(i + 1);
        }
        return out;
    }
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
