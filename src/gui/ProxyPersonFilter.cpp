#include "ProxyPersonFilter.h"

#include "ProxyBoard.h"
#include "ZoneTree.h"

namespace relais {

ProxyPersonFilter::ProxyPersonFilter(ProxyPersonModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(ProxyPersonModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProxyPersonFilter::setZone(const QString &zone)
{
    m_zone = zone;
    invalidateFilter();
}

void ProxyPersonFilter::setText(const QString &text)
{
    m_words = ZoneTree::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void ProxyPersonFilter::setState(ProxyPersonModel::State state)
{
    m_state = state;
    invalidateFilter();
}

void ProxyPersonFilter::setRound(int round)
{
    m_round = round;
    invalidateFilter();
}

bool ProxyPersonFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const ProxyPerson &p = m_source->person(sourceRow);
    if (!ProxyBoard::inZone(p, m_zone))
        return false;
    if ((m_round == 1 || m_round == 2) && !(p.rounds & roundBit(m_round)))
        return false;
    if (!m_source->hasState(sourceRow, m_state, m_round))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = ZoneTree::foldForSearch(m_source->searchText(sourceRow));
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return text.contains(w); });
}

} // namespace relais
