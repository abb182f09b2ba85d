#include "EmailAddress.h"

namespace relais {

namespace {
bool isLocalChar(QChar c)
{
    if (c.unicode() > 127)
        return c.isLetterOrNumber(); // internationalised local parts (RFC 6531)
    return c.isLetterOrNumber() || QStringView(u"!#$%&'*+/=?^_`{|}~.-").contains(c);
}
} // namespace

EmailAddress::Result EmailAddress::normalize(const QString &input)
{
    Result r;
    const QString s = input.trimmed().toLower();
    if (s.isEmpty()) {
        r.error = tr("The email address is empty.");
        return r;
    }
    const qsizetype at = s.indexOf(u'@');
    if (at < 0) {
        r.error = tr("The email address needs an @ sign, as in name@example.fr.");
        return r;
    }
    if (s.indexOf(u'@', at + 1) >= 0) {
        r.error = tr("The email address has more than one @ sign.");
        return r;
    }
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1);
    if (local.isEmpty() || local.size() > 64) {
        r.error = tr("The part before the @ sign is missing or too long.");
        return r;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String(".."))) {
        r.error = tr("The part before the @ sign has a misplaced dot.");
        return r;
    }
    for (const QChar c : local) {
        if (!isLocalChar(c)) {
            r.error = tr("The email address contains a character that is not allowed: \"%1\".").arg(c);
            return r;
        }
    }
    const QStringList labels = domain.split(u'.');
    if (domain.size() > 253 || labels.size() < 2) {
        r.error = tr("The domain after the @ sign is incomplete, as in example.fr.");
        return r;
    }
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-')) {
            r.error = tr("The domain after the @ sign is not valid.");
            return r;
        }
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() || c == u'-')) {
                r.error = tr("The domain after the @ sign is not valid.");
                return r;
            }
        }
    }
    const QString tld = labels.last();
    bool tldHasLetter = false;
    for (const QChar c : tld)
        tldHasLetter = tldHasLetter || c.isLetter();
    if (tld.size() < 2 || !tldHasLetter) {
        r.error = tr("The domain after the @ sign is not valid.");
        return r;
    }
    r.normalized = s;
    return r;
}

} // namespace relais
