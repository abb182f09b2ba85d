#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace relais {

/// An append-only event on a contact's timeline (created, note, consent change, import, sign-up...).
/// Never edited after the fact, so it never conflicts when synced.
struct Interaction {
    qint64 localId = 0;
    QString id;        ///< UUIDv7
    QString contactId; ///< the contact's UUID
    QString zone;
    QString kind;      ///< "created", "note", "consent", "import", "signup", "edit"
    QDateTime at;
    QString author;
    QJsonObject data;
};

} // namespace relais
