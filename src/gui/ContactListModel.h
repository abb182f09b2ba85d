#pragma once

#include "Contact.h"
#include "ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QVector>

#include <optional>

namespace relais {

class ProfileSession;

/// The CRM list: every contact matching a query, in list order (last name, first name).
///
/// Lazy: it holds only the local ids of the matching contacts, and reads full rows page by page
/// (PageSize rows through ContactRepository::byLocalIds) when the view asks for them, keeping the
/// few most recently used pages. A list of a million contacts costs one vector of ids.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, PhoneColumn, CommuneColumn, ConsentColumn, MembershipColumn,
                  TagsColumn, ColumnCount };
    enum Role { LocalIdRole = Qt::UserRole + 1, ContactIdRole };
    static constexpr int PageSize = 64;
    static constexpr int MaxCachedPages = 12;

    explicit ContactListModel(ProfileSession *session, QObject *parent = nullptr);

    ContactQuery query() const { return m_query; }
    /// Runs the query and shows its result (always, even when it equals the current one).
    void setQuery(const ContactQuery &query);
    /// Re-reads the list for the current query and forgets every cached row.
    void refresh();

    qint64 localIdAt(int row) const;
    QString contactIdAt(int row) const;
    /// The full contact at a row (read through the page cache); nullopt when out of range or deleted.
    std::optional<Contact> contactAt(int row) const;
    /// -1 when the contact is not in the list.
    int rowOfLocalId(qint64 localId) const;
    /// Pages of full rows held in memory (at most MaxCachedPages).
    int cachedPageCount() const { return int(m_pages.size()); }
    /// Every local id of the list, in list order (for exports).
    const QVector<qint64> &localIds() const { return m_ids; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Display texts shared with the export and the editor.
    static QString membershipText(Membership m);
    static QString communeText(const Contact &c);
    /// The channels the contact agreed to ("Email, SMS"), or "None" / "Not asked".
    static QString consentSummary(const Contact &c);
    static QString channelName(Channel ch);

Q_SIGNALS:
    void countChanged(qint64 count);

private:
    struct Page {
        QVector<Contact> rows; ///< aligned with the ids of the page; localId 0 = deleted meanwhile
    };
    const Page *page(int pageIndex) const;
    QString displayText(const Contact &c, int column) const;
    QString toolTipText(const Contact &c, int column) const;

    QPointer<ProfileSession> m_session;
    ContactQuery m_query;
    QVector<qint64> m_ids;
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_lru; ///< most recently used page first
};

} // namespace relais
