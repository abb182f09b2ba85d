#pragma once

#include "ProxyMatching.h"

#include <QAbstractTableModel>

namespace relais {

class ProxyBoard;

/// The matching engine's suggestions as a preview: one row per request-round with its mandant, mandataire, round
/// and reason, each with a check box (all ticked at first). Names are copied when the suggestions are set, so the
/// preview stays as it was made while the replica changes.
class ProxySuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MandantColumn = 0, MandataireColumn, RoundColumn, ReasonColumn, PlaceColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setSuggestions(const ProxyBoard &board, const QList<MatchSuggestion> &suggestions);
    void clear();
    const MatchSuggestion &suggestion(int row) const { return m_rows.at(row).suggestion; }
    /// The ticked suggestions, in the engine's order.
    QList<MatchSuggestion> checked() const;
    int checkedCount() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row {
        MatchSuggestion suggestion;
        QString mandant;
        QString mandantSort;
        QString mandataire;
        QString place;
        bool checked = true;
    };
    QList<Row> m_rows;
};

} // namespace relais
