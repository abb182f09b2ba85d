#pragma once

#include "Db.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace relais {
class ZoneTree;
}

namespace relais::server {

/// A contact as the server stores it: its record JSON plus, per editable field, the op id of its last change
/// and the client (client_seqs row id) that made it. A pushed field clashes when it changed after the pusher's
/// base version, by another client, to another value.
struct StoredContact {
    QString id;
    QString zone;
    qint64 version = 0;
    QJsonObject data;
    QJsonObject fieldVersions; ///< field -> op id; "*" for every field not named
    QJsonObject fieldWriters;  ///< field -> client row id; "*" for every field not named
    qint64 createdAt = 0;

    qint64 fieldVersion(const QString &field) const { return lookup(fieldVersions, field); }
    qint64 fieldWriter(const QString &field) const { return lookup(fieldWriters, field); }
    void setField(const QString &field, qint64 version, qint64 writer)
    {
        fieldVersions.insert(field, version);
        fieldWriters.insert(field, writer);
    }
    /// Every field written by one op (a new contact).
    void setAllFields(qint64 version, qint64 writer)
    {
        fieldVersions = QJsonObject{{QStringLiteral("*"), version}};
        fieldWriters = QJsonObject{{QStringLiteral("*"), writer}};
    }

private:
    static qint64 lookup(const QJsonObject &map, const QString &field)
    {
        const auto it = map.constFind(field);
        return it != map.constEnd() ? it->toInteger() : map.value(QLatin1String("*")).toInteger();
    }
};

/// An interaction or a conflict record attached to a contact.
struct ContactChild {
    QString id;
    QString type; ///< "interaction" or "conflict"
    QString zone;
    QJsonObject data;
};

/// Storage and validation of contacts, interactions and conflict records (server side).
class ContactStore
{
public:
    static QByteArray compact(const QJsonObject &o);
    static QJsonObject parse(const QString &text);
    static QJsonObject parse(const QVariant &value); ///< TEXT (QString) or UTF-8 bytes (QByteArray)

    /// Checks the JSON types of the editable fields present in `data` (strings, string arrays, consent
    /// objects, membership ids, ISO birth dates) and that `zone`, when present, is a department known to
    /// `zones`. `requireZone` for a new contact.
    static bool validateFields(const QJsonObject &data, bool requireZone, const ZoneTree &zones, QString *error);
    /// Only the editable fields of `data`, in the canonical form of ContactJson (each field stands alone).
    static QJsonObject normalizedFields(const QJsonObject &data);
    /// A canonical record from client data (ContactJson round trip).
    static QJsonObject normalizedRecord(const QJsonObject &data);

    static std::optional<StoredContact> load(Db &db, const QString &id);
    /// The SQL expression of a contact's primary e-mail (indexed: contacts_email).
    static QString emailExpression(const Db &db);
    /// The contact whose primary e-mail is `normalizedEmail` (the oldest if several), if any.
    static std::optional<StoredContact> findByEmail(Db &db, const QString &normalizedEmail);
    static void insert(Db &db, const StoredContact &c, const QByteArray &dataJson);
    static void update(Db &db, const StoredContact &c, const QByteArray &dataJson);
    static void remove(Db &db, const QString &id);

    static QList<ContactChild> children(Db &db, const QString &contactId);
    static std::optional<ContactChild> interaction(Db &db, const QString &id);
    static std::optional<std::pair<QString, ContactChild>> conflict(Db &db, const QString &id); ///< (contact id, record)
    static void insertChild(Db &db, const ContactChild &child, const QString &contactId, qint64 version,
                            const QByteArray &dataJson);
    static void moveChild(Db &db, const ContactChild &child, qint64 version, const QByteArray &dataJson);
    static void removeChild(Db &db, const ContactChild &child);

    static bool isErased(Db &db, const QString &id);
    static bool isDeleted(Db &db, const QString &id);
    static void markDeleted(Db &db, const QString &id);
    static void markErased(Db &db, const QString &id);

    /// Lowercase canonical UUID (any version).
    static bool isUuid(const QString &id);
};

} // namespace relais::server
