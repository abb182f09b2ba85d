#include "ProxyMatchModel.h"

#include "ContactJson.h"
#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"
#include "ZoneTree.h"

#include <QBrush>
#include <QLocale>

namespace relais {

void ProxyMatchModel::setBoard(const ProxyBoard *board, const QString &zone, const QString &status, const QString &text)
{
    beginResetModel();
    m_board = board;
    m_rows.clear();
    const QStringList words = ZoneTree::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    const ZoneTree &tree = ZoneTree::france();
    for (qsizetype i = 0; board && i < board->matches().size(); ++i) {
        const ProxyMatchRecord &m = board->matches().at(i);
        if (!zone.isEmpty() && m.zone != zone && !tree.isWithin(m.zone, zone))
            continue;
        if (status == LiveFilter ? !ProxyMatchTerms::isLive(m.status) : status != AllFilter && m.status != status)
            continue;
        const QString names = ZoneTree::foldForSearch(mandant(m) + u' ' + mandataire(m));
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return names.contains(w); }))
            continue;
        m_rows << i;
    }
    endResetModel();
}

const ProxyMatchRecord &ProxyMatchModel::match(int row) const
{
    return m_board->matches().at(m_rows.at(row));
}

int ProxyMatchModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (match(row).id == id)
            return row;
    return -1;
}

int ProxyMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_board ? 0 : int(m_rows.size());
}

int ProxyMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProxyMatchModel::mandant(const ProxyMatchRecord &m) const
{
    const ProxyPerson *r = m_board->request(m.requestId);
    return r ? r->name() : tr("(request not on this computer)");
}

QString ProxyMatchModel::mandataire(const ProxyMatchRecord &m) const
{
    const ProxyPerson *o = m_board->offer(m.offerId);
    return o ? o->name() : tr("(offer not on this computer)");
}

QVariant ProxyMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    case UpdatedColumn:
        return tr("Changed");
    case SyncColumn:
        return tr("Server");
    default:
        return {};
    }
}

QVariant ProxyMatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_board || index.row() >= rowCount())
        return {};
    const ProxyMatchRecord &m = match(index.row());
    if (role == IdRole)
        return m.id;
    const bool text = role == Qt::DisplayRole || role == SortRole;
    switch (index.column()) {
    case MandantColumn:
        return text ? QVariant(mandant(m)) : QVariant();
    case MandataireColumn:
        return text ? QVariant(mandataire(m)) : QVariant();
    case RoundColumn:
        return text ? QVariant(m.round) : QVariant();
    case StatusColumn:
        if (role == Qt::ForegroundRole)
            return QBrush(ProxyMatchTerms::color(m.status));
        if (role == SortRole)
            return int(ProxyMatchTerms::statuses().indexOf(m.status));
        return role == Qt::DisplayRole ? QVariant(ProxyMatchTerms::label(m.status)) : QVariant();
    case ReasonColumn:
        return text ? QVariant(ProxyMatchTerms::reasonLabel(m.reason)) : QVariant();
    case UpdatedColumn: {
        const QString iso = m.record.data.value(QLatin1String("updated_at")).toString();
        if (role == SortRole)
            return iso;
        const QDateTime at = ContactJson::fromIso(iso);
        return role == Qt::DisplayRole && at.isValid() ? QVariant(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                                                       : QVariant();
    }
    case SyncColumn:
        if (role == Qt::ForegroundRole && m.record.dirty)
            return QBrush(ProxyMatchTerms::color(ProxyMatchTerms::Proposed));
        if (role == Qt::ToolTipRole && m.record.dirty)
            return tr("Saved on this computer; sent to the server at the next sync. The server checks it again and "
                      "may refuse it (for instance when another cadre took the slot first).");
        return text ? QVariant(m.record.dirty ? tr("Not yet sent") : tr("Up to date")) : QVariant();
    default:
        return {};
    }
}

} // namespace relais
