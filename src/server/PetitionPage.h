#pragma once

#include "SignatureForm.h"

#include <QList>
#include <QString>

#include <string>

namespace relais::server {

struct Petition;

/// The HTML of a petition's public pages, in the petition's language: the signing page (text, live counter and
/// goal, the form with its errors) and the short answer pages (check your mailbox, confirmed, link problems).
/// Accessible without JavaScript: labelled fields, an error summary linking to each field, aria-invalid and
/// aria-describedby on faulty fields, a visible focus; a small script only refreshes the counter.
/// `embed` drops the outer margins for an iframe.
class PetitionPage
{
public:
    static std::string signing(const Petition &petition, qint64 confirmed, bool embed, const SignatureForm::Fields &values,
                               const QList<SignatureForm::FieldError> &errors);
    /// An answer page; `petition` may be null (unknown link), then the text is given in French and English.
    static std::string answer(const Petition *petition, qint64 confirmed, bool embed, const QString &title,
                              const QString &text);
    /// The counter script served at /p/static/counter.js.
    static const char *counterScript();
    static QString formatCount(const Petition &petition, qint64 n);
    /// The start of a public page (doctype, head with the shared style, <body><main>), for other public forms.
    static QString head(const QString &language, const QString &title, bool embed);
};

} // namespace relais::server
