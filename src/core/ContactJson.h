#pragma once

#include "Contact.h"
#include "Interaction.h"

#include <QJsonObject>
#include <QStringList>

namespace relais {

/// The JSON form of contacts and interactions on the wire (sync ops, pushes, server storage).
/// Field ids are the replica's column names; each consent channel is one field holding
/// {"granted": true|false|null, "at": ISO time, "source": text}.
class ContactJson
{
public:
    /// The fields a user edits, each compared and merged on its own: zone, title, first_name, ..., custom.
    static const QStringList &editableFields();
    /// The whole record: id, version, editableFields() and created/updated at/by.
    static QJsonObject toJson(const Contact &c);
    static Contact fromJson(const QJsonObject &o);
    /// Only the named fields (plus nothing else).
    static QJsonObject fields(const Contact &c, const QStringList &names);
    /// Overwrites the fields present in `patch` (unknown keys are ignored).
    static void applyFields(Contact &c, const QJsonObject &patch);

    static QJsonObject toJson(const Interaction &i);
    static Interaction interactionFromJson(const QJsonObject &o);

    static QString isoTime(const QDateTime &t); ///< UTC, milliseconds; empty when invalid
    static QDateTime fromIso(const QString &s);
};

} // namespace relais
