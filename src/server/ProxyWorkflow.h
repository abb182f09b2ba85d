#pragma once

#include "ConfirmationToken.h"
#include "Db.h"
#include "ProxyElection.h"
#include "ProxyForm.h"
#include "RecordStore.h"

#include <QString>

#include <optional>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;

/// The life of proxy votes on the server (docs/sync-protocol.md, "Proxy votes"): a public form's submission waits
/// for its opt-in link, then becomes a proxy_request or proxy_offer record (with its contact matched or created);
/// a match holds one round of one request for one offer, and moves suggested → proposed → accepted → confirmed →
/// done (declined and cancelled end it). Every move is checked here, written in the match's history, and the
/// e-mails it calls for are queued in the same transaction (MailOutbox). Every function runs inside the caller's
/// write transaction.
class ProxyWorkflow
{
public:
    struct Settings {
        QString publicUrl; ///< https://host[:port] as people reach the server
        QString mailFrom;  ///< "Name <address>"
        QByteArray linkKey;
        qint64 confirmTtlSeconds = 7 * 24 * 3600;  ///< how long an opt-in link works
        qint64 answerTtlSeconds = 30 * 24 * 3600;  ///< how long a mandataire's answer link works
        qint64 remindProposalAfterMs = 48LL * 3600 * 1000;
        qint64 remindAcceptedAfterMs = 72LL * 3600 * 1000;
    };
    /// Once, at start-up, before any request is served.
    static void configure(const Settings &settings);
    static const Settings &settings();
    static const ConfirmationToken &confirmTokens();
    static const ConfirmationToken &answerTokens();

    static const QString ElectionType;
    static const QString RequestType;
    static const QString OfferType;
    static const QString MatchType;

    // --- public forms ---
    /// Keeps the submission until its link is followed (one per election, kind and address: a new one replaces
    /// it) and queues the opt-in e-mail.
    static void submit(Db &db, const ProxyElection &election, const ProxyForm &form, qint64 now);
    enum class Confirmation { Confirmed, Updated, Unknown, Locked };
    struct Confirmed {
        Confirmation status = Confirmation::Unknown;
        std::optional<ProxyElection> election;
        ProxyForm::Kind kind = ProxyForm::Kind::Request;
    };
    /// Follows an opt-in link: the record is written (or updated when this address already filed one and it holds no
    /// live match: Locked otherwise, and nothing changes).
    static Confirmed confirm(Db &db, OpWriter &ops, const ZoneTree &zones, const ConfirmationToken::Claims &claims, qint64 now);
    /// Deletes submissions whose link expired.
    static int sweepPending(Db &db, qint64 now);

    // --- matches ---
    static bool isLive(const QString &status);
    static bool mayMove(const QString &from, const QString &to);
    /// Why `offer` cannot hold `round` of `request` (empty: it can), from the server's own tables.
    static QString checkMatch(Db &db, const ProxyElection &election, const StoredRecord &request, const StoredRecord &offer,
                              int round);
    /// Writes a new match (status suggested or proposed, checked by checkMatch) with its first history entry.
    static void open(Db &db, OpWriter &ops, const ProxyElection &election, StoredRecord &match, const StoredRecord &request,
                     const QString &by, qint64 now);
    /// Moves a match (mayMove checked by the caller), with its history entry and e-mails.
    static void move(Db &db, OpWriter &ops, StoredRecord &match, const QString &status, const QString &by, qint64 now);
    /// A request or offer withdrawn: its live matches are cancelled.
    static void withdraw(Db &db, OpWriter &ops, const StoredRecord &person, const QString &by, qint64 now);

    // --- the mandataire's answer link ---
    enum class Answer { Pending, Accepted, Declined, Closed, Unknown };
    struct AnswerInfo {
        Answer status = Answer::Unknown;
        std::optional<ProxyElection> election;
        QString matchId;
        QString mandant;  ///< first name and commune, for the page
        QString station;
        int round = 0;
    };
    /// What a valid answer link is about, and whether it may still be answered.
    static AnswerInfo answerInfo(Db &db, const ConfirmationToken::Claims &claims);
    /// Accepts or declines; the answer of a link already answered, or of a match no longer proposed, is refused.
    static AnswerInfo answer(Db &db, OpWriter &ops, const ConfirmationToken::Claims &claims, bool accept, qint64 now);

    /// GDPR erasure of a contact (before OpLog::scrubSubject): their requests and offers are withdrawn (their live
    /// matches cancelled, the other party told) and removed. Returns how many records went.
    static int eraseContact(Db &db, OpWriter &ops, const QString &contactId, qint64 now);

    /// Proposals unanswered and acceptances not confirmed for long enough get their one reminder.
    static int sendReminders(Db &db, OpWriter &ops, qint64 now);
};

} // namespace relais::server
