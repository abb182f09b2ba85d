#include "PetitionResultsView.h"

#include "AccessScope.h"
#include "ChartScale.h"
#include "FigureTile.h"
#include "FileChooser.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SignatureTableModel.h"
#include "SyncController.h"
#include "ZoneChoices.h"
#include "ZoneTree.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int BarsShown = 10; ///< departments or regions in a bar chart; the rest are summed as "Others"
const QColor LineColor(0x15, 0x65, 0xc0);
const QColor BarColor(0x2e, 0x7d, 0x32);

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QChartView *chartView(QChart *chart, const char *name, QWidget *parent)
{
    chart->legend()->hide();
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

/// Horizontal bars for the counts (most first, shown at the top), the smallest summed as "Others".
void fillBars(QChart *chart, const QList<KeyCount> &counts, const std::function<QString(const QString &)> &label)
{
    clearChart(chart);
    QStringList categories;
    QList<qreal> values;
    qint64 others = 0;
    for (int i = 0; i < counts.size(); ++i) {
        if (i < BarsShown || counts.size() == BarsShown + 1) {
            categories << label(counts.at(i).key);
            values << qreal(counts.at(i).count);
        } else {
            others += counts.at(i).count;
        }
    }
    if (others > 0) {
        categories << PetitionResultsView::tr("Others");
        values << qreal(others);
    }
    // The bar axis lists categories from the bottom up: the largest at the top.
    std::reverse(categories.begin(), categories.end());
    std::reverse(values.begin(), values.end());
    auto *set = new QBarSet(PetitionResultsView::tr("Signatures"));
    set->append(values);
    set->setColor(BarColor);
    set->setBorderColor(BarColor);
    set->setLabelColor(Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    y->setLabelsFont(small);
    y->setTruncateLabels(false); // Qt shortens them to "..." when the chart is first laid out
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    const qreal max = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    x->setRange(0, ChartScale::niceCeiling(max * 1.12)); // room for the labels at the end of the bars
    x->setTickCount(5);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}

QString departmentLabel(const QString &code)
{
    return code.isEmpty() ? PetitionResultsView::tr("Unknown") : ZoneChoices::label(code);
}

QString regionLabel(const QString &code)
{
    return code.isEmpty() ? PetitionResultsView::tr("Unknown") : ZoneChoices::label(code);
}
} // namespace

PetitionResultsView::PetitionResultsView(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_goalBar(new QProgressBar(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_timeChart(new QChart), m_departmentChart(new QChart),
      m_regionChart(new QChart), m_search(new QLineEdit(this)), m_department(new QComboBox(this)),
      m_optin(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_shown(new QLabel(this)),
      m_model(new SignatureTableModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)), m_exportStatus(new QLabel(this)), m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("petitionResults"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    m_title->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(buildCharts());
    split->addWidget(buildTable());
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(buildFigures());
    layout->addWidget(split, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &PetitionResultsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_department, m_optin})
        connect(combo, &QComboBox::currentIndexChanged, this, &PetitionResultsView::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        reload();
        refreshServerStats();
    });
    connect(m_export, &QPushButton::clicked, this, &PetitionResultsView::exportCsv);
    setPetition({});
}

QWidget *PetitionResultsView::buildFigures()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(10);
    m_localTile = new FigureTile(QStringLiteral("local"), tr("Confirmed signatures here"), box);
    m_confirmedTile = new FigureTile(QStringLiteral("confirmed"), tr("Confirmed (server)"), box);
    m_pendingTile = new FigureTile(QStringLiteral("pending"), tr("Awaiting confirmation (server)"), box);
    m_goalTile = new FigureTile(QStringLiteral("goal"), tr("Goal"), box);
    m_goalBar->setObjectName(QStringLiteral("goalBar"));
    m_goalBar->setRange(0, 100);
    m_goalBar->setTextVisible(true);
    if (auto *tileLayout = qobject_cast<QVBoxLayout *>(m_goalTile->layout()))
        tileLayout->addWidget(m_goalBar);
    m_refresh->setObjectName(QStringLiteral("refreshResultsButton"));
    m_refresh->setToolTip(tr("Read the figures again, and the server's totals when connected"));
    const QList<FigureTile *> tiles{m_localTile, m_confirmedTile, m_pendingTile, m_goalTile};
    for (int i = 0; i < tiles.size(); ++i) {
        grid->addWidget(tiles.at(i), 0, i);
        grid->setColumnStretch(i, i == 3 ? 3 : 2);
    }
    grid->addWidget(m_refresh, 0, int(tiles.size()), Qt::AlignBottom);
    return box;
}

QWidget *PetitionResultsView::buildCharts()
{
    m_timeChart->setTitle(tr("Confirmed signatures over time"));
    m_departmentChart->setTitle(tr("By department"));
    m_regionChart->setTitle(tr("By region"));
    auto *places = new QTabWidget(this);
    places->setObjectName(QStringLiteral("placeTabs"));
    places->addTab(chartView(m_departmentChart, "departmentChart", places), tr("Departments"));
    places->addTab(chartView(m_regionChart, "regionChart", places), tr("Regions"));
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chartView(m_timeChart, "timeChart", box), 1);
    layout->addWidget(places, 1);
    return box;
}

