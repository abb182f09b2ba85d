#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace relais {

class ProxyBoard;

/// The "Statistics" tab of the Proxies page: per department of the chosen zone (and in total when there are
/// several), the open requests, the request-rounds they ask for, how many are served (confirmed or done), pending
/// (proposed or accepted, not yet confirmed), only suggested, still to match, and the open offers and how many of
/// them may still take someone.
class ProxyStatsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { DepartmentColumn = 0, RequestsColumn, WantedColumn, ServedColumn, PendingColumn, SuggestedColumn,
                  ToMatchColumn, OffersColumn, PlacesLeftColumn, ColumnCount };

    explicit ProxyStatsView(QWidget *parent = nullptr);

    void setBoard(const ProxyBoard *board, const QString &zone);
    QTableWidget *table() const { return m_table; }
    /// The figure of `column` for `department` ("D69"; "" for the total row), -1 when it is not shown.
    int figure(const QString &department, Column column) const;

private:
    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace relais
