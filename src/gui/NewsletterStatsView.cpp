#include "NewsletterStatsView.h"

#include "ChartScale.h"
#include "FigureTile.h"
#include "NewsletterStatus.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace relais {

namespace {
qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger(0);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    const double p = 100.0 * double(part) / double(whole);
    return QLocale().toString(p, 'f', p > 0 && p < 10 ? 1 : 0) + QStringLiteral("\u00a0%");
}

} // namespace

NewsletterStatsView::NewsletterStatsView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_note(new QLabel(this)), m_updated(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_chart(new QChart), m_chartView(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("newsletterStats"));
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_summary->setFont(f);
    m_note->setObjectName(QStringLiteral("trackingNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Opens and clicks are not tracked for your organisation, so they are not counted here."));
    m_note->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c36c; border-radius: 4px;"
                                         " padding: 6px 8px; color: #4d3b00; }"));
    m_note->hide();
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setObjectName(QStringLiteral("refreshStatsButton"));
    m_refresh->setToolTip(tr("Read the latest figures from the server"));
    connect(m_refresh, &QPushButton::clicked, this, &NewsletterStatsView::refreshRequested);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    const QList<std::pair<QString, QString>> tiles{
        {QStringLiteral("sent"), tr("Sent")},
        {QStringLiteral("opens"), tr("Opened")},
        {QStringLiteral("clicks"), tr("Clicked")},
        {QStringLiteral("unsubscribed"), tr("Unsubscribed")},
        {QStringLiteral("bounced"), tr("Bounced")},
        {QStringLiteral("failed"), tr("Not delivered")},
    };
    for (int i = 0; i < tiles.size(); ++i) {
        auto *t = new FigureTile(tiles.at(i).first, tiles.at(i).second, this);
        m_tiles.insert(tiles.at(i).first, t);
        grid->addWidget(t, 0, i);
    }

    m_chart->setTitle(tr("Totals over time"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setObjectName(QStringLiteral("statsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_updated, 1);
    bottom->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addWidget(m_chartView, 1);
    layout->addLayout(bottom);
}

NewsletterStatsView *NewsletterStatsView::fromJson(const QJsonObject &stats, QWidget *parent)
{
    auto *view = new NewsletterStatsView(parent);
    view->setStats(stats);
    return view;
}

QString NewsletterStatsView::figureText(const QString &key) const
{
    const auto it = m_tiles.constFind(key);
    return it == m_tiles.constEnd() ? QString() : (*it)->value();
}

QString NewsletterStatsView::rateText(const QString &key) const
{
    const auto it = m_tiles.constFind(key);
    return it == m_tiles.constEnd() ? QString() : (*it)->detail();
}

QString NewsletterStatsView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void NewsletterStatsView::setLoading()
{
    m_updated->setText(tr("Loading the figures…"));
    m_refresh->setEnabled(false);
}

void NewsletterStatsView::setError(const QString &message)
{
    m_updated->setText(tr("The figures could not be read: %1").arg(message));
    m_refresh->setEnabled(true);
}

void NewsletterStatsView::setStats(const QJsonObject &stats)
{
    m_stats = stats;
    const QLocale locale;
    const qint64 recipients = number(stats, "recipients");
    const qint64 sent = number(stats, "sent");
    const bool tracking = stats.value(QLatin1String("tracking")).toBool(true);
    const auto set = [&](const QString &key, qint64 value, const QString &rate) {
        m_tiles[key]->setValue(locale.toString(value));
        m_tiles[key]->setDetail(rate);
    };
    set(QStringLiteral("sent"), sent, tr("%1 of the recipients").arg(percent(sent, recipients)));
    set(QStringLiteral("failed"), number(stats, "failed"), tr("%1 of the recipients").arg(percent(number(stats, "failed"), recipients)));
    set(QStringLiteral("bounced"), number(stats, "bounced"), tr("%1 of those sent").arg(percent(number(stats, "bounced"), sent)));
    set(QStringLiteral("unsubscribed"), number(stats, "unsubscribed"),
        tr("%1 of those sent").arg(percent(number(stats, "unsubscribed"), sent)));
    if (tracking) {
        set(QStringLiteral("opens"), number(stats, "unique_opens"),
            tr("%1 opened it · %2 opens").arg(percent(number(stats, "unique_opens"), sent),
                                               locale.toString(number(stats, "opens"))));
        set(QStringLiteral("clicks"), number(stats, "unique_clicks"),
            tr("%1 clicked · %2 clicks").arg(percent(number(stats, "unique_clicks"), sent),
                                              locale.toString(number(stats, "clicks"))));
    }
    for (const QString &key : {QStringLiteral("opens"), QStringLiteral("clicks")})
        m_tiles[key]->setVisible(tracking);
    m_note->setVisible(!tracking);

    const QString status = stats.value(QLatin1String("status")).toString();
    QString summary = QStringLiteral("<b>%1</b> · ").arg(NewsletterStatus::text(status).toHtmlEscaped());
    if (status == QLatin1String("sending"))
        summary += tr("%1 of %Ln recipient(s) sent so far", nullptr, int(recipients)).arg(locale.toString(sent));
    else
        summary += tr("%Ln recipient(s)", nullptr, int(recipients));
    m_summary->setText(summary);
    m_updated->setText(tr("Figures of %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_refresh->setEnabled(true);
    fillChart(tracking);
}

void NewsletterStatsView::fillChart(bool tracking)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    struct Line {
        const char *key;
        QString name;
        QColor color;
        bool shown;
    };
    const QList<Line> lines{
        {"sent", tr("Sent"), QColor(0x15, 0x65, 0xc0), true},
        {"opens", tr("Opens"), QColor(0x2e, 0x7d, 0x32), tracking},
        {"clicks", tr("Clicks"), QColor(0xef, 0x6c, 0x00), tracking},
        {"unsubscribed", tr("Unsubscribes"), QColor(0xc6, 0x28, 0x28), true},
    };
    QList<QJsonObject> points;
    for (const QJsonValue &v : m_stats.value(QLatin1String("series")).toArray())
        points << v.toObject();
    std::sort(points.begin(), points.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("at")).toString() < b.value(QLatin1String("at")).toString();
    });

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd/MM HH:mm"));
    x->setTitleText(tr("Time"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Total so far"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    double maxY = 0;
    QDateTime first, last;
    for (const Line &line : lines) {
        if (!line.shown)
            continue;
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setColor(line.color);
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
        qint64 total = 0;
        for (const QJsonObject &p : std::as_const(points)) {
            const QDateTime at = QDateTime::fromString(p.value(QLatin1String("at")).toString(), Qt::ISODate).toLocalTime();
            if (!at.isValid())
                continue;
            if (series->count() == 0)
                series->append(double(at.toMSecsSinceEpoch()), 0); // the start of the first hour
            total += number(p, line.key);
            // The total at the end of the hour.
            const QDateTime end = at.addSecs(3600);
            series->append(double(end.toMSecsSinceEpoch()), double(total));
            if (!first.isValid() || at < first)
                first = at;
            if (!last.isValid() || end > last)
                last = end;
        }
        maxY = std::max(maxY, double(total));
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (first.isValid()) {
        x->setRange(first, last);
        const qint64 hours = first.secsTo(last) / 3600;
        x->setTickCount(int(std::clamp<qint64>(hours / 12 + 1, 2, 8)));
        x->setFormat(hours > 48 ? QStringLiteral("dd/MM HH'h'") : QStringLiteral("dd/MM HH:mm"));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        x->setRange(now.addSecs(-3600), now);
    }
    y->setRange(0, ChartScale::niceCeiling(maxY));
    y->setTickCount(6);
}

} // namespace relais
