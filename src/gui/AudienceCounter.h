#pragma once

#include "AudienceCriteria.h"
#include "NewsletterTemplate.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace relais {

/// Counts, in the local replica, the contacts a newsletter would reach: in the audience's zones (within
/// the newsletter's zone), consent to e-mails granted, a non-empty address, at least one of the tags in
/// (if any), none of the tags out, one of the membership statuses (if any); each address once. The server
/// does the same count on its own data (and also leaves out the addresses that bounced or complained):
/// this one is for the editor, offline and as you type. Tags compare without regard to ASCII case.
/// No widgets: only queries on the replica's `contacts` table.
class AudienceCounter
{
public:
    explicit AudienceCounter(const QSqlDatabase &db);

    /// The departments an audience covers: those of its zones (departments, regions or the country) that
    /// lie within `newsletterZone`. Sorted, without duplicates.
    static QStringList departments(const QString &newsletterZone, const QStringList &zones);

    /// -1 on a database error (message in *error).
    qint64 count(const QString &newsletterZone, const AudienceCriteria &audience, QString *error = nullptr) const;
    /// The personalisation values of the first recipient (by local order), for a preview; none when the
    /// audience is empty.
    std::optional<NewsletterTemplate::Values> firstRecipient(const QString &newsletterZone,
                                                             const AudienceCriteria &audience) const;

private:
    /// The WHERE clause and its values; empty when no department is covered (nobody).
    static QString where(const QString &newsletterZone, const AudienceCriteria &audience, QVariantList *binds);

    QSqlDatabase m_db;
};

} // namespace relais
