#include "CallLiveView.h"

#include "AccessScope.h"
#include "ChartScale.h"
#include "ContactJson.h"
#include "FigureTile.h"
#include "FileChooser.h"
#include "ProfileSession.h"
#include "SyncController.h"
#include "ZoneTree.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyle>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int HoursShown = 36; ///< the most recent hours in the chart
const QColor CompletedColor(0x2e, 0x7d, 0x32);
const QColor OtherColor(0x90, 0xa4, 0xae);
const QColor OutcomeColor(0x15, 0x65, 0xc0);

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger(0);
}

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QChartView *chartView(QChart *chart, const char *name, QWidget *parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

/// A table cell holding a number, sorted as one.
QTableWidgetItem *numberItem(qint64 n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

QStringList CallLiveView::outcomes()
{
    return {QStringLiteral("completed"), QStringLiteral("no_answer"), QStringLiteral("busy"), QStringLiteral("voicemail"),
            QStringLiteral("wrong_number"), QStringLiteral("callback"), QStringLiteral("refused"),
            QStringLiteral("do_not_call")};
}

QString CallLiveView::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("completed"))
        return tr("Completed");
    if (outcome == QLatin1String("no_answer"))
        return tr("No answer");
    if (outcome == QLatin1String("busy"))
        return tr("Busy");
    if (outcome == QLatin1String("voicemail"))
        return tr("Voicemail");
    if (outcome == QLatin1String("wrong_number"))
        return tr("Wrong number");
    if (outcome == QLatin1String("callback"))
        return tr("Call back later");
    if (outcome == QLatin1String("refused"))
        return tr("Refused");
    if (outcome == QLatin1String("do_not_call"))
        return tr("Do not call");
    return outcome;
}

CallLiveView::CallLiveView(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_updated(new QLabel(this)),
      m_goalBar(new QProgressBar(this)), m_hourlyChart(new QChart), m_outcomeChart(new QChart),
      m_volunteers(new QTableWidget(0, 5, this)), m_survey(new QTreeWidget(this)),
      m_export(new QPushButton(tr("Export answers (CSV)…"), this)), m_exportStatus(new QLabel(this)),
      m_uses(new QSpinBox(this)), m_days(new QSpinBox(this)), m_invite(new QPushButton(tr("Invitation code"), this)),
      m_code(new QLabel(this)), m_copyCode(new QToolButton(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("callLiveView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("liveTitle"));
    m_title->setWordWrap(true);
    m_updated->setObjectName(QStringLiteral("liveUpdated"));
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_updated, 0, Qt::AlignBottom);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildCharts());
    split->addWidget(buildDetails());
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(buildFigures());
    layout->addWidget(split, 1);
    layout->addWidget(buildActions());

    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &CallLiveView::refresh);
    connect(m_export, &QPushButton::clicked, this, &CallLiveView::exportCsv);
    connect(m_invite, &QPushButton::clicked, this, &CallLiveView::createInvitation);
    connect(m_copyCode, &QToolButton::clicked, this, [this] {
        if (!invitationCode().isEmpty())
            QApplication::clipboard()->setText(invitationCode());
    });
    setCampaign({});
}

QWidget *CallLiveView::buildFigures()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(10);
    m_callsTile = new FigureTile(QStringLiteral("calls"), tr("Calls made"), box);
    m_completedTile = new FigureTile(QStringLiteral("completed"), tr("Completed calls"), box);
    m_poolTile = new FigureTile(QStringLiteral("pool"), tr("Left to call"), box);
    m_leasedTile = new FigureTile(QStringLiteral("leased"), tr("With volunteers now"), box);
    m_goalBar->setObjectName(QStringLiteral("callGoalBar"));
    m_goalBar->setRange(0, 100);
    if (auto *tileLayout = qobject_cast<QVBoxLayout *>(m_completedTile->layout()))
        tileLayout->addWidget(m_goalBar);
    const QList<FigureTile *> tiles{m_callsTile, m_completedTile, m_poolTile, m_leasedTile};
    for (int i = 0; i < tiles.size(); ++i) {
        grid->addWidget(tiles.at(i), 0, i);
        grid->setColumnStretch(i, i == 1 ? 3 : 2);
    }
    return box;
}

QWidget *CallLiveView::buildCharts()
{
    m_hourlyChart->setTitle(tr("Calls per hour"));
    m_outcomeChart->setTitle(tr("Outcomes"));
    m_outcomeChart->legend()->hide();
    m_hourlyChart->legend()->setAlignment(Qt::AlignBottom);
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chartView(m_hourlyChart, "hourlyChart", box), 3);
    layout->addWidget(chartView(m_outcomeChart, "outcomeChart", box), 2);
    return box;
}

