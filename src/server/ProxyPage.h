#pragma once

#include "ProxyForm.h"

#include <QList>
#include <QString>

#include <string>

namespace relais {
class ZoneTree;
}

namespace relais::server {

struct ProxyElection;

/// The HTML of an election's public proxy-vote pages, in its language, accessible without JavaScript like the
/// petition pages (labelled fields, an error summary linking to each field, aria-invalid): the mandant's and the
/// mandataire's forms, the mandataire's answer page (accept or decline, by POST: a mail scanner following the
/// link answers nothing), and short answer pages.
class ProxyPage
{
public:
    static std::string form(const ProxyElection &election, ProxyForm::Kind kind, const ZoneTree &zones,
                            const ProxyForm::Fields &values, const QList<ProxyForm::FieldError> &errors);
    /// `election` may be null (unknown link): then the text is in French and English.
    static std::string answer(const ProxyElection *election, const QString &title, const QString &text);
    static std::string question(const ProxyElection &election, const QString &token, const QString &mandant, int round);
};

} // namespace relais::server
