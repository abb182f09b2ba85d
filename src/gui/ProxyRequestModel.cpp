#include "ProxyRequestModel.h"

#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"

#include <QBrush>

namespace relais {

namespace {
const QColor ToMatchColor(0xb3, 0x26, 0x1e);
}

const QList<ProxyPerson> *ProxyRequestModel::people() const
{
    return &m_board->requests();
}

int ProxyRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Mandant");
    case CommuneColumn:
        return tr("Commune");
    case StationColumn:
        return tr("Polling station");
    case RoundsColumn:
        return tr("Rounds");
    case AbroadColumn:
        return tr("Abroad");
    case Round1Column:
        return tr("Round 1");
    case Round2Column:
        return tr("Round 2");
    case StatusColumn:
        return tr("Request");
    default:
        return {};
    }
}

QVariant ProxyRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_board || index.row() >= rowCount())
        return {};
    const ProxyPerson &p = person(index.row());
    if (role == IdRole)
        return p.id;
    switch (index.column()) {
    case NameColumn:
        return nameData(p, role);
    case CommuneColumn:
        return placeData(p, Place::Commune, role);
    case StationColumn:
        return placeData(p, Place::Station, role);
    case RoundsColumn:
        return placeData(p, Place::Rounds, role);
    case AbroadColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return p.abroad ? tr("Yes") : QString();
        if (role == Qt::ToolTipRole && p.abroad)
            return tr("Established abroad: does not count against the one procuration established in France a "
                      "mandataire may hold");
        break;
    case Round1Column:
    case Round2Column:
        return roundData(p, index.column() == Round1Column ? 1 : 2, role);
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return p.isOpen() ? tr("Open") : tr("Withdrawn");
        if (role == Qt::ForegroundRole && !p.isOpen())
            return QBrush(ProxyMatchTerms::color(ProxyMatchTerms::Cancelled));
        break;
    default:
        break;
    }
    return {};
}

QVariant ProxyRequestModel::roundData(const ProxyPerson &p, int round, int role) const
{
    if (!(p.rounds & roundBit(round)))
        return role == Qt::DisplayRole || role == SortRole ? QVariant(QStringLiteral("—")) : QVariant();
    const ProxyMatchRecord *m = m_board->liveMatch(p.id, round);
    if (role == Qt::DisplayRole || role == SortRole)
        return m ? ProxyMatchTerms::label(m->status) : (p.isOpen() ? tr("To match") : QString());
    if (role == Qt::ForegroundRole && (m || p.isOpen()))
        return QBrush(m ? ProxyMatchTerms::color(m->status) : ToMatchColor);
    if (role == Qt::ToolTipRole && m) {
        const ProxyPerson *o = m_board->offer(m->offerId);
        return tr("Mandataire: %1").arg(o ? o->name() : tr("(not in this computer's replica)"));
    }
    return {};
}

bool ProxyRequestModel::hasState(int row, State state, int round) const
{
    const ProxyPerson &p = person(row);
    const int rounds = p.rounds & roundsInView(round);
    if (state == State::Any)
        return true;
    if (state == State::Withdrawn)
        return !p.isOpen();
    if (!p.isOpen() || rounds == 0)
        return false;
    bool toMatch = false;
    bool inProgress = false;
    bool served = true;
    for (int n = 1; n <= 2; ++n) {
        if (!(rounds & roundBit(n)))
            continue;
        const ProxyMatchRecord *m = m_board->liveMatch(p.id, n);
        toMatch = toMatch || !m;
        inProgress = inProgress || (m && ProxyMatchTerms::isInProgress(m->status));
        served = served && m && ProxyMatchTerms::isServed(m->status);
    }
    switch (state) {
    case State::ToMatch:
        return toMatch;
    case State::InProgress:
        return inProgress;
    case State::Served:
        return served;
    default:
        return false;
    }
}

} // namespace relais
