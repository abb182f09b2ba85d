#pragma once

#include "PetitionResults.h"

#include <QAbstractTableModel>
#include <QList>

namespace relais {

/// The signatures of a petition as a table (name, e-mail, postal code, department, confirmed on,
/// newsletter opt-in): light structs read by PetitionResults with the filters already applied in SQL.
/// Sorting by any column goes through a QSortFilterProxyModel (SortRole gives comparable values).
class SignatureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LastName, FirstName, Email, PostalCode, Department, ConfirmedAt, Optin, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSignatures(QList<PetitionSignature> signatures);
    const PetitionSignature &signature(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PetitionSignature> m_rows;
};

} // namespace relais
