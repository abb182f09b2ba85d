#include "ProxySuggestionModel.h"

#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"

namespace relais {

namespace {
/// "Lyon · Bureau 12": where the mandant votes.
QString placeOf(const ProxyPerson &p)
{
    QStringList parts;
    if (!p.commune.isEmpty())
        parts << p.commune;
    if (!p.pollingStation.isEmpty())
        parts << p.pollingStation;
    return parts.join(QStringLiteral(" · "));
}
} // namespace

void ProxySuggestionModel::setSuggestions(const ProxyBoard &board, const QList<MatchSuggestion> &suggestions)
{
    beginResetModel();
    m_rows.clear();
    for (const MatchSuggestion &s : suggestions) {
        Row row;
        row.suggestion = s;
        if (const ProxyPerson *r = board.request(s.requestId)) {
            row.mandant = r->name();
            row.mandantSort = r->lastName.toCaseFolded() + u' ' + r->firstName.toCaseFolded();
            row.place = placeOf(*r);
        }
        if (const ProxyPerson *o = board.offer(s.offerId))
            row.mandataire = o->name();
        m_rows << row;
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

void ProxySuggestionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT checkedChanged();
}

QList<MatchSuggestion> ProxySuggestionModel::checked() const
{
    QList<MatchSuggestion> out;
    for (const Row &r : m_rows)
        if (r.checked)
            out << r.suggestion;
    return out;
}

int ProxySuggestionModel::checkedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked; }));
}

void ProxySuggestionModel::setAllChecked(bool checked)
{
    for (Row &r : m_rows)
        r.checked = checked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, MandantColumn), index(int(m_rows.size()) - 1, MandantColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int ProxySuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProxySuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxySuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MandantColumn:
        return tr("Mandant");
    case MandataireColumn:
        return tr("Mandataire");
    case RoundColumn:
        return tr("Round");
    case ReasonColumn:
        return tr("Why");
    case PlaceColumn:
        return tr("Where the mandant votes");
    default:
        return {};
    }
}

QVariant ProxySuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (index.column() == MandantColumn && role == Qt::CheckStateRole)
        return r.checked ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case MandantColumn:
        return role == SortRole ? r.mandantSort : r.mandant;
    case MandataireColumn:
        return r.mandataire;
    case RoundColumn:
        return r.suggestion.round;
    case ReasonColumn:
        return role == SortRole ? QVariant(r.suggestion.cost)
                                : QVariant(ProxyMatchTerms::reasonLabel(matchReasonKey(r.suggestion.reason)));
    case PlaceColumn:
        return r.place;
    default:
        return {};
    }
}

bool ProxySuggestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != MandantColumn || role != Qt::CheckStateRole || index.row() >= m_rows.size())
        return false;
    m_rows[index.row()].checked = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ProxySuggestionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == MandantColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace relais
