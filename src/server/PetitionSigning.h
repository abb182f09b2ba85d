#pragma once

#include "ConfirmationToken.h"
#include "Db.h"
#include "Petition.h"

#include <QJsonObject>
#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;
struct SignatureForm;

/// Signing a petition with double opt-in. sign() keeps one row per petition and normalised e-mail: a first
/// signature is pending until its link is followed; signing again updates the pending data (or, once
/// confirmed, holds the new data until it is confirmed in turn), so an address never counts twice and nobody
/// can change someone else's signature without their mailbox. Pending signatures never leave the server and
/// are deleted once their link has expired. Every function runs inside the caller's database job.
class PetitionSigning
{
public:
    struct Settings {
        QString publicUrl;  ///< https://host[:port] as signers reach the server
        QString mailFrom;   ///< "Name <address>"
        qint64 ttlSeconds = 7 * 24 * 3600; ///< how long a confirmation link works
        qint64 resendAfterMs = 10 * 60 * 1000; ///< signing again sooner sends no second e-mail (the first link works)
    };
    enum class Confirmation { Confirmed, Updated, AlreadyUsed, Superseded, Unknown };
    struct Confirmed {
        Confirmation status = Confirmation::Unknown;
        std::optional<Petition> petition;
    };

    /// Records the signature (own write transaction) and queues the confirmation e-mail unless one went to this
    /// address within resendAfterMs. True when an e-mail was queued.
    static bool sign(Db &db, const Petition &petition, const SignatureForm &form, const ConfirmationToken &tokens,
                     const Settings &settings, qint64 now);
    /// Confirms the signature a valid token names (inside the caller's write transaction).
    static Confirmed confirm(Db &db, OpWriter &ops, const ZoneTree &zones, const ConfirmationToken::Claims &claims,
                             qint64 now);
    /// The petition a signature belongs to (for the page of an expired link).
    static std::optional<Petition> petitionOfSignature(Db &db, const QString &signatureId);
    /// {"confirmed", "pending", "goal", "series": [{"day", "confirmed"}], "departments": [{"department", "confirmed"}]}.
    static QJsonObject stats(Db &db, const Petition &petition);
    static qint64 confirmedCount(Db &db, const QString &petitionId);
    /// GDPR erasure of a contact (inside the caller's write transaction, before OpLog::scrubSubject): their
    /// signature records go (REMOVE ops), with the server's rows and queued e-mails; they no longer count.
    /// Returns how many signatures were erased.
    static int eraseSigner(Db &db, OpWriter &ops, const QString &contactId);
    /// Deletes pending signatures whose link expired before `now` (and gives their tally back).
    static int sweep(Db &db, qint64 now, qint64 ttlMs);
};

} // namespace relais::server
