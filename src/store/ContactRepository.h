#pragma once

#include "Contact.h"
#include "ContactQuery.h"
#include "ContactSearchIndex.h"
#include "Interaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <memory>

#include <functional>
#include <optional>

namespace relais {

/// Reads and writes contacts and their timeline in the replica. Every write also updates the
/// search index and appends to the upload queue in the same transaction, so the replica, its
/// index and what is owed to the server never disagree.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
public:
    explicit ContactRepository(const QSqlDatabase &db, QString author = QString());

    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    /// Inserts a new contact (assigns id, localId, timestamps; marks it dirty).
    bool insert(Contact &contact, QString *error);
    /// Inserts many contacts in one transaction: all or none.
    bool insertMany(QList<Contact> &contacts, QString *error);
    /// Saves an edited contact. Consent changes are also recorded as timeline events.
    bool update(Contact &contact, QString *error);
    bool remove(const QString &id, QString *error);

    std::optional<Contact> byLocalId(qint64 localId) const;
    std::optional<Contact> byId(const QString &id) const;
    QList<Contact> byLocalIds(const QVector<qint64> &localIds) const; ///< in the order given
    std::optional<Contact> findByEmail(const QString &normalizedEmail) const;
    std::optional<Contact> findByPhone(const QString &e164) const;

    qint64 count() const;
    /// Local ids matching a non-empty query, by increasing local id (see ContactSearchIndex::plan).
    QVector<qint64> matching(const ContactQuery &query, QString *error = nullptr) const;
    /// Local ids matching the query in list order (last name, first name); the whole table when empty.
    QVector<qint64> orderedMatching(const ContactQuery &query, QString *error = nullptr) const;

    /// Appends an event to a contact's timeline (and to the upload queue).
    bool addInteraction(Interaction &interaction, QString *error);
    /// Merges the full-text index after bulk writes (imports, demo data): broad searches get faster.
    bool optimizeSearchIndex(QString *error = nullptr);
    QList<Interaction> timeline(const QString &contactId) const;
    QStringList tagNames() const;
    int pendingUploads() const;

    /// Runs `body` in one transaction (nested calls join the outer one): all its writes land, or none.
    bool transaction(const std::function<bool()> &body, QString *error);

    /// The fields that differ between two versions of a contact (ids as in the table).
    static QStringList changedFields(const Contact &before, const Contact &after);

private:
    std::optional<Contact> selectOne(const QString &where, const QVariant &value) const;
    QVector<qint64> matching(const ContactSearchIndex::Plan &plan, QString *error) const;
    bool insertOne(Contact &c, QString *error);
    bool insertInteraction(Interaction &interaction, QString *error);
    bool writeIndex(const Contact &c, bool replace, QString *error);
    bool enqueue(const Contact &c, const QString &op, const QStringList &fields, QString *error);
    bool rememberTags(const QStringList &tags, QString *error);
    QSqlQuery &prepared(QSqlQuery &q, const QString &sql) const;

    enum class OrderChange { Inserted, Moved, Removed, Reload };
    void orderChanged(OrderChange change, qint64 localId = 0);

    QSqlDatabase m_db;
    QString m_author;
    int m_transactionDepth = 0;
    std::shared_ptr<class ContactOrder> m_order;
    QList<QPair<OrderChange, qint64>> m_pendingOrder; ///< applied once the transaction commits
    mutable QSqlQuery m_insert, m_update, m_ftsInsert, m_ftsDelete, m_queue, m_tag, m_interaction;
};

} // namespace relais
