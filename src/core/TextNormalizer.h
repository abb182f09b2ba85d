#pragma once

#include <QString>

namespace relais {

/// Folding used for sorting and matching names: lowercase, accents removed, punctuation to spaces,
/// white space collapsed ("  Hélène-Marie O'Brien " -> "helene marie o brien").
class TextNormalizer
{
public:
    static QString fold(const QString &text);
    /// Key that orders contacts as a French user expects: last name, then first name.
    static QString sortKey(const QString &lastName, const QString &firstName);
    /// Only the digits of a string ("06 12-34" -> "061234").
    static QString digits(const QString &text);
};

} // namespace relais
