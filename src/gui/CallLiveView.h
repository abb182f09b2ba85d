#pragma once

#include "RecordRepository.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QToolButton;

class QChart;

namespace relais {

class FigureTile;
class ProfileSession;
class SyncController;

/// The organiser's live view of a call campaign, from the server (GET /calls/campaigns/ID/stats, every 5 s
/// while shown and online): figure tiles (calls, completed against the goal, contacts left to call, contacts in
/// volunteers' hands), the calls per hour, the outcomes, each volunteer's progress, the distribution of the
/// survey's answers; the export of the answers as CSV (contacts.export on the zone; the server audits it) and
/// invitation codes for new volunteers (each shown once).
class CallLiveView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PollIntervalMs = 5000;

    explicit CallLiveView(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    /// Shows the figures of `campaign` (a "call_campaign" record); an empty record shows nothing.
    void setCampaign(const SyncRecord &campaign);
    QString campaignId() const { return m_campaign.id; }

    /// Shows the server's figures (the answer of GET /calls/campaigns/ID/stats).
    void setStats(const QJsonObject &stats);
    /// Asks the server for the figures now (when online and the campaign is on the server).
    void refresh();
    /// True while the view asks the server every PollIntervalMs.
    bool isPolling() const;

    /// "calls", "completed", "pool", "leased": the figure shown and its detail line.
    QString figureText(const QString &key) const;
    QString figureDetail(const QString &key) const;
    QChart *hourlyChart() const { return m_hourlyChart; }
    QChart *outcomeChart() const { return m_outcomeChart; }
    QTableWidget *volunteerTable() const { return m_volunteers; }
    QTreeWidget *surveyTree() const { return m_survey; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *invitationButton() const { return m_invite; }
    /// The last invitation code created here (empty when none).
    QString invitationCode() const;

    /// Whether the CSV export may be asked for now; else why not (translated).
    bool canExport(QString *why = nullptr) const;
    /// Asks the server for the CSV of the answers, then where to save it (FileChooser).
    void exportCsv();
    /// Asks where to save `csv` and writes it; `message` says what was done (empty when cancelled).
    bool saveExport(const QByteArray &csv, QString *message);
    /// Asks the server for an invitation code (POST /calls/campaigns/ID/invitations).
    void createInvitation();
    /// Shows the server's answer to an invitation request ({"code", "expires_at"}).
    void showInvitation(const QJsonObject &answer);

    /// Translated name of an outcome ("completed" → "Completed").
    static QString outcomeText(const QString &outcome);
    /// The outcomes in display order.
    static QStringList outcomes();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFigures();
    QWidget *buildCharts();
    QWidget *buildDetails();
    QWidget *buildActions();
    void fillHourly(const QJsonArray &hourly);
    void fillOutcomes(const QJsonObject &outcomes);
    void fillVolunteers(const QJsonArray &volunteers);
    void fillSurvey(const QJsonArray &survey);
    void clearFigures(const QString &why);
    void updatePolling();
    void updateActions();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    SyncRecord m_campaign;
    bool m_exporting = false;
    bool m_asking = false;
    bool m_hasStats = false;

    QLabel *m_title;
    QLabel *m_updated;
    FigureTile *m_callsTile;
    FigureTile *m_completedTile;
    FigureTile *m_poolTile;
    FigureTile *m_leasedTile;
    QProgressBar *m_goalBar;
    QChart *m_hourlyChart;
    QChart *m_outcomeChart;
    QTableWidget *m_volunteers;
    QTreeWidget *m_survey;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    QSpinBox *m_uses;
    QSpinBox *m_days;
    QPushButton *m_invite;
    QLabel *m_code;
    QToolButton *m_copyCode;
    QTimer *m_poll;
};

} // namespace relais
