#include "TextNormalizer.h"

namespace relais {

QString TextNormalizer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (!c.isLetterOrNumber()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        // Ligatures that compatibility decomposition leaves whole.
        if (c == u'\u0153' || c == u'\u0152') // œ Œ
            out += QLatin1String("oe");
        else if (c == u'\u00E6' || c == u'\u00C6') // æ Æ
            out += QLatin1String("ae");
        else if (c == u'\u00DF') // ß
            out += QLatin1String("ss");
        else
            out += c.toCaseFolded();
    }
    return out;
}

QString TextNormalizer::sortKey(const QString &lastName, const QString &firstName)
{
    return fold(lastName) + u'\x01' + fold(firstName);
}

QString TextNormalizer::digits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c >= u'0' && c <= u'9')
            out += c;
    return out;
}

} // namespace relais
