#include "ProxyListPanel.h"

#include "ProxyPersonFilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace relais {

ProxyListPanel::ProxyListPanel(const QString &name, const QString &title, ProxyPersonModel *model,
                               const QList<std::pair<ProxyPersonModel::State, QString>> &states, QWidget *parent)
    : QGroupBox(title, parent), m_model(model), m_filter(new ProxyPersonFilter(model, this)),
      m_text(new QLineEdit(this)), m_state(new QComboBox(this)), m_round(new QComboBox(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Box"));
    m_text->setObjectName(name + QStringLiteral("Filter"));
    m_text->setPlaceholderText(tr("Filter: name, commune, polling station…"));
    m_text->setClearButtonEnabled(true);
    m_state->setObjectName(name + QStringLiteral("State"));
    for (const auto &[state, label] : states)
        m_state->addItem(label, int(state));
    m_round->setObjectName(name + QStringLiteral("Round"));
    m_round->addItem(tr("Any round"), 0);
    m_round->addItem(tr("Round 1"), 1);
    m_round->addItem(tr("Round 2"), 2);
    m_count->setObjectName(name + QStringLiteral("Count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_round);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(ProxyPersonModel::State(m_state->currentData().toInt()));
        updateCount();
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRound(m_round->currentData().toInt());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProxyListPanel::selectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        // Names, communes and per-round states in full; the last column takes what is left.
        m_table->resizeColumnsToContents();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProxyListPanel::updateCount);
    updateCount();
}

QString ProxyListPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProxyPersonModel::IdRole).toString();
}

void ProxyListPanel::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ProxyListPanel::setZone(const QString &zone)
{
    m_filter->setZone(zone);
    updateCount();
}

void ProxyListPanel::setTwoRounds(bool twoRounds, int round2Column)
{
    m_round->setVisible(twoRounds);
    if (!twoRounds)
        m_round->setCurrentIndex(0);
    m_table->setColumnHidden(round2Column, !twoRounds);
}

void ProxyListPanel::updateCount()
{
    m_count->setText(tr("%n shown", nullptr, m_filter->rowCount()));
}

} // namespace relais