QWidget *CallLiveView::buildDetails()
{
    m_volunteers->setObjectName(QStringLiteral("volunteerTable"));
    m_volunteers->setHorizontalHeaderLabels({tr("Volunteer"), tr("Calls"), tr("Completed"), tr("In hand"), tr("Share")});
    m_volunteers->verticalHeader()->hide();
    m_volunteers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volunteers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volunteers->setAlternatingRowColors(true);
    m_volunteers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_volunteers->setColumnWidth(c, 85);
    m_volunteers->setColumnWidth(4, 130);
    m_volunteers->verticalHeader()->setDefaultSectionSize(m_volunteers->fontMetrics().height() + 10);

    m_survey->setObjectName(QStringLiteral("surveyTree"));
    m_survey->setColumnCount(3);
    m_survey->setHeaderLabels({tr("Survey answers"), tr("Answers"), tr("Share")});
    m_survey->setRootIsDecorated(true);
    m_survey->setUniformRowHeights(true);
    m_survey->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 0px; }")); // room for the share bars
    m_survey->header()->setStretchLastSection(false);
    m_survey->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_survey->setColumnWidth(1, 80);
    m_survey->setColumnWidth(2, 130);

    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_volunteers, 1);
    layout->addWidget(m_survey, 1);
    return box;
}

QWidget *CallLiveView::buildActions()
{
    m_export->setObjectName(QStringLiteral("exportAnswersButton"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setForegroundRole(QPalette::PlaceholderText);
    m_exportStatus->setWordWrap(true);
    m_uses->setObjectName(QStringLiteral("invitationUses"));
    m_uses->setRange(1, 500);
    m_uses->setValue(20);
    m_uses->setSuffix(tr(" uses"));
    m_uses->setToolTip(tr("How many volunteers may join with the code"));
    m_days->setObjectName(QStringLiteral("invitationDays"));
    m_days->setRange(1, 90);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("How long the code works"));
    m_invite->setObjectName(QStringLiteral("invitationButton"));
    m_code->setObjectName(QStringLiteral("invitationCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setWordWrap(true);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCode->setText(tr("Copy"));
    m_copyCode->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyCode->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyCode->hide();

    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_uses);
    layout->addWidget(m_days);
    layout->addWidget(m_invite);
    layout->addWidget(m_code, 2);
    layout->addWidget(m_copyCode);
    layout->addSpacing(16);
    layout->addWidget(m_exportStatus, 1);
    layout->addWidget(m_export);
    return box;
}

void CallLiveView::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::stateChanged, this, [this] {
            updatePolling();
            updateActions();
        });
        connect(m_sync, &SyncController::accountChanged, this, &CallLiveView::updateActions);
    }
    updatePolling();
    updateActions();
}

void CallLiveView::setCampaign(const SyncRecord &campaign)
{
    const bool other = campaign.id != m_campaign.id;
    m_campaign = campaign;
    const QString name = field(campaign.data, "name");
    m_title->setText(campaign.id.isEmpty() ? tr("No campaign selected") : name.isEmpty() ? tr("(unnamed campaign)") : name);
    if (other) {
        m_hasStats = false;
        m_code->clear();
        m_copyCode->hide();
        m_exportStatus->clear();
        clearFigures(campaign.id.isEmpty() ? QString()
                     : campaign.version <= 0 ? tr("Not on the server yet")
                     : m_sync && m_sync->isOnline() ? tr("Asking the server…")
                                                    : tr("Connect to see the campaign live"));
        refresh();
    }
    updatePolling();
    updateActions();
}

void CallLiveView::clearFigures(const QString &why)
{
    for (FigureTile *t : {m_callsTile, m_completedTile, m_poolTile, m_leasedTile}) {
        t->setValue(QStringLiteral("—"));
        t->setDetail(why);
    }
    m_goalBar->hide();
    m_updated->clear();
    fillHourly({});
    fillOutcomes({});
    fillVolunteers({});
    fillSurvey({});
}

bool CallLiveView::isPolling() const
{
    return m_poll->isActive();
}

void CallLiveView::updatePolling()
{
    const bool poll = isVisible() && !m_campaign.id.isEmpty() && m_campaign.version > 0 && m_sync && m_sync->isOnline();
    if (poll && !m_poll->isActive()) {
        m_poll->start();
        refresh();
    } else if (!poll) {
        m_poll->stop();
    }
}

void CallLiveView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePolling();
}

