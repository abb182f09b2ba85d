#pragma once

#include <QAbstractTableModel>

namespace relais {

class ProxyBoard;
struct ProxyMatchRecord;

/// The proxy_match records of a ProxyBoard within a zone, filtered by status ("live": those holding a slot;
/// "all"; or one status) and text: mandant, mandataire, round, status, reason, last change, and whether the
/// server has it yet. Ids in IdRole, sort keys in SortRole.
class ProxyMatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MandantColumn = 0, MandataireColumn, RoundColumn, StatusColumn, ReasonColumn, UpdatedColumn,
                  SyncColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    static inline const QString LiveFilter = QStringLiteral("live");
    static inline const QString AllFilter = QStringLiteral("all");

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the board's matches again, within `zone`, with `status` (LiveFilter, AllFilter or a status) and
    /// every word of `text` in the names.
    void setBoard(const ProxyBoard *board, const QString &zone, const QString &status, const QString &text);
    const ProxyMatchRecord &match(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString mandant(const ProxyMatchRecord &m) const;
    QString mandataire(const ProxyMatchRecord &m) const;

    const ProxyBoard *m_board = nullptr;
    QList<qsizetype> m_rows; ///< indexes in the board's matches
};

} // namespace relais
