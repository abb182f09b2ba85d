#pragma once

#include "ProxyMatching.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace relais {

class ProxyBoard;
class ProxySuggestionModel;

/// The "Suggestions" tab of the Proxies page. "Suggest matches" runs the core engine (ProxyMatcher) on the open
/// requests and offers of the election in the chosen zone, with the slots the live matches already hold, and shows
/// a preview: mandant, mandataire, round and reason with check boxes, and the totals (slots served of those wanted,
/// and how many more than first-come matching, GreedyProxyMatcher). Nothing is written here: "Propose selected"
/// and "Keep as suggestions" ask the page to (commitRequested).
class ProxySuggestionView : public QWidget
{
    Q_OBJECT
public:
    explicit ProxySuggestionView(QWidget *parent = nullptr);

    /// The board and zone the next suggestions are made for; a preview made for another election or zone goes.
    void setBoard(const ProxyBoard *board, const QString &zone);
    /// Runs the engine and shows its suggestions (in a department it is instant; a whole country takes a second
    /// or two, with a busy cursor).
    void suggest();
    void clear();
    ProxySuggestionModel *model() const { return m_model; }
    const MatchResult &result() const { return m_result; }
    const MatchResult &baseline() const { return m_baseline; }
    /// The totals line as shown.
    QString summary() const;
    void setMessage(const QString &message);

Q_SIGNALS:
    /// Write the ticked suggestions as proxy_match records with `status` ("proposed" or "suggested").
    void commitRequested(const QList<relais::MatchSuggestion> &suggestions, const QString &status);

private:
    void updateButtons();

    const ProxyBoard *m_board = nullptr;
    QString m_electionId;
    QString m_zone;
    MatchResult m_result;
    MatchResult m_baseline;
    ProxySuggestionModel *m_model;
    QPushButton *m_suggest;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_all;
    QPushButton *m_none;
    QPushButton *m_propose;
    QPushButton *m_keep;
    QLabel *m_message;
};

} // namespace relais