void CallLiveView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

void CallLiveView::refresh()
{
    if (m_campaign.id.isEmpty() || m_campaign.version <= 0 || !m_sync || !m_sync->isOnline() || m_asking)
        return;
    m_asking = true;
    const QString id = m_campaign.id;
    m_sync->api(QStringLiteral("GET"), QStringLiteral("/calls/campaigns/") + id + QStringLiteral("/stats"), {}, this,
                [this, id](const ApiResult &r) {
                    m_asking = false;
                    if (id != m_campaign.id)
                        return;
                    if (r.ok())
                        setStats(r.body);
                    else if (!m_hasStats)
                        clearFigures(r.httpStatus == 403 ? tr("Only organisers of this zone see its figures")
                                                         : r.error);
                    else
                        m_updated->setText(tr("Not updated: %1").arg(r.error));
                });
}

void CallLiveView::setStats(const QJsonObject &stats)
{
    m_hasStats = true;
    const QLocale locale;
    const qint64 calls = number(stats, "calls");
    const qint64 completed = number(stats, "completed");
    const qint64 goal = stats.contains(QLatin1String("goal")) ? number(stats, "goal")
                                                              : m_campaign.data.value(QLatin1String("goal")).toInteger(0);
    const qint64 targets = number(stats, "targets");
    m_callsTile->setValue(locale.toString(calls));
    m_callsTile->setDetail(calls > 0 ? tr("%1 % reached someone").arg(locale.toString(completed * 100 / calls))
                                     : tr("no call yet"));
    m_completedTile->setValue(locale.toString(completed));
    m_goalBar->setVisible(goal > 0);
    if (goal > 0) {
        const int percent = int(std::min<qint64>(100, completed * 100 / goal));
        m_goalBar->setValue(percent);
        m_goalBar->setFormat(QStringLiteral("%1\u00a0%").arg(locale.toString(percent)));
        m_completedTile->setDetail(completed >= goal ? tr("goal of %1 reached").arg(locale.toString(goal))
                                                     : tr("of a goal of %1").arg(locale.toString(goal)));
    } else {
        m_completedTile->setDetail(tr("no goal set"));
    }
    m_poolTile->setValue(locale.toString(number(stats, "pool")));
    m_poolTile->setDetail(tr("of %1 people; %2 done").arg(locale.toString(targets), locale.toString(number(stats, "done"))));
    m_leasedTile->setValue(locale.toString(number(stats, "leased")));
    const QJsonArray volunteers = stats.value(QLatin1String("volunteers")).toArray();
    qsizetype active = 0;
    for (const QJsonValue &v : volunteers)
        if (number(v.toObject(), "leased") > 0)
            ++active;
    m_leasedTile->setDetail(tr("%Ln volunteer(s) calling", nullptr, int(active)));
    m_updated->setText(tr("Updated at %1").arg(locale.toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
    fillHourly(stats.value(QLatin1String("hourly")).toArray());
    fillOutcomes(stats.value(QLatin1String("outcomes")).toObject());
    fillVolunteers(volunteers);
    fillSurvey(stats.value(QLatin1String("survey")).toArray());
}

void CallLiveView::fillHourly(const QJsonArray &hourly)
{
    clearChart(m_hourlyChart);
    QList<std::pair<QDateTime, QJsonObject>> points;
    for (const QJsonValue &v : hourly) {
        const QJsonObject p = v.toObject();
        const QDateTime at = ContactJson::fromIso(field(p, "at"));
        if (at.isValid())
            points.append({at.toLocalTime(), p});
    }
    std::sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (points.size() > HoursShown)
        points = points.mid(points.size() - HoursShown);
    const bool oneDay = points.isEmpty() || points.first().first.date() == points.last().first.date();
    QStringList categories;
    auto *completed = new QBarSet(tr("Completed"));
    auto *others = new QBarSet(tr("Other outcomes"));
    completed->setColor(CompletedColor);
    completed->setBorderColor(CompletedColor);
    others->setColor(OtherColor);
    others->setBorderColor(OtherColor);
    qint64 max = 0;
    for (const auto &[at, p] : std::as_const(points)) {
        categories << at.toString(oneDay ? QStringLiteral("HH'h'") : QStringLiteral("ddd HH'h'"));
        const qint64 calls = number(p, "calls");
        const qint64 done = std::min(calls, number(p, "completed"));
        completed->append(qreal(done));
        others->append(qreal(calls - done));
        max = std::max(max, calls);
    }
    auto *series = new QStackedBarSeries;
    series->append(completed);
    series->append(others);
    series->setBarWidth(0.8);
    m_hourlyChart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setGridLineVisible(false);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    if (categories.size() > 12)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, ChartScale::niceCeiling(double(max)));
    y->setTickCount(6);
    m_hourlyChart->addAxis(x, Qt::AlignBottom);
    m_hourlyChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void CallLiveView::fillOutcomes(const QJsonObject &counts)
{
    clearChart(m_outcomeChart);
    QStringList categories;
    QList<qreal> values;
    const QStringList order = outcomes();
    // From the bottom up: the first outcome at the top.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        categories << outcomeText(*it);
        values << qreal(counts.value(*it).toInteger(0));
    }
    auto *set = new QBarSet(tr("Calls"));
    set->append(values);
    set->setColor(OutcomeColor);
    set->setBorderColor(OutcomeColor);
    set->setLabelColor(Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_outcomeChart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    y->setTruncateLabels(false);
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    y->setLabelsFont(small);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    const qreal max = *std::max_element(values.cbegin(), values.cend());
    x->setRange(0, ChartScale::niceCeiling(max * 1.1)); // room for the labels at the end of the bars
    x->setTickCount(5);
    m_outcomeChart->addAxis(y, Qt::AlignLeft);
    m_outcomeChart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

void CallLiveView::fillVolunteers(const QJsonArray &volunteers)
{
    QList<QJsonObject> rows;
    qint64 total = 0;
    for (const QJsonValue &v : volunteers) {
        rows << v.toObject();
        total += number(rows.last(), "calls");
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return number(a, "calls") > number(b, "calls"); });
    m_volunteers->setSortingEnabled(false);
    m_volunteers->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject &v = rows.at(r);
        const QString display = field(v, "display_name");
        const QString user = field(v, "username");
        auto *name = new QTableWidgetItem(display.isEmpty() ? user : display);
        name->setData(Qt::UserRole, user);
        name->setToolTip(user);
        m_volunteers->setItem(r, 0, name);
        m_volunteers->setItem(r, 1, numberItem(number(v, "calls")));
        m_volunteers->setItem(r, 2, numberItem(number(v, "completed")));
        m_volunteers->setItem(r, 3, numberItem(number(v, "leased")));
        auto *bar = new QProgressBar(m_volunteers);
        bar->setRange(0, 100);
        bar->setValue(total > 0 ? int(number(v, "calls") * 100 / total) : 0);
        bar->setFormat(QStringLiteral("%p\u00a0%"));
        bar->setToolTip(tr("Share of all the campaign's calls"));
        m_volunteers->setCellWidget(r, 4, bar);
    }
}

void CallLiveView::fillSurvey(const QJsonArray &survey)
{
    m_survey->clear();
    const QLocale locale;
    for (const QJsonValue &v : survey) {
        const QJsonObject q = v.toObject();
        auto *question = new QTreeWidgetItem(m_survey, {field(q, "question")});
        question->setData(0, Qt::UserRole, field(q, "id"));
        QFont bold = question->font(0);
        bold.setBold(true);
        question->setFont(0, bold);
        question->setFirstColumnSpanned(false);
        if (field(q, "kind") == QLatin1String("text")) {
            const qint64 texts = number(q, "texts");
            question->setText(2, tr("%Ln written answer(s)", nullptr, int(texts)));
            continue;
        }
        const QJsonObject answers = q.value(QLatin1String("answers")).toObject();
        qint64 total = 0;
        QList<std::pair<QString, qint64>> counts;
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            counts.append({it.key(), it.value().toInteger(0)});
            total += it.value().toInteger(0);
        }
        std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        question->setText(1, locale.toString(total));
        question->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const auto &[choice, n] : std::as_const(counts)) {
            auto *item = new QTreeWidgetItem(question, {choice, locale.toString(n)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(1, Qt::UserRole, n);
            auto *bar = new QProgressBar(m_survey);
            bar->setRange(0, 100);
            bar->setValue(total > 0 ? int(n * 100 / total) : 0);
            bar->setFormat(QStringLiteral("%p\u00a0%"));
            bar->setMaximumHeight(m_survey->fontMetrics().height() + 4);
            m_survey->setItemWidget(item, 2, bar);
        }
        question->setExpanded(true);
    }
}

QString CallLiveView::figureText(const QString &key) const
{
    const auto *tile = findChild<FigureTile *>(QStringLiteral("tile_") + key);
    return tile ? tile->value() : QString();
}

QString CallLiveView::figureDetail(const QString &key) const
{
    const auto *tile = findChild<FigureTile *>(QStringLiteral("tile_") + key);
    return tile ? tile->detail() : QString();
}

bool CallLiveView::canExport(QString *why) const
{
    QString reason;
    const AccessScope scope(m_sync ? m_sync->accountGrants() : QList<Grant>(), ZoneTree::france());
    if (m_campaign.id.isEmpty())
        reason = tr("Choose a campaign first.");
    else if (!scope.allows(Feature::ContactsExport, m_campaign.zone))
        reason = tr("Exporting the answers needs the contacts.export permission on the campaign's zone.");
    else if (!m_sync || !m_sync->isOnline())
        reason = tr("The export goes through the server, which checks your permissions and records it in its audit "
                    "log: connect to the server to export.");
    else if (m_exporting)
        reason = tr("An export is under way.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void CallLiveView::updateActions()
{
    QString why;
    const bool can = canExport(&why);
    m_export->setEnabled(can);
    m_export->setToolTip(can ? tr("Download the results with the contacts' names, phones and answers as a CSV file; "
                                  "the server records the export in its audit log")
                             : why);
    const bool online = m_sync && m_sync->isOnline() && !m_campaign.id.isEmpty() && m_campaign.version > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_invite, m_uses, m_days})
        w->setEnabled(online);
    m_invite->setToolTip(online ? tr("Create a code volunteers type in Relais to join this campaign's team")
                                : tr("Invitation codes come from the server: connect, and sync the campaign first"));
}

void CallLiveView::exportCsv()
{
    QString why;
    if (!canExport(&why)) {
        m_exportStatus->setText(why);
        Q_EMIT exportFinished(false, why);
        return;
    }
    m_exporting = true;
    updateActions();
    m_exportStatus->setText(tr("Downloading the answers from the server…"));
    m_sync->apiDownload(QStringLiteral("/calls/campaigns/") + m_campaign.id + QStringLiteral("/answers.csv"), this,
                        [this](const ApiResult &r) {
                            m_exporting = false;
                            updateActions();
                            QString message;
                            bool ok = false;
                            if (!r.ok())
                                message = r.httpStatus == 403
                                    ? tr("The server refused the export: it needs calls.manage and contacts.export on "
                                         "the campaign's zone.")
                                    : tr("The export failed: %1").arg(r.error);
                            else
                                ok = saveExport(r.data, &message);
                            m_exportStatus->setText(message);
                            Q_EMIT exportFinished(ok, message);
                        });
}

bool CallLiveView::saveExport(const QByteArray &csv, QString *message)
{
    const QString suggested = QDir::home().filePath(
        tr("call-answers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString fileName = FileChooser::saveFileName(this, tr("Export the answers"), suggested,
                                                       tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty()) {
        *message = QString();
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *message = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    const qint64 rows = std::max<qint64>(0, csv.count('\n') - (csv.endsWith('\n') ? 1 : 0));
    *message = tr("%Ln result(s) saved to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(fileName));
    return true;
}

void CallLiveView::createInvitation()
{
    if (m_campaign.id.isEmpty() || !m_sync || !m_sync->isOnline())
        return;
    m_invite->setEnabled(false);
    m_code->setText(tr("Asking the server…"));
    const QString id = m_campaign.id;
    m_sync->api(QStringLiteral("POST"), QStringLiteral("/calls/campaigns/") + id + QStringLiteral("/invitations"),
                QJsonObject{{QStringLiteral("uses"), m_uses->value()}, {QStringLiteral("days"), m_days->value()}}, this,
                [this, id](const ApiResult &r) {
                    updateActions();
                    if (id != m_campaign.id)
                        return;
                    if (r.ok())
                        showInvitation(r.body);
                    else
                        m_code->setText(tr("No code: %1").arg(r.error));
                });
}

void CallLiveView::showInvitation(const QJsonObject &answer)
{
    const QString code = field(answer, "code");
    if (code.isEmpty()) {
        m_code->setText(tr("The server sent no code."));
        m_copyCode->hide();
        return;
    }
    const QDateTime expires = ContactJson::fromIso(field(answer, "expires_at"));
    m_code->setProperty("code", code);
    m_code->setText(tr("<b style=\"font-family: monospace; font-size: large\">%1</b> — valid until %2; shown only "
                       "once, write it down")
                        .arg(code.toHtmlEscaped(),
                             expires.isValid() ? QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat)
                                               : tr("(unknown)")));
    m_copyCode->show();
}

QString CallLiveView::invitationCode() const
{
    return m_copyCode->isHidden() ? QString() : m_code->property("code").toString();
}

} // namespace relais
