#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

/// Phone numbers through libphonenumber. Numbers are stored in E.164 ("+33612345678").
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    struct Result {
        QString e164;   ///< empty when invalid
        QString error;  ///< translated reason when invalid
        bool isValid() const { return !e164.isEmpty(); }
    };
    /// Parses a number as typed by a person; national numbers are read in defaultRegion (ISO 3166).
    static Result normalize(const QString &input, const QString &defaultRegion = QStringLiteral("FR"));
    /// Human display: national format for French numbers ("06 12 34 56 78"), international otherwise.
    static QString format(const QString &e164);
    /// The national significant form used by search ("0612345678" for +33612345678).
    static QString nationalDigits(const QString &e164);
};

} // namespace relais