QWidget *PetitionResultsView::buildTable()
{
    m_search->setObjectName(QStringLiteral("signatureSearch"));
    m_search->setPlaceholderText(tr("Search names and e-mail addresses"));
    m_search->setClearButtonEnabled(true);
    m_department->setObjectName(QStringLiteral("signatureDepartmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_optin->setObjectName(QStringLiteral("signatureOptinFilter"));
    m_optin->addItem(tr("Newsletter: all"));
    m_optin->addItem(tr("Newsletter: yes"), true);
    m_optin->addItem(tr("Newsletter: no"), false);
    m_optin->setToolTip(tr("Whether the signers ticked the newsletter box"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(QStringLiteral("—")); // the minimum: no bound
        edit->setDate(edit->minimumDate());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("signatureFromDate"));
    m_to->setObjectName(QStringLiteral("signatureToDate"));
    m_from->setToolTip(tr("Confirmed on or after this day (—: no limit)"));
    m_to->setToolTip(tr("Confirmed on or before this day (—: no limit)"));
    m_shown->setObjectName(QStringLiteral("shownCount"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_department);
    filters->addWidget(m_optin);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SignatureTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("signatureTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SignatureTableModel::ConfirmedAt, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SignatureTableModel::Email, QHeaderView::Stretch);
    const QList<std::pair<int, int>> widths{{SignatureTableModel::LastName, 150}, {SignatureTableModel::FirstName, 130},
                                            {SignatureTableModel::PostalCode, 95}, {SignatureTableModel::Department, 60},
                                            {SignatureTableModel::ConfirmedAt, 140}, {SignatureTableModel::Optin, 95}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setForegroundRole(QPalette::PlaceholderText);
    m_exportStatus->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_shown);
    bottom->addWidget(m_exportStatus, 1);
    bottom->addWidget(m_export);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    return box;
}

void PetitionResultsView::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::stateChanged, this, [this] {
            const bool wasUnknown = m_serverConfirmed < 0;
            updateExport();
            if (wasUnknown && m_sync->isOnline())
                refreshServerStats();
        });
        connect(m_sync, &SyncController::accountChanged, this, &PetitionResultsView::updateExport);
    }
    updateExport();
}

void PetitionResultsView::setPetition(const SyncRecord &petition)
{
    const bool other = petition.id != m_petition.id;
    m_petition = petition;
    if (other) {
        m_serverConfirmed = -1;
        m_serverDepartments.clear();
        m_exportStatus->clear();
        const QSignalBlocker a(m_search), b(m_department), c(m_optin), d(m_from), e(m_to);
        m_search->clear();
        m_optin->setCurrentIndex(0);
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_department->clear();
    }
    const QString title = field(petition.data, "title");
    m_title->setText(petition.id.isEmpty() ? tr("No petition selected")
                                           : title.isEmpty() ? tr("(untitled petition)") : title);
    reload();
    if (other)
        refreshServerStats();
}

void PetitionResultsView::reload()
{
    m_filterTimer->stop();
    QList<KeyCount> perDay;
    m_localDepartments.clear();
    m_local = 0;
    if (!m_petition.id.isEmpty() && m_session && m_session->isUnlocked()) {
        const PetitionResults results(m_session->replica()->database(), m_petition.id);
        m_local = std::max<qint64>(0, results.count());
        perDay = results.perDay();
        m_localDepartments = results.perDepartment();
    }
    const QLocale locale;
    m_localTile->setValue(locale.toString(m_local));
    m_localTile->setDetail(tr("in this computer's copy, for your zones"));
    fillTimeChart(perDay);
    fillPlaceCharts();
    fillDepartments();
    if (m_serverConfirmed < 0)
        showServerUnavailable(m_sync && m_sync->isOnline() ? tr("Asking the server…")
                                                           : tr("Connect to see the server's totals"));
    updateGoal();
    updateExport();
    applyFilter();
}

void PetitionResultsView::fillTimeChart(const QList<KeyCount> &perDay)
{
    clearChart(m_timeChart);
    auto *series = new QLineSeries;
    series->setName(tr("Confirmed signatures"));
    series->setColor(LineColor);
    QPen pen = series->pen();
    pen.setWidthF(2.5);
    series->setPen(pen);
    qint64 total = 0;
    QDateTime first, last;
    for (const KeyCount &day : perDay) {
        const QDate date = QDate::fromString(day.key, Qt::ISODate);
        if (!date.isValid())
            continue;
        const QDateTime start = date.startOfDay();
        if (series->count() == 0) {
            series->append(double(start.toMSecsSinceEpoch()), 0);
            first = start;
        }
        total += day.count;
        last = date.addDays(1).startOfDay();
        series->append(double(last.toMSecsSinceEpoch()), double(total)); // the total at the end of the day
    }
    m_timeChart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Total so far"));
    m_timeChart->addAxis(x, Qt::AlignBottom);
    m_timeChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (!first.isValid()) {
        last = QDate::currentDate().addDays(1).startOfDay();
        first = last.addDays(-7);
    }
    x->setRange(first, last);
    x->setTickCount(int(std::clamp<qint64>(first.daysTo(last) + 1, 2, 8)));
    y->setRange(0, ChartScale::niceCeiling(double(total)));
    y->setTickCount(6);
}

void PetitionResultsView::fillPlaceCharts()
{
    qint64 serverTotal = 0;
    for (const KeyCount &d : std::as_const(m_serverDepartments))
        serverTotal += d.count;
    const bool server = serverTotal > m_local;
    const QList<KeyCount> &departments = server ? m_serverDepartments : m_localDepartments;
    m_departmentChart->setTitle(server ? tr("By department (every zone, from the server)") : tr("By department"));
    m_regionChart->setTitle(server ? tr("By region (every zone, from the server)") : tr("By region"));
    fillBars(m_departmentChart, departments, departmentLabel);
    fillBars(m_regionChart, PetitionResults::regionsOf(departments), regionLabel);
}

void PetitionResultsView::fillDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"));
    if (m_petition.id.isEmpty() || !m_session || !m_session->isUnlocked())
        return;
    const QStringList codes = PetitionResults(m_session->replica()->database(), m_petition.id).departments();
    for (const QString &code : codes)
        m_department->addItem(code.isEmpty() ? tr("Unknown department") : ZoneChoices::label(code),
                              code.isEmpty() ? QStringLiteral("-") : code);
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

SignatureFilter PetitionResultsView::filter() const
{
    SignatureFilter f;
    f.text = m_search->text().trimmed();
    f.department = m_department->currentData().toString();
    if (const QVariant optin = m_optin->currentData(); optin.isValid())
        f.optin = optin.toBool();
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    return f;
}

void PetitionResultsView::applyFilter()
{
    m_filterTimer->stop();
    QList<PetitionSignature> rows;
    if (!m_petition.id.isEmpty() && m_session && m_session->isUnlocked())
        rows = PetitionResults(m_session->replica()->database(), m_petition.id).signatures(filter());
    const qint64 shown = rows.size();
    m_model->setSignatures(std::move(rows));
    m_shown->setText(shown == m_local ? tr("%Ln signature(s)", nullptr, int(shown))
                                      : tr("%1 of %Ln signature(s) shown", nullptr, int(m_local)).arg(QLocale().toString(shown)));
}

QAbstractItemModel *PetitionResultsView::tableModel() const
{
    return m_proxy;
}

void PetitionResultsView::showServerUnavailable(const QString &why)
{
    for (FigureTile *t : {m_confirmedTile, m_pendingTile}) {
        t->setValue(QStringLiteral("—"));
        t->setDetail(why);
    }
}

void PetitionResultsView::refreshServerStats()
{
    if (m_petition.id.isEmpty())
        return;
    if (!m_sync || !m_sync->isOnline()) {
        if (m_serverConfirmed < 0)
            showServerUnavailable(tr("Connect to see the server's totals"));
        return;
    }
    if (m_petition.version <= 0) {
        showServerUnavailable(tr("Not on the server yet"));
        return;
    }
    const QString id = m_petition.id;
    m_sync->api(QStringLiteral("GET"), QStringLiteral("/petitions/") + id + QStringLiteral("/stats"), {}, this,
                [this, id](const ApiResult &r) {
                    if (id != m_petition.id)
                        return;
                    if (r.ok())
                        setServerStats(r.body);
                    else if (m_serverConfirmed < 0)
                        showServerUnavailable(r.error);
                });
}

void PetitionResultsView::setServerStats(const QJsonObject &stats)
{
    const QLocale locale;
    m_serverConfirmed = stats.value(QLatin1String("confirmed")).toInteger(0);
    m_confirmedTile->setValue(locale.toString(m_serverConfirmed));
    m_confirmedTile->setDetail(tr("every zone, at %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_pendingTile->setValue(locale.toString(stats.value(QLatin1String("pending")).toInteger(0)));
    m_pendingTile->setDetail(tr("signed, e-mail address not yet confirmed"));
    m_serverDepartments.clear();
    for (const QJsonValue v : stats.value(QLatin1String("departments")).toArray()) {
        const QJsonObject d = v.toObject();
        m_serverDepartments.append(KeyCount{d.value(QLatin1String("department")).toString(), d.value(QLatin1String("confirmed")).toInteger()});
    }
    PetitionResults::sortByCount(m_serverDepartments);
    fillPlaceCharts();
    updateGoal();
}

void PetitionResultsView::updateGoal()
{
    const qint64 goal = m_petition.data.value(QLatin1String("goal")).toInteger(0);
    const qint64 reached = std::max(m_local, m_serverConfirmed);
    const QLocale locale;
    m_goalTile->setValue(goal > 0 ? locale.toString(goal) : tr("None"));
    m_goalBar->setVisible(goal > 0);
    if (goal <= 0) {
        m_goalTile->setDetail(tr("no goal set for this petition"));
        return;
    }
    const int percent = int(std::min<qint64>(100, reached * 100 / goal));
    m_goalBar->setValue(percent);
    m_goalBar->setFormat(QStringLiteral("%1\u00a0%").arg(locale.toString(percent)));
    m_goalTile->setDetail(reached >= goal ? tr("reached: %1 signatures").arg(locale.toString(reached))
                                          : tr("%1 more to go").arg(locale.toString(goal - reached)));
}

int PetitionResultsView::goalPercent() const
{
    return m_goalBar->isHidden() ? -1 : m_goalBar->value();
}

QString PetitionResultsView::figureText(const QString &key) const
{
    const auto *tile = findChild<FigureTile *>(QStringLiteral("tile_") + key);
    return tile ? tile->value() : QString();
}

QString PetitionResultsView::figureDetail(const QString &key) const
{
    const auto *tile = findChild<FigureTile *>(QStringLiteral("tile_") + key);
    return tile ? tile->detail() : QString();
}

bool PetitionResultsView::canExport(QString *why) const
{
    QString reason;
    const QList<Grant> grants = m_sync ? m_sync->accountGrants() : QList<Grant>();
    const bool allowed = std::any_of(grants.cbegin(), grants.cend(),
                                     [](const Grant &g) { return g.features.contains(Feature::ContactsExport); });
    if (m_petition.id.isEmpty())
        reason = tr("Choose a petition first.");
    else if (!allowed)
        reason = tr("Exporting signatures needs the contacts.export permission on at least one zone.");
    else if (!m_sync || !m_sync->isOnline())
        reason = tr("The export goes through the server, which checks your permissions and records it in its audit "
                    "log: connect to the server to export.");
    else if (m_exporting)
        reason = tr("An export is under way.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void PetitionResultsView::updateExport()
{
    QString why;
    const bool can = canExport(&why);
    m_export->setEnabled(can);
    m_export->setToolTip(can ? tr("Download the confirmed signatures you may export as a CSV file; the server records "
                                  "the export in its audit log")
                             : why);
}

void PetitionResultsView::exportCsv()
{
    QString why;
    if (!canExport(&why)) {
        m_exportStatus->setText(why);
        Q_EMIT exportFinished(false, why);
        return;
    }
    m_exporting = true;
    updateExport();
    m_exportStatus->setText(tr("Downloading the signatures from the server…"));
    const QString id = m_petition.id;
    m_sync->apiDownload(QStringLiteral("/petitions/") + id + QStringLiteral("/signatures.csv"), this,
                        [this](const ApiResult &r) {
                            m_exporting = false;
                            updateExport();
                            QString message;
                            bool ok = false;
                            if (!r.ok())
                                message = r.httpStatus == 403 ? tr("The server refused the export: you may export the "
                                                                   "signatures of none of your zones.")
                                                              : tr("The export failed: %1").arg(r.error);
                            else
                                ok = saveExport(r.data, &message);
                            m_exportStatus->setText(message);
                            Q_EMIT exportFinished(ok, message);
                        });
}

bool PetitionResultsView::saveExport(const QByteArray &csv, QString *message)
{
    QString slug = field(m_petition.data, "slug");
    if (slug.isEmpty())
        slug = QStringLiteral("petition");
    const QString suggested = QDir::home().filePath(tr("signatures-%1.csv").arg(slug));
    const QString fileName = FileChooser::saveFileName(this, tr("Export the signatures"), suggested,
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
    *message = tr("%Ln signature(s) saved to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(fileName));
    return true;
}

} // namespace relais
