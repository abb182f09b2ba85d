#pragma once

#include "Contact.h"

#include <optional>

namespace relais {

/// What the CRM list shows: free text plus filters, all combined with AND.
struct ContactQuery {
    QString text;                          ///< names, emails, phones, commune, address
    QString zone;                          ///< "R84", "D69", "C69123" or empty for all
    QString tag;                           ///< exact tag (case-insensitive) or empty
    std::optional<Channel> consent;        ///< only contacts who granted this channel
    std::optional<Membership> membership;  ///< only this membership status
    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && zone.isEmpty() && tag.isEmpty() && !consent && !membership;
    }
    bool operator==(const ContactQuery &) const = default;
};

} // namespace relais
