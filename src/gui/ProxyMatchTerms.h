#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relais {

/// The words of a proxy_match record (docs/sync-protocol.md, "Proxy votes"): its statuses (which ones hold the
/// slot, the moves a client may make, how they read) and its reasons.
///
///     suggested → proposed → accepted → confirmed → done
///     (any of the first four) → cancelled; proposed → declined
class ProxyMatchTerms
{
    Q_DECLARE_TR_FUNCTIONS(ProxyMatchTerms)
public:
    static inline const QString Suggested = QStringLiteral("suggested");
    static inline const QString Proposed = QStringLiteral("proposed");
    static inline const QString Accepted = QStringLiteral("accepted");
    static inline const QString Declined = QStringLiteral("declined");
    static inline const QString Confirmed = QStringLiteral("confirmed");
    static inline const QString Done = QStringLiteral("done");
    static inline const QString Cancelled = QStringLiteral("cancelled");
    static inline const QString Manual = QStringLiteral("manual");

    /// Every status, in the order of a match's life.
    static QStringList statuses();
    /// Suggested, proposed, accepted, confirmed and done hold the request's round and a place of the offer.
    static bool isLive(const QString &status);
    /// Live but not yet established: suggested, proposed or accepted.
    static bool isInProgress(const QString &status);
    /// The procuration is established: confirmed or done.
    static bool isServed(const QString &status);
    /// The statuses a client may move a match in `status` to.
    static QStringList next(const QString &status);
    static bool allowed(const QString &from, const QString &to);

    /// "Suggested", "Proposed"...; the key itself when unknown.
    static QString label(const QString &status);
    /// What a button moving a match to `status` says: "Propose", "Mark accepted", "Confirm"...
    static QString action(const QString &status);
    static QColor color(const QString &status);
    /// "Same polling station", "Same commune", "Same department", "Manual".
    static QString reasonLabel(const QString &reasonKey);
};

} // namespace relais
