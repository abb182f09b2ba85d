#include "SignatureTableModel.h"

#include "ZoneChoices.h"

#include <QLocale>

namespace relais {

void SignatureTableModel::setSignatures(QList<PetitionSignature> signatures)
{
    beginResetModel();
    m_rows = std::move(signatures);
    endResetModel();
}

int SignatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PetitionSignature &s = m_rows.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case ConfirmedAt: return s.confirmedAt;
        case Optin: return s.optin;
        case LastName: return QString(s.lastName.toCaseFolded() + u'\x01' + s.firstName.toCaseFolded());
        case FirstName: return s.firstName.toCaseFolded();
        case Email: return s.email.toCaseFolded();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Department)
        return s.department.isEmpty() ? tr("Unknown postal code") : ZoneChoices::label(s.department);
    if (role == Qt::TextAlignmentRole && index.column() == Optin)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LastName: return s.lastName;
    case FirstName: return s.firstName;
    case Email: return s.email;
    case PostalCode: return s.postalCode;
    case Department: return s.department.isEmpty() ? QStringLiteral("—") : s.department.mid(1);
    case ConfirmedAt:
        return s.confirmedAt.isValid() ? QLocale().toString(s.confirmedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Optin: return s.optin ? tr("yes") : QString();
    default: return {};
    }
}

QVariant SignatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastName: return tr("Last name");
    case FirstName: return tr("First name");
    case Email: return tr("E-mail");
    case PostalCode: return tr("Postal code");
    case Department: return tr("Dept.");
    case ConfirmedAt: return tr("Confirmed on");
    case Optin: return tr("Newsletter");
    default: return {};
    }
}

} // namespace relais
