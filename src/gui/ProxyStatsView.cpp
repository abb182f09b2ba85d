#include "ProxyStatsView.h"

#include "ProxyBoard.h"
#include "ProxyMatchTerms.h"
#include "ZoneChoices.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace relais {

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
using Figures = std::array<int, ProxyStatsView::ColumnCount>;

Figures figuresOf(const ProxyBoard &board, const QString &department)
{
    Figures f{};
    for (const ProxyPerson &r : board.requests()) {
        if (r.zone != department || !r.isOpen())
            continue;
        ++f[ProxyStatsView::RequestsColumn];
        for (int round = 1; round <= 2; ++round) {
            if (!(r.rounds & roundBit(round)))
                continue;
            ++f[ProxyStatsView::WantedColumn];
            const ProxyMatchRecord *m = board.liveMatch(r.id, round);
            if (!m)
                ++f[ProxyStatsView::ToMatchColumn];
            else if (ProxyMatchTerms::isServed(m->status))
                ++f[ProxyStatsView::ServedColumn];
            else if (m->status == ProxyMatchTerms::Suggested)
                ++f[ProxyStatsView::SuggestedColumn];
            else
                ++f[ProxyStatsView::PendingColumn];
        }
    }
    for (const ProxyPerson &o : board.offers()) {
        if (o.zone != department || !o.isOpen())
            continue;
        ++f[ProxyStatsView::OffersColumn];
        if (board.placesLeft(o, 1, true) > 0 || board.placesLeft(o, 2, true) > 0)
            ++f[ProxyStatsView::PlacesLeftColumn];
    }
    return f;
}
} // namespace

ProxyStatsView::ProxyStatsView(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("proxyStats"));
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    m_intro->setText(tr("Request-rounds: each round a mandant asks for is one procuration to find. Served: confirmed "
                        "or done. Pending: proposed to the mandataire or accepted, not yet confirmed."));
    m_table->setObjectName(QStringLiteral("proxyStatsTable"));
    m_table->setHorizontalHeaderLabels({tr("Department"), tr("Requests"), tr("Request-rounds"), tr("Served"),
                                        tr("Pending"), tr("Suggested"), tr("To match"), tr("Offers"),
                                        tr("Offers with places left")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(DepartmentColumn, QHeaderView::Stretch);
    for (int c = RequestsColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
}

void ProxyStatsView::setBoard(const ProxyBoard *board, const QString &zone)
{
    const QStringList departments = board ? board->departments(zone) : QStringList();
    QList<std::pair<QString, Figures>> rows;
    Figures total{};
    for (const QString &d : departments) {
        rows.append({d, figuresOf(*board, d)});
        for (int c = RequestsColumn; c < ColumnCount; ++c)
            total[std::size_t(c)] += rows.last().second[std::size_t(c)];
    }
    if (rows.size() > 1)
        rows.append({QString(), total});
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[code, figures] = rows.at(row);
        auto *name = new QTableWidgetItem(code.isEmpty() ? tr("Total") : ZoneChoices::label(code));
        name->setData(CodeRole, code);
        QFont bold = name->font();
        bold.setBold(code.isEmpty());
        name->setFont(bold);
        m_table->setItem(row, DepartmentColumn, name);
        for (int c = RequestsColumn; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(locale.toString(figures[std::size_t(c)]));
            item->setData(ValueRole, figures[std::size_t(c)]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(bold);
            m_table->setItem(row, c, item);
        }
    }
}

int ProxyStatsView::figure(const QString &department, Column column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, DepartmentColumn)->data(CodeRole).toString() == department)
            return m_table->item(row, column)->data(ValueRole).toInt();
    return -1;
}

} // namespace relais
