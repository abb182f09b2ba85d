#pragma once

#include "ProxyPersonModel.h"

namespace relais {

/// The offers (mandataires) of a ProxyBoard: name, commune, polling station, rounds offered, and per round what
/// the mandataire holds under the election's rules ("Free", "1 held", "Full"), and whether the offer is open.
class ProxyOfferModel : public ProxyPersonModel
{
    Q_OBJECT
public:
    enum Column { NameColumn = 0, CommuneColumn, StationColumn, RoundsColumn, Round1Column, Round2Column,
                  StatusColumn, ColumnCount };

    using ProxyPersonModel::ProxyPersonModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasState(int row, State state, int round) const override;

protected:
    const QList<ProxyPerson> *people() const override;

private:
    QVariant roundData(const ProxyPerson &p, int round, int role) const;
};

} // namespace relais
