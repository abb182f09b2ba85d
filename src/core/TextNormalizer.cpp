#include "TextNormalizer.h"

namespace relais {

QString TextNormalizer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c.toLower();
        } else {
            pendingSpace = true;
        }
    }
    // Ligatures KD does not split.
    out.replace(u'\u0153', QLatin1String("oe"));
    out.replace(u'\u00e6', QLatin1String("ae"));
    out.replace(u'\u00df', QLatin1String("ss"));
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
