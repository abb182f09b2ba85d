#include "ProxySuggestionView.h"

#include "GreedyProxyMatcher.h"
#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"
#include "ProxyMatcher.h"
#include "ProxySuggestionModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace relais {

ProxySuggestionView::ProxySuggestionView(QWidget *parent)
    : QWidget(parent), m_model(new ProxySuggestionModel(this)), m_suggest(new QPushButton(tr("Suggest matches"), this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_all(new QPushButton(tr("Tick all"), this)),
      m_none(new QPushButton(tr("Untick all"), this)), m_propose(new QPushButton(tr("Propose selected"), this)),
      m_keep(new QPushButton(tr("Keep as suggestions"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("proxySuggestions"));
    m_suggest->setObjectName(QStringLiteral("suggestMatchesButton"));
    m_suggest->setToolTip(tr("Find the mandataires for the waiting requests of this department: as many as the rules "
                             "allow, as close as possible (same polling station first, then same commune)"));
    m_summary->setObjectName(QStringLiteral("suggestionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ProxySuggestionModel::SortRole);
    sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProxySuggestionModel::MandantColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_all->setObjectName(QStringLiteral("tickAllSuggestions"));
    m_none->setObjectName(QStringLiteral("untickAllSuggestions"));
    m_propose->setObjectName(QStringLiteral("proposeSelectedButton"));
    m_propose->setToolTip(tr("Save the ticked matches as proposed: at the next sync the server e-mails each mandataire "
                             "a link to accept or decline"));
    m_keep->setObjectName(QStringLiteral("keepSuggestionsButton"));
    m_keep->setToolTip(tr("Save the ticked matches as suggestions: they hold the slots, nobody is e-mailed yet"));
    m_message->setObjectName(QStringLiteral("suggestionMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_suggest, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_all);
    bottom->addWidget(m_none);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_keep);
    bottom->addWidget(m_propose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_suggest, &QPushButton::clicked, this, &ProxySuggestionView::suggest);
    connect(m_all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_propose, &QPushButton::clicked, this,
            [this] { Q_EMIT commitRequested(m_model->checked(), ProxyMatchTerms::Proposed); });
    connect(m_keep, &QPushButton::clicked, this,
            [this] { Q_EMIT commitRequested(m_model->checked(), ProxyMatchTerms::Suggested); });
    connect(m_model, &ProxySuggestionModel::checkedChanged, this, &ProxySuggestionView::updateButtons);
    clear();
}

void ProxySuggestionView::setBoard(const ProxyBoard *board, const QString &zone)
{
    const QString electionId = board ? board->election().id : QString();
    m_board = board;
    if (electionId != m_electionId || zone != m_zone)
        clear();
    m_electionId = electionId;
    m_zone = zone;
    m_suggest->setEnabled(board && !board->isEmpty());
}

void ProxySuggestionView::clear()
{
    m_result = {};
    m_baseline = {};
    m_model->clear();
    m_summary->setText(tr("Click “Suggest matches”: the requests waiting for a mandataire are matched with the offers "
                          "of their department. Nothing is saved or sent until you choose."));
    m_message->clear();
    updateButtons();
}

void ProxySuggestionView::suggest()
{
    if (!m_board || m_board->isEmpty())
        return;
    QList<MatchRequest> requests;
    QList<MatchOffer> offers;
    m_board->matchInput(m_zone, &requests, &offers);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result = ProxyMatcher(m_board->rules()).match(requests, offers);
    m_baseline = GreedyProxyMatcher(m_board->rules()).match(requests, offers);
    QApplication::restoreOverrideCursor();
    m_message->clear();
    if (!m_result.error.isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("The matching engine refused these records: %1").arg(m_result.error));
        return;
    }
    m_model->setSuggestions(*m_board, m_result.suggestions);
    m_table->resizeColumnsToContents();
    m_summary->setText(summary());
}

QString ProxySuggestionView::summary() const
{
    const QLocale locale;
    const MatchResult &r = m_result;
    if (r.slotsWanted == 0)
        return tr("No request here is waiting for a mandataire: every round asked for already has a match.");
    if (r.slotsServed == 0)
        return tr("No offer can take any of the %n request-round(s) waiting (no offer left in their department, or "
                  "every one is full).",
                  nullptr, r.slotsWanted);
    QStringList lines;
    lines << tr("%1 of %2 request-rounds served, %3 of %4 requests fully.")
                 .arg(locale.toString(r.slotsServed), locale.toString(r.slotsWanted),
                      locale.toString(r.requestsFullyServed), locale.toString(r.requestsWanted));
    const int more = r.slotsServed - m_baseline.slotsServed;
    if (more > 0)
        lines << tr("%n more than first-come matching would serve (%1).", nullptr, more)
                     .arg(locale.toString(m_baseline.slotsServed));
    else
        lines << tr("As many as first-come matching would serve (%1).").arg(locale.toString(m_baseline.slotsServed));
    int byReason[3] = {0, 0, 0};
    for (const MatchSuggestion &s : r.suggestions)
        ++byReason[std::clamp(matchReasonCost(s.reason), 0, 2)];
    lines << tr("Same polling station: %1 · same commune: %2 · same department: %3.")
                 .arg(locale.toString(byReason[0]), locale.toString(byReason[1]), locale.toString(byReason[2]));
    return lines.join(u'\n');
}

void ProxySuggestionView::setMessage(const QString &message)
{
    m_message->setText(message);
}

void ProxySuggestionView::updateButtons()
{
    const int checked = m_model->checkedCount();
    const bool any = m_model->rowCount() > 0;
    m_all->setEnabled(any);
    m_none->setEnabled(any);
    m_propose->setEnabled(checked > 0);
    m_keep->setEnabled(checked > 0);
    m_propose->setText(checked > 0 ? tr("Propose selected (%1)").arg(checked) : tr("Propose selected"));
}

} // namespace relais
