#pragma once

#include "Db.h"

#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;
struct Petition;
struct SignatureForm;

/// What a confirmed signature leaves in the CRM, through the same push path as a client's edit (so it reaches
/// every replica): the contact matched by its normalised primary e-mail, or created in the department of the
/// postal code; a "signature" interaction on its timeline; e-mail consent granted only when the newsletter box
/// was ticked (an unticked box never revokes a consent given elsewhere); and the synced "signature" record,
/// in the bucket of the signer's department like their contact: whoever may read that department's contacts
/// sees it, and nobody else (a petition's own bucket reaches every user below its zone).
class SignatureRecorder
{
public:
    /// Inside the caller's write transaction. Returns the contact's id. Throws DbError if a write is refused.
    static QString record(Db &db, OpWriter &ops, const ZoneTree &zones, const Petition &petition,
                          const QString &signatureId, const SignatureForm &form, qint64 signedAt, qint64 confirmedAt,
                          qint64 now);
};

} // namespace relais::server
