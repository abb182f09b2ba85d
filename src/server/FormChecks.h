#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace relais::server {

/// The checks the public forms share (a petition's signature, a proxy-vote request or offer): each faulty field
/// gets one message, in the form's language, in form order.
class FormChecks
{
public:
    using Fields = QHash<QString, QString>;
    struct FieldError {
        QString field;
        QString message;
    };
    /// Picks the French or the English text, as the form's language says.
    using Say = std::function<QString(const QString &fr, const QString &en)>;

    FormChecks(const Fields &fields, Say say, QList<FieldError> *errors) : m_fields(fields), m_say(std::move(say)), m_errors(errors) {}

    void fail(const char *field, const QString &fr, const QString &en);
    /// A required text of at most `max` characters, spaces simplified, no control characters ("Enter your …").
    QString text(const char *field, const QString &labelFr, const QString &labelEn, qsizetype max);
    /// The required e-mail address, normalised (the key people are matched by).
    QString email();
    /// The optional phone number, as E.164.
    QString phone();
    bool ticked(const char *field) const { return isTicked(m_fields.value(QLatin1String(field))); }

    /// A ticked box's value ("on", "1", "yes", "true").
    static bool isTicked(const QString &value);
    static bool hasControlCharacters(const QString &text);

private:
    const Fields &m_fields;
    Say m_say;
    QList<FieldError> *m_errors;
};

} // namespace relais::server
