#include "ProxyMatchWriter.h"

#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"
#include "RecordRepository.h"
#include "ZoneChoices.h"

#include <QJsonObject>

namespace relais {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Why an offer cannot take one more mandant in `round` (it covers the round and is open).
QString fullMessage(const ProxyBoard &board, const ProxyPerson &offer, const ProxyPerson &request, int round)
{
    const std::size_t i = std::size_t(round - 1);
    const int france = board.heldFrance(offer.id)[i];
    const int held = france + board.heldAbroad(offer.id)[i];
    if (!request.abroad && held < board.rules().maxTotal)
        return ProxyMatchWriter::tr("In round %2, %1 already holds %n procuration(s) established in France, the most "
                                    "allowed (Code électoral, art. L73): only a mandant established abroad could "
                                    "still be added.",
                                    nullptr, france)
            .arg(offer.name())
            .arg(round);
    return ProxyMatchWriter::tr("%1 is full in round %2: they already hold %n procuration(s), the most the election "
                                "allows.",
                                nullptr, held)
        .arg(offer.name())
        .arg(round);
}
} // namespace

ProxyMatchWriter::ProxyMatchWriter(const QSqlDatabase &db) : m_db(db) {}

QString ProxyMatchWriter::checkManual(const ProxyBoard &board, const QString &requestId, const QString &offerId,
                                      int round, QList<MatchSuggestion> *out)
{
    out->clear();
    const ProxyPerson *r = board.request(requestId);
    const ProxyPerson *o = board.offer(offerId);
    if (!r || !o)
        return tr("Select one request and one offer.");
    if (!r->isOpen())
        return tr("The request of %1 was withdrawn.").arg(r->name());
    if (!o->isOpen())
        return tr("The offer of %1 was withdrawn.").arg(o->name());
    if (!r->contactId.isEmpty() && r->contactId == o->contactId)
        return tr("%1 cannot hold their own procuration: the request and the offer are the same person.").arg(r->name());
    if (r->zone.isEmpty() || r->zone != o->zone)
        return tr("The request is in %1 and the offer in %2: a mandataire is always found in the mandant's department.")
            .arg(ZoneChoices::label(r->zone), ZoneChoices::label(o->zone));
    const int needed = board.roundsNeeded(*r);
    int rounds = needed;
    if (round == 1 || round == 2) {
        if (!(r->rounds & roundBit(round)))
            return tr("%1 does not ask for a mandataire in round %2.").arg(r->name()).arg(round);
        if (const ProxyMatchRecord *held = board.liveMatch(r->id, round)) {
            const ProxyPerson *holder = board.offer(held->offerId);
            return tr("Round %1 of this request is already held by %2 (%3): cancel that match first.")
                .arg(round)
                .arg(holder ? holder->name() : tr("another mandataire"), ProxyMatchTerms::label(held->status).toLower());
        }
        rounds = roundBit(round);
    } else if (needed == 0) {
        return tr("Every round %1 asks for already has a mandataire.").arg(r->name());
    }
    for (int n = 1; n <= 2; ++n) {
        if (!(rounds & roundBit(n)))
            continue;
        if (!(o->rounds & roundBit(n))) {
            const int other = 3 - n;
            if (round == 0 && (rounds & roundBit(other)) && (o->rounds & roundBit(other)))
                return tr("%1 is not available in round %2: match round %3 only, or choose another mandataire.")
                    .arg(o->name())
                    .arg(n)
                    .arg(other);
            return tr("%1 is not available in round %2.").arg(o->name()).arg(n);
        }
        if (board.placesLeft(*o, n, r->abroad) == 0)
            return fullMessage(board, *o, *r, n);
    }

    const MatchRequest request = board.toMatchRequest(*r);
    const MatchOffer offer = board.toMatchOffer(*o);
    const std::optional<MatchReason> reason = matchReason(request, offer);
    if (!reason)
        return tr("The request and the offer must be in the same department.");
    QList<MatchSuggestion> suggestions;
    for (int n = 1; n <= 2; ++n)
        if (rounds & roundBit(n))
            suggestions << MatchSuggestion{r->id, o->id, n, *reason, matchReasonCost(*reason)};
    if (const QString problem = isLegal(board.rules(), {request}, {offer}, suggestions); !problem.isEmpty())
        return tr("This match is not allowed: %1.").arg(problem);
    *out = suggestions;
    return {};
}

bool ProxyMatchWriter::create(const ProxyBoard &board, const QList<MatchSuggestion> &suggestions, const QString &status,
                              bool manual, QString *error, int *written)
{
    if (written)
        *written = 0;
    if (status != ProxyMatchTerms::Suggested && status != ProxyMatchTerms::Proposed)
        return fail(error, tr("A new match is either suggested or proposed."));
    if (suggestions.isEmpty())
        return fail(error, tr("No match is selected."));
    QList<MatchRequest> requests;
    QList<MatchOffer> offers;
    board.matchInput({}, &requests, &offers);
    if (const QString problem = isLegal(board.rules(), requests, offers, suggestions); !problem.isEmpty())
        return fail(error, tr("The requests, offers or matches have changed since: suggest the matches again (%1).")
                               .arg(problem));
    RecordRepository repo(m_db);
    for (const MatchSuggestion &s : suggestions) {
        SyncRecord record;
        record.type = ProxyBoard::MatchType;
        record.zone = board.request(s.requestId)->zone;
        record.data = QJsonObject{{QStringLiteral("election_id"), board.election().id},
                                  {QStringLiteral("round"), s.round},
                                  {QStringLiteral("request_id"), s.requestId},
                                  {QStringLiteral("offer_id"), s.offerId},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("reason"), manual ? ProxyMatchTerms::Manual : matchReasonKey(s.reason)},
                                  {QStringLiteral("note"), QString()}};
        QString message;
        if (!repo.save(record, &message))
            return fail(error, tr("Not saved: %1").arg(message));
        if (written)
            ++*written;
    }
    return true;
}

bool ProxyMatchWriter::move(const ProxyBoard &board, const QStringList &ids, const QString &status, QString *error)
{
    RecordRepository repo(m_db);
    QList<SyncRecord> records;
    for (const QString &id : ids) {
        // The replica's row, not the board's: a sync may have moved it since the board was read.
        std::optional<SyncRecord> record = repo.get(ProxyBoard::MatchType, id);
        if (!record || !board.match(id))
            return fail(error, tr("This match no longer exists."));
        const QString from = record->data.value(QLatin1String("status")).toString();
        if (!ProxyMatchTerms::allowed(from, status))
            return fail(error, tr("A match that is “%1” cannot become “%2”.")
                                   .arg(ProxyMatchTerms::label(from).toLower(), ProxyMatchTerms::label(status).toLower()));
        record->data.insert(QStringLiteral("status"), status);
        records << *record;
    }
    if (records.isEmpty())
        return fail(error, tr("No match is selected."));
    for (SyncRecord &record : records) {
        QString message;
        if (!repo.save(record, &message))
            return fail(error, tr("Not saved: %1").arg(message));
    }
    return true;
}

} // namespace relais
