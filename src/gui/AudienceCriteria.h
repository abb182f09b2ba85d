#pragma once

#include <QJsonObject>
#include <QStringList>

namespace relais {

/// Who receives a newsletter, as stored in a "newsletter" or "segment" record's "audience": contacts of
/// these zones (departments or regions; the newsletter's own zone for all of it), having at least one of
/// `tagsIn` (none: any), none of `tagsOut`, and one of these membership statuses (none: any).
/// Consent to e-mails and an address are always required.
struct AudienceCriteria {
    QStringList zones;
    QStringList tagsIn;
    QStringList tagsOut;
    QStringList membership; ///< "member", "supporter", "former", "none"

    QJsonObject toJson() const;
    static AudienceCriteria fromJson(const QJsonObject &audience);
    bool operator==(const AudienceCriteria &) const = default;
};

} // namespace relais
