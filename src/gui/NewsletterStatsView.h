#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;

class QChart;
class QChartView;

namespace relais {

class FigureTile;

/// The results of a sent newsletter, from the server's statistics (GET /newsletters/ID/stats): the figures
/// (sent, failed, bounced, unsubscribed, opens, clicks) with their rates, and a chart of the totals over
/// time. Opens and clicks are left out when the organisation does not track them.
class NewsletterStatsView : public QWidget
{
    Q_OBJECT
public:
    explicit NewsletterStatsView(QWidget *parent = nullptr);
    /// A view showing `stats` (the JSON the server answers), e.g. for a test or a screenshot.
    static NewsletterStatsView *fromJson(const QJsonObject &stats, QWidget *parent = nullptr);

    void setStats(const QJsonObject &stats);
    QJsonObject stats() const { return m_stats; }
    /// Shows that the figures could not be read (the previous ones stay).
    void setError(const QString &message);
    /// Shows "Loading…" until the next setStats() or setError().
    void setLoading();

    /// The figure shown for "sent", "failed", "bounced", "unsubscribed", "opens", "clicks", and its rate.
    QString figureText(const QString &key) const;
    QString rateText(const QString &key) const;
    QChart *chart() const { return m_chart; }
    QString note() const;

Q_SIGNALS:
    void refreshRequested();

private:
    void fillChart(bool tracking);

    QJsonObject m_stats;
    QHash<QString, FigureTile *> m_tiles;
    QLabel *m_summary;
    QLabel *m_note;
    QLabel *m_updated;
    QPushButton *m_refresh;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace relais
