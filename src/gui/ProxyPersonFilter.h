#pragma once

#include "ProxyPersonModel.h"

#include <QSortFilterProxyModel>

namespace relais {

/// Sorts and filters a ProxyPersonModel: by department (the zone chosen on the page), by text (every word must
/// appear, accents and case ignored), by state and by round.
class ProxyPersonFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProxyPersonFilter(ProxyPersonModel *source, QObject *parent = nullptr);

    /// Rows whose department lies within `zone` (all when empty).
    void setZone(const QString &zone);
    void setText(const QString &text);
    void setState(ProxyPersonModel::State state);
    /// 1 or 2: rows asking for or offering that round, states for that round; 0: every round.
    void setRound(int round);
    int round() const { return m_round; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ProxyPersonModel *m_source;
    QString m_zone;
    QStringList m_words;
    ProxyPersonModel::State m_state = ProxyPersonModel::State::Any;
    int m_round = 0;
};

} // namespace relais
