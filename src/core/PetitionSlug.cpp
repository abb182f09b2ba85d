#include "PetitionSlug.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

namespace relais {

bool PetitionSlug::isValid(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{2,62}$"));
    return pattern.match(slug).hasMatch();
}

QString PetitionSlug::problem(const QString &slug)
{
    if (slug.isEmpty())
        return tr("Give the petition a public address.");
    if (slug.size() < 3)
        return tr("The public address needs at least 3 characters.");
    if (slug.size() > MaxLength)
        return tr("The public address can have at most %1 characters.").arg(MaxLength);
    if (slug.startsWith(u'-'))
        return tr("The public address must start with a letter or a digit.");
    if (!isValid(slug))
        return tr("The public address can only hold lowercase letters without accents, digits and dashes.");
    return {};
}

QString PetitionSlug::suggest(const QString &title)
{
    // fold(): lowercase, accents removed, punctuation to spaces, white space collapsed.
    QString words;
    for (const QChar c : TextNormalizer::fold(title)) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        words += keep ? c : u' ';
    }
    QString slug = words.simplified().replace(u' ', u'-');
    if (slug.size() > MaxLength) {
        slug.truncate(MaxLength + 1);
        const qsizetype cut = slug.lastIndexOf(u'-');
        slug.truncate(cut > 2 ? cut : MaxLength);
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return isValid(slug) ? slug : QString();
}

} // namespace relais
