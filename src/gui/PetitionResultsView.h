#pragma once

#include "PetitionResults.h"
#include "RecordRepository.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

class QChart;
class QChartView;

namespace relais {

class FigureTile;
class ProfileSession;
class SignatureTableModel;
class SyncController;

/// The results of a petition: the confirmed signatures of this replica and the server's confirmed and
/// pending totals (GET /petitions/ID/stats, when online), the progress towards the goal, charts of the
/// signatures over time and by department and region, the signatures in a filtered, sortable table, and the
/// CSV export (through the server, which checks contacts.export and audits it). Figures come from SQL over
/// the replica (PetitionResults); the view reads them again when sync brings new records.
class PetitionResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit PetitionResultsView(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    /// Shows the results of `petition` (a record of type "petition"); an empty record shows nothing.
    void setPetition(const SyncRecord &petition);
    QString petitionId() const { return m_petition.id; }

    /// Reads the replica's figures, charts and table again (filters kept).
    void reload();
    /// Asks the server for its totals (when online).
    void refreshServerStats();
    /// Shows the server's totals (the answer of GET /petitions/ID/stats).
    void setServerStats(const QJsonObject &stats);

    /// The filters of the table as set in the form.
    SignatureFilter filter() const;
    /// "local", "confirmed" (server), "pending" (server), "goal": the figure shown.
    QString figureText(const QString &key) const;
    QString figureDetail(const QString &key) const;
    int goalPercent() const;
    QChart *timeChart() const { return m_timeChart; }
    QChart *departmentChart() const { return m_departmentChart; }
    QChart *regionChart() const { return m_regionChart; }
    /// The table's model as shown (sorted).
    QAbstractItemModel *tableModel() const;
    QTableView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    /// Whether the CSV export may be asked for now; else why not (translated).
    bool canExport(QString *why = nullptr) const;
    /// Asks the server for the CSV of the signatures, then where to save it.
    void exportCsv();
    /// Asks where to save `csv` (FileChooser) and writes it; `message` says what was done or what failed
    /// (empty when the user cancelled).
    bool saveExport(const QByteArray &csv, QString *message);

Q_SIGNALS:
    /// An export ended: written (`ok`), cancelled (not ok, empty message) or failed.
    void exportFinished(bool ok, const QString &message);

private:
    QWidget *buildFigures();
    QWidget *buildCharts();
    QWidget *buildTable();
    void fillTimeChart(const QList<KeyCount> &perDay);
    void fillDepartments();
    /// The department and region charts: the server's counts when it knows more than this replica holds
    /// (a petition above the user's zones), else the replica's.
    void fillPlaceCharts();
    void applyFilter();
    void updateGoal();
    void updateExport();
    void showServerUnavailable(const QString &why);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    SyncRecord m_petition;
    qint64 m_local = 0;
    qint64 m_serverConfirmed = -1; ///< -1: not known
    QList<KeyCount> m_localDepartments;  ///< this replica's signatures per department
    QList<KeyCount> m_serverDepartments; ///< the server's confirmed signatures per department (every zone)
    bool m_exporting = false;

    QLabel *m_title;
    FigureTile *m_localTile;
    FigureTile *m_confirmedTile;
    FigureTile *m_pendingTile;
    FigureTile *m_goalTile;
    QProgressBar *m_goalBar;
    QPushButton *m_refresh;
    QChart *m_timeChart;
    QChart *m_departmentChart;
    QChart *m_regionChart;
    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_optin;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_shown;
    SignatureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    QTimer *m_filterTimer;
};

} // namespace relais
