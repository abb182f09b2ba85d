#pragma once

#include "ProxyMatching.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace relais {

class ProxyBoard;

/// Writes proxy_match records in the replica as dirty local records (the sync engine pushes them; the server
/// checks each one again and may reject it, e.g. when another cadre took the slot first), and checks a cadre's
/// manual match beforehand with messages a person understands.
class ProxyMatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(ProxyMatchWriter)
public:
    explicit ProxyMatchWriter(const QSqlDatabase &db);

    /// Why `requestId` may not be matched with `offerId` in `round` (1 or 2; 0: every round the request still
    /// needs), translated; empty when it may, with the suggestions to write in *out (their reason is the engine's,
    /// relais::isLegal checks them against the same input).
    static QString checkManual(const ProxyBoard &board, const QString &requestId, const QString &offerId, int round,
                               QList<MatchSuggestion> *out);
    /// Checks `suggestions` against the board as it is (relais::isLegal) and writes one proxy_match per suggestion
    /// with `status` ("suggested" or "proposed") and the suggestion's reason, or "manual". False with a message
    /// when they are no longer legal (nothing written) or a write failed (*written says how many were).
    bool create(const ProxyBoard &board, const QList<MatchSuggestion> &suggestions, const QString &status, bool manual,
                QString *error, int *written = nullptr);
    /// Moves the matches `ids` to `status` along the allowed arrows. False with a message when one may not move
    /// (nothing written) or a write failed.
    bool move(const ProxyBoard &board, const QStringList &ids, const QString &status, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace relais
