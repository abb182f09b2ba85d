#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

/// Email address validation and normalisation (trim, lowercase domain and local part).
/// Pragmatic rules of what mail servers accept, not the whole RFC 5322 grammar: one '@', a local part
/// of allowed characters without leading, trailing or doubled dots, a domain of LDH labels with a dot.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
public:
    struct Result {
        QString normalized; ///< empty when invalid
        QString error;      ///< translated reason when invalid
        bool isValid() const { return !normalized.isEmpty(); }
    };
    static Result normalize(const QString &input);
};

} // namespace relais
