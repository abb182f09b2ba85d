#include "ProxyOfferModel.h"

#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"

#include <QBrush>

namespace relais {

const QList<ProxyPerson> *ProxyOfferModel::people() const
{
    return &m_board->offers();
}

int ProxyOfferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyOfferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Mandataire");
    case CommuneColumn:
        return tr("Commune");
    case StationColumn:
        return tr("Polling station");
    case RoundsColumn:
        return tr("Rounds");
    case Round1Column:
        return tr("Round 1");
    case Round2Column:
        return tr("Round 2");
    case StatusColumn:
        return tr("Offer");
    default:
        return {};
    }
}

QVariant ProxyOfferModel::data(const QModelIndex &index, int role) const
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

QVariant ProxyOfferModel::roundData(const ProxyPerson &p, int round, int role) const
{
    if (!(p.rounds & roundBit(round)))
        return role == Qt::DisplayRole || role == SortRole ? QVariant(QStringLiteral("—")) : QVariant();
    const QList<const ProxyMatchRecord *> held = m_board->liveMatchesOf(p.id, round);
    const int anyLeft = m_board->placesLeft(p, round, true);
    const int franceLeft = m_board->placesLeft(p, round, false);
    if (role == Qt::DisplayRole || role == SortRole) {
        if (!p.isOpen())
            return QString();
        if (held.isEmpty() && anyLeft > 0)
            return tr("Free");
        if (anyLeft == 0)
            return tr("Full");
        return franceLeft == 0 ? tr("%n held · abroad only", nullptr, int(held.size()))
                               : tr("%n held", nullptr, int(held.size()));
    }
    if (role == Qt::ForegroundRole && p.isOpen())
        return QBrush(anyLeft == 0 ? ProxyMatchTerms::color(ProxyMatchTerms::Cancelled)
                      : held.isEmpty() ? ProxyMatchTerms::color(ProxyMatchTerms::Confirmed)
                                       : ProxyMatchTerms::color(ProxyMatchTerms::Proposed));
    if (role == Qt::ToolTipRole && !held.isEmpty()) {
        QStringList lines{tr("Holds in round %1:").arg(round)};
        for (const ProxyMatchRecord *m : held) {
            const ProxyPerson *r = m_board->request(m->requestId);
            lines << tr("%1 (%2)").arg(r ? r->name() : tr("(not in this computer's replica)"),
                                       ProxyMatchTerms::label(m->status).toLower());
        }
        return lines.join(u'\n');
    }
    return {};
}

bool ProxyOfferModel::hasState(int row, State state, int round) const
{
    const ProxyPerson &p = person(row);
    const int rounds = p.rounds & roundsInView(round);
    if (state == State::Any)
        return true;
    if (state == State::Withdrawn)
        return !p.isOpen();
    if (!p.isOpen() || rounds == 0)
        return false;
    bool left = false;
    for (int n = 1; n <= 2; ++n)
        if (rounds & roundBit(n))
            left = left || m_board->placesLeft(p, n, true) > 0;
    if (state == State::PlacesLeft)
        return left;
    if (state == State::Full)
        return !left;
    return false;
}

} // namespace relais
