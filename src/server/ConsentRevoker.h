#pragma once

#include "Db.h"

#include <QString>

namespace relais {
class ZoneTree;
}

namespace relais::server {

class OpWriter;

/// An unsubscribe from a newsletter link: the contact's e-mail consent becomes "refused" (source
/// "unsubscribe") through the same push path as a client's edit, so it lands in the op log, reaches every
/// replica at its next sync and every later audience leaves the contact out; a consent event goes on the
/// contact's timeline and an "unsubscribe" event on the newsletter's figures (once per contact).
class ConsentRevoker
{
public:
    enum class Result { Revoked, AlreadyRevoked, UnknownContact };
    /// Inside the caller's write transaction (after the OpWriter took the op counter lock).
    static Result revoke(Db &db, OpWriter &ops, const ZoneTree &zones, const QString &newsletterId, const QString &contactId,
                         qint64 now);
};

} // namespace relais::server
