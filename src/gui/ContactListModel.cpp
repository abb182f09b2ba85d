#include "ContactListModel.h"

#include "PhoneNumber.h"
#include "ProfileSession.h"
#include "ZoneTree.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace relais {

ContactListModel::ContactListModel(ProfileSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    if (m_session) // a locked profile shows nothing, and keeps nothing in memory
        connect(m_session, &ProfileSession::locked, this, &ContactListModel::refresh);
}

void ContactListModel::setQuery(const ContactQuery &query)
{
    m_query = query;
    refresh();
}

void ContactListModel::refresh()
{
    QVector<qint64> ids;
    if (m_session && m_session->contacts())
        ids = m_session->contacts()->orderedMatching(m_query);
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_lru.clear();
    endResetModel();
    Q_EMIT countChanged(m_ids.size());
}

qint64 ContactListModel::localIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

QString ContactListModel::contactIdAt(int row) const
{
    const auto c = contactAt(row);
    return c ? c->id : QString();
}

std::optional<Contact> ContactListModel::contactAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return std::nullopt;
    const Page *p = page(row / PageSize);
    if (!p)
        return std::nullopt;
    const Contact &c = p->rows.at(row % PageSize);
    if (c.localId == 0)
        return std::nullopt;
    return c;
}

int ContactListModel::rowOfLocalId(qint64 localId) const
{
    if (localId <= 0)
        return -1;
    return int(m_ids.indexOf(localId));
}

const ContactListModel::Page *ContactListModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        if (m_lru.first() != pageIndex) {
            m_lru.removeOne(pageIndex);
            m_lru.prepend(pageIndex);
        }
        return &it.value();
    }
    if (!m_session || !m_session->contacts())
        return nullptr;

    const qsizetype first = qsizetype(pageIndex) * PageSize;
    const QVector<qint64> ids = m_ids.mid(first, std::min<qsizetype>(PageSize, m_ids.size() - first));
    const QList<Contact> loaded = m_session->contacts()->byLocalIds(ids);
    Page p;
    p.rows.resize(ids.size());
    // byLocalIds skips the ids deleted since the list was read: align what came back by id.
    qsizetype j = 0;
    for (qsizetype i = 0; i < ids.size() && j < loaded.size(); ++i) {
        if (loaded.at(j).localId == ids.at(i))
            p.rows[i] = loaded.at(j++);
    }
    while (m_lru.size() >= MaxCachedPages)
        m_pages.remove(m_lru.takeLast());
    m_lru.prepend(pageIndex);
    return &m_pages.insert(pageIndex, std::move(p)).value();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::channelName(Channel ch)
{
    switch (ch) {
    case Channel::Email: return tr("Email");
    case Channel::Phone: return tr("Phone");
    case Channel::Sms: return tr("SMS");
    }
    return {};
}

QString ContactListModel::membershipText(Membership m)
{
    switch (m) {
    case Membership::None: return tr("Not a member");
    case Membership::Supporter: return tr("Supporter");
    case Membership::Member: return tr("Member");
    case Membership::Former: return tr("Former member");
    }
    return {};
}

QString ContactListModel::communeText(const Contact &c)
{
    const Zone *commune = c.communeCode.isEmpty() ? nullptr : ZoneTree::france().zone(c.communeCode);
    if (!commune)
        return c.postalCode;
    if (c.postalCode.isEmpty())
        return commune->name;
    return tr("%1 (%2)").arg(commune->name, c.postalCode);
}

QString ContactListModel::consentSummary(const Contact &c)
{
    QStringList granted;
    bool asked = false;
    for (Channel ch : AllChannels) {
        const Consent &k = c.consentFor(ch);
        asked = asked || k.granted.has_value();
        if (k.isGranted())
            granted << channelName(ch);
    }
    if (!granted.isEmpty())
        return granted.join(QStringLiteral(", "));
    return asked ? tr("None") : tr("Not asked");
}

QString ContactListModel::displayText(const Contact &c, int column) const
{
    switch (column) {
    case NameColumn:
        if (!c.lastName.isEmpty() && !c.firstName.isEmpty())
            return tr("%1, %2", "list name: last name, first name").arg(c.lastName, c.firstName);
        return c.displayName();
    case EmailColumn: return c.email;
    case PhoneColumn: return PhoneNumber::format(c.phone);
    case CommuneColumn: return communeText(c);
    case MembershipColumn: return c.membership == Membership::None ? QString() : membershipText(c.membership);
    case TagsColumn: return c.tags.join(QStringLiteral(", "));
    case ConsentColumn: return consentSummary(c);
    default: return {};
    }
}

QString ContactListModel::toolTipText(const Contact &c, int column) const
{
    switch (column) {
    case ConsentColumn: {
        QStringList lines;
        const QLocale locale;
        for (Channel ch : AllChannels) {
            const Consent &k = c.consentFor(ch);
            QString state = !k.granted ? tr("not asked") : *k.granted ? tr("yes") : tr("no");
            if (k.granted && k.at.isValid())
                state = tr("%1 (since %2)").arg(state, locale.toString(k.at.toLocalTime().date(), QLocale::ShortFormat));
            lines << tr("%1: %2").arg(channelName(ch), state);
        }
        return lines.join(u'\n');
    }
    case EmailColumn:
        if (!c.otherEmails.isEmpty())
            return QStringList(QStringList{c.email} + c.otherEmails).join(u'\n');
        return {};
    case PhoneColumn:
        if (!c.otherPhones.isEmpty()) {
            QStringList all{PhoneNumber::format(c.phone)};
            for (const QString &p : c.otherPhones)
                all << PhoneNumber::format(p);
            return all.join(u'\n');
        }
        return {};
    case CommuneColumn:
        return c.address.isEmpty() ? QString() : QString(c.address + u'\n' + communeText(c));
    case NameColumn:
    case TagsColumn: {
        const QString text = displayText(c, column);
        return text.size() > 24 ? text : QString();
    }
    default:
        return {};
    }
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= ColumnCount)
        return {};
    if (role == LocalIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ContactIdRole && role != Qt::ForegroundRole)
        return {};
    const auto c = contactAt(index.row());
    if (!c) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("(deleted)");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return displayText(*c, index.column());
    case Qt::ToolTipRole: return toolTipText(*c, index.column());
    case ContactIdRole: return c->id;
    case Qt::ForegroundRole:
        // "Not asked" / "None" in grey: only actual consents stand out.
        if (index.column() == ConsentColumn && !c->consentFor(Channel::Email).isGranted()
            && !c->consentFor(Channel::Phone).isGranted() && !c->consentFor(Channel::Sms).isGranted())
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ConsentColumn)
        return tr("How the contact agreed to be contacted: by email, phone or SMS");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case CommuneColumn: return tr("Commune");
    case MembershipColumn: return tr("Membership");
    case TagsColumn: return tr("Tags");
    case ConsentColumn: return tr("Agrees to");
    default: return {};
    }
}

} // namespace relais
