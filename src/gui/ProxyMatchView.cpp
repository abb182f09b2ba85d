#include "ProxyMatchView.h"

#include "ContactJson.h"
#include "PhoneNumber.h"
#include "ProxyBoard.h"
#include "ProxyMatchModel.h"
#include "ProxyMatchTerms.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relais {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Rows of "label: value" for the values that are not empty.
QString rows(const QList<std::pair<QString, QString>> &pairs)
{
    QString html;
    for (const auto &[label, value] : pairs)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
    return QStringLiteral("<table>") + html + QStringLiteral("</table>");
}

QString dateOf(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : isoDate;
}
} // namespace

ProxyMatchView::ProxyMatchView(QWidget *parent)
    : QWidget(parent), m_model(new ProxyMatchModel(this)), m_status(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_table(new QTableView(this)), m_details(new QTextBrowser(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("proxyMatches"));
    m_status->setObjectName(QStringLiteral("matchStatusFilter"));
    m_status->addItem(tr("Holding a slot"), ProxyMatchModel::LiveFilter);
    m_status->addItem(tr("Every status"), ProxyMatchModel::AllFilter);
    for (const QString &s : ProxyMatchTerms::statuses())
        m_status->addItem(ProxyMatchTerms::label(s), s);
    m_status->setToolTip(tr("Suggested, proposed, accepted, confirmed and done matches hold the request's round and a "
                            "place of the mandataire"));
    m_text->setObjectName(QStringLiteral("matchFilter"));
    m_text->setPlaceholderText(tr("Filter by name…"));
    m_text->setClearButtonEnabled(true);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(ProxyMatchModel::SortRole);
    sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("matchTable"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProxyMatchModel::MandantColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_details->setObjectName(QStringLiteral("matchDetails"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);

    auto *actions = new QHBoxLayout;
    for (const QString &s : {ProxyMatchTerms::Proposed, ProxyMatchTerms::Accepted, ProxyMatchTerms::Declined,
                             ProxyMatchTerms::Confirmed, ProxyMatchTerms::Done, ProxyMatchTerms::Cancelled}) {
        auto *button = new QPushButton(ProxyMatchTerms::action(s), this);
        button->setObjectName(QStringLiteral("matchAction_") + s);
        connect(button, &QPushButton::clicked, this, [this, s] { Q_EMIT moveRequested(selectedIds(), s); });
        m_actions.insert(s, button);
        actions->addWidget(button);
    }
    m_actions.value(ProxyMatchTerms::Proposed)->setToolTip(tr("The server e-mails the mandataire a link to accept or decline"));
    m_actions.value(ProxyMatchTerms::Accepted)->setToolTip(tr("The mandataire said yes (on the phone, say): the server "
                                                              "e-mails the mandant what the official form needs"));
    m_actions.value(ProxyMatchTerms::Confirmed)->setToolTip(tr("The procuration is established"));
    m_actions.value(ProxyMatchTerms::Cancelled)->setToolTip(tr("Ends the match and frees the slot"));
    actions->addStretch(1);
    m_message->setObjectName(QStringLiteral("matchMessage"));
    m_message->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_details);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ProxyMatchView::refill);
    connect(m_text, &QLineEdit::textChanged, this, &ProxyMatchView::refill);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProxyMatchView::updateDetails);
    updateDetails();
}

void ProxyMatchView::setBoard(const ProxyBoard *board, const QString &zone)
{
    m_board = board;
    m_zone = zone;
    refill();
}

void ProxyMatchView::refill()
{
    const QStringList selected = selectedIds();
    m_model->setBoard(m_board, m_zone, m_status->currentData().toString(), m_text->text());
    m_table->resizeColumnsToContents();
    select(selected);
    updateDetails();
}

QStringList ProxyMatchView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ProxyMatchModel::IdRole).toString();
    return ids;
}

void ProxyMatchView::select(const QStringList &ids)
{
    QItemSelection selection;
    const auto *sorted = static_cast<const QSortFilterProxyModel *>(m_table->model());
    for (const QString &id : ids)
        if (const int row = m_model->rowOf(id); row >= 0) {
            const QModelIndex index = sorted->mapFromSource(m_model->index(row, 0));
            selection.select(index, index);
        }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ProxyMatchView::setMessage(const QString &message)
{
    m_message->setText(message);
}

void ProxyMatchView::updateDetails()
{
    const QStringList ids = selectedIds();
    QStringList statuses;
    for (const QString &id : ids)
        if (const ProxyMatchRecord *m = m_board ? m_board->match(id) : nullptr)
            statuses << m->status;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(!statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [&](const QString &s) {
                                   return ProxyMatchTerms::allowed(s, it.key());
                               }));
    const ProxyMatchRecord *m = ids.size() == 1 && m_board ? m_board->match(ids.first()) : nullptr;
    if (!m) {
        m_details->setHtml(ids.size() > 1 ? esc(tr("%n matches selected.", nullptr, int(ids.size())))
                                          : esc(tr("Select a match to see its details and history.")));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(esc(tr("Round %1").arg(m->round)), esc(ProxyMatchTerms::label(m->status)),
                            esc(ProxyMatchTerms::reasonLabel(m->reason)));
    if (const ProxyPerson *r = m_board->request(m->requestId))
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Mandant: %1").arg(r->name())))
            + rows({{tr("E-mail"), r->email}, {tr("Phone"), PhoneNumber::format(r->phone)},
                    {tr("Commune"), QString(r->postalCode + u' ' + r->commune).trimmed()},
                    {tr("Polling station"), r->pollingStation}, {tr("Abroad"), r->abroad ? tr("Yes") : QString()}});
    if (const ProxyPerson *o = m_board->offer(m->offerId))
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Mandataire: %1").arg(o->name())))
            + rows({{tr("E-mail"), o->email}, {tr("Phone"), PhoneNumber::format(o->phone)},
                    {tr("Commune"), QString(o->postalCode + u' ' + o->commune).trimmed()},
                    {tr("Born on"), dateOf(o->birthDate)}, {tr("Voter number"), o->voterNumber}});
    if (!m->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(m->note));
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("History")));
    if (m->history.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(m->record.dirty ? tr("Not yet on the server.") : tr("No history yet.")));
    } else {
        QString items;
        for (const QJsonValue &v : m->history) {
            const QJsonObject h = v.toObject();
            const QDateTime at = ContactJson::fromIso(h.value(QLatin1String("at")).toString());
            const QString by = h.value(QLatin1String("by")).toString();
            items += QStringLiteral("<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td></tr>")
                         .arg(esc(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString()),
                              esc(by.isEmpty() ? ProxyMatchTerms::label(h.value(QLatin1String("status")).toString())
                                               : tr("%1, by %2").arg(ProxyMatchTerms::label(h.value(QLatin1String("status")).toString()), by)));
        }
        html += QStringLiteral("<table>") + items + QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

} // namespace relais
