#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

/// The public name of a petition's page (`/p/{slug}`): `[a-z0-9][a-z0-9-]{2,62}` (docs/sync-protocol.md).
class PetitionSlug
{
    Q_DECLARE_TR_FUNCTIONS(PetitionSlug)
public:
    static constexpr int MaxLength = 63;

    static bool isValid(const QString &slug);
    /// Why `slug` is refused (translated), empty when it is valid.
    static QString problem(const QString &slug);
    /// A valid slug made of the title's words: lowercase, accents folded, other characters to dashes
    /// ("Sauvons l'hôpital de Cahors !" -> "sauvons-l-hopital-de-cahors"), cut at a word within MaxLength;
    /// empty when the title gives fewer than three letters or digits.
    static QString suggest(const QString &title);
};

} // namespace relais
