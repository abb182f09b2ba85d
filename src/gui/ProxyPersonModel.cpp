#include "ProxyPersonModel.h"

#include "ProxyBoard.h"

namespace relais {

void ProxyPersonModel::setBoard(const ProxyBoard *board)
{
    beginResetModel();
    m_board = board;
    endResetModel();
}

const ProxyPerson &ProxyPersonModel::person(int row) const
{
    return people()->at(row);
}

int ProxyPersonModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (person(row).id == id)
            return row;
    return -1;
}

int ProxyPersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_board ? 0 : int(people()->size());
}

QString ProxyPersonModel::searchText(int row) const
{
    const ProxyPerson &p = person(row);
    return QStringList{p.firstName, p.lastName, p.email, p.phone, p.postalCode, p.commune, p.pollingStation}.join(u' ');
}

QString ProxyPersonModel::roundsText(int rounds)
{
    QStringList out;
    for (int round = 1; round <= 2; ++round)
        if (rounds & roundBit(round))
            out << QString::number(round);
    return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
}

QVariant ProxyPersonModel::placeData(const ProxyPerson &p, Place place, int role)
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (place) {
    case Place::Commune:
        return p.commune.isEmpty() ? p.postalCode : QString(p.postalCode + u' ' + p.commune).trimmed();
    case Place::Station:
        return p.pollingStation;
    case Place::Rounds:
        return roundsText(p.rounds);
    }
    return {};
}

QVariant ProxyPersonModel::nameData(const ProxyPerson &p, int role) const
{
    if (role == Qt::DisplayRole)
        return p.name();
    if (role == SortRole)
        return QString(p.lastName.toCaseFolded() + u' ' + p.firstName.toCaseFolded());
    if (role == Qt::ToolTipRole) {
        QStringList lines{p.name()};
        if (!p.email.isEmpty())
            lines << p.email;
        if (!p.phone.isEmpty())
            lines << p.phone;
        if (p.dirty)
            lines << tr("Not yet on the server");
        return lines.join(u'\n');
    }
    return {};
}

int ProxyPersonModel::roundsInView(int round) const
{
    const int election = m_board ? m_board->electionRounds() : 1;
    return round == 1 || round == 2 ? election & roundBit(round) : election;
}

} // namespace relais
