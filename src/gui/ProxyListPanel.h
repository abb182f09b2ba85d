#pragma once

#include "ProxyPersonModel.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace relais {

class ProxyPersonFilter;

/// One list of the Proxies page (the requests, or the offers): a titled box with a text filter, a state filter
/// (the states given), a round filter and the sortable table. Child names start with `name` ("requests",
/// "offers"): requestsFilter, requestsState, requestsRound, requestsTable, requestsCount.
class ProxyListPanel : public QGroupBox
{
    Q_OBJECT
public:
    ProxyListPanel(const QString &name, const QString &title, ProxyPersonModel *model,
                   const QList<std::pair<ProxyPersonModel::State, QString>> &states, QWidget *parent = nullptr);

    ProxyPersonModel *model() const { return m_model; }
    ProxyPersonFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// The id of the selected row; empty when none.
    QString selectedId() const;
    /// Selects the row of `id` (when shown).
    void select(const QString &id);
    void setZone(const QString &zone);
    /// Shows the round filter and the round 2 column only for an election with two rounds.
    void setTwoRounds(bool twoRounds, int round2Column);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateCount();

    ProxyPersonModel *m_model;
    ProxyPersonFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_state;
    QComboBox *m_round;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace relais
