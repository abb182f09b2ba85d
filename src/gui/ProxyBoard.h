#pragma once

#include "ProxyMatching.h"
#include "RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>

#include <array>

namespace relais {

/// A proxy_request (mandant) or a proxy_offer (mandataire) as read from the replica.
struct ProxyPerson {
    QString id;
    QString zone; ///< the department ("D69")
    QString contactId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString postalCode;
    QString communeCode;
    QString commune;
    QString pollingStation;
    QString status; ///< "open" or "withdrawn"
    QString birthDate;   ///< offers only
    QString voterNumber; ///< offers only
    bool abroad = false; ///< requests only: established abroad
    int rounds = 0;      ///< the rounds asked for or offered, within the election's (bitmask, round 1 = 1)
    bool dirty = false;

    bool isOpen() const { return status != QLatin1String("withdrawn"); }
    /// "Hélène Vermorel".
    QString name() const;
    static ProxyPerson fromRecord(const SyncRecord &record, int electionRounds);
};

/// A proxy_match record as read from the replica.
struct ProxyMatchRecord {
    SyncRecord record;
    QString id;
    QString zone;
    QString requestId;
    QString offerId;
    int round = 1;
    QString status;
    QString reason;
    QString note;
    QJsonArray history; ///< [{"at", "status", "by"}], written by the server

    static ProxyMatchRecord fromRecord(const SyncRecord &record);
};

/// The proxy-vote records of one election in the replica, as the Proxies page shows and matches them: the
/// election, its requests, offers and matches, and what follows from the live matches (the rounds of a request
/// already held, the places an offer holds per round). Builds the matching engine's input (ProxyMatcher) from them.
class ProxyBoard
{
    Q_DECLARE_TR_FUNCTIONS(ProxyBoard)
public:
    static inline const QString ElectionType = QStringLiteral("proxy_election");
    static inline const QString RequestType = QStringLiteral("proxy_request");
    static inline const QString OfferType = QStringLiteral("proxy_offer");
    static inline const QString MatchType = QStringLiteral("proxy_match");

    /// Reads the election `electionId` and its requests, offers and matches; an empty board when it is unknown.
    void load(const QSqlDatabase &db, const QString &electionId);

    bool isEmpty() const { return m_election.id.isEmpty(); }
    const SyncRecord &election() const { return m_election; }
    /// The election's rules (art. L73 when it names none).
    ProxyRules rules() const { return m_rules; }
    /// The election's rounds as a bitmask: 1 (one round) or 3 (two).
    int electionRounds() const { return m_rounds; }

    const QList<ProxyPerson> &requests() const { return m_requests; }
    const QList<ProxyPerson> &offers() const { return m_offers; }
    const QList<ProxyMatchRecord> &matches() const { return m_matches; }
    const ProxyPerson *request(const QString &id) const;
    const ProxyPerson *offer(const QString &id) const;
    const ProxyMatchRecord *match(const QString &id) const;

    /// The live match holding round `round` of a request; nullptr when none.
    const ProxyMatchRecord *liveMatch(const QString &requestId, int round) const;
    /// The live matches an offer holds in `round`.
    QList<const ProxyMatchRecord *> liveMatchesOf(const QString &offerId, int round) const;
    /// The rounds a request asks for that no live match holds yet (bitmask); 0 for a withdrawn request.
    int roundsNeeded(const ProxyPerson &request) const;
    /// Per round (index 0 = round 1): the procurations an offer holds for requests established in France, abroad.
    std::array<int, 2> heldFrance(const QString &offerId) const;
    std::array<int, 2> heldAbroad(const QString &offerId) const;
    /// What an offer may still take in `round` under the rules: from a request established abroad, or in France.
    /// 0 when it does not cover the round or is withdrawn.
    int placesLeft(const ProxyPerson &offer, int round, bool abroad) const;

    /// True when a record's department lies within `zone` (every department when `zone` is empty).
    static bool inZone(const ProxyPerson &person, const QString &zone);
    /// The departments of the requests and offers within `zone`, sorted by code.
    QStringList departments(const QString &zone = {}) const;

    /// The engine's view of a request (its rounds: those still needed; its partner: the offer holding its other
    /// round) and of an offer (what it holds per round).
    MatchRequest toMatchRequest(const ProxyPerson &request) const;
    MatchOffer toMatchOffer(const ProxyPerson &offer) const;
    /// The engine's input: the open requests and offers within `zone`.
    void matchInput(const QString &zone, QList<MatchRequest> *requests, QList<MatchOffer> *offers) const;

private:
    SyncRecord m_election;
    ProxyRules m_rules;
    int m_rounds = 1;
    QList<ProxyPerson> m_requests;
    QList<ProxyPerson> m_offers;
    QList<ProxyMatchRecord> m_matches;
    QHash<QString, qsizetype> m_requestIndex;
    QHash<QString, qsizetype> m_offerIndex;
    QHash<QString, qsizetype> m_matchIndex;
    QHash<QString, std::array<qsizetype, 2>> m_liveByRequest;     ///< per request: index of the live match per round, -1
    QHash<QString, std::array<QList<qsizetype>, 2>> m_liveByOffer; ///< per offer: indexes of its live matches per round
};

} // namespace relais
