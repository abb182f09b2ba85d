#pragma once

#include "Contact.h"
#include "Interaction.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

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

    /// The canonical value of one editable field, exactly as fields(c, {field}) gives it after
    /// applyFields(c, {{field, v}}), without building a Contact; an undefined value for an unknown field.
    static QJsonValue canonicalField(const QString &field, const QJsonValue &v);
    /// toJson(fromJson(o)) without the round trip: the server's cost per pushed contact.
    static QJsonObject canonicalRecord(const QJsonObject &o);

    /// How an editable field's value is typed and normalised; names are first and last names (never null).
    enum class FieldKind { Zone, Name, Text, Date, TextList, Membership, Consent, Custom };
    /// The kind of an editable field; nullopt for any other key.
    static std::optional<FieldKind> fieldKind(const QString &field);

    /// A form's save when the row changed underneath it (a sync): the editable fields that differ between
    /// `base` (what the form was loaded from) and `edited` (the form), on top of `current` (the row now).
    /// Fields the user did not touch keep their current value instead of reverting it.
    static Contact mergeEdits(const Contact &base, const Contact &edited, const Contact &current);

    static QJsonObject toJson(const Interaction &i);
    static Interaction interactionFromJson(const QJsonObject &o);

    static QString isoTime(const QDateTime &t); ///< UTC, milliseconds; empty when invalid
    static QDateTime fromIso(const QString &s);
    /// isoTime(fromIso(s)); a time already in that form ("2026-11-21T09:30:00.000Z") is checked, not reparsed.
    static QString canonicalTime(const QString &s);
};

} // namespace relais
