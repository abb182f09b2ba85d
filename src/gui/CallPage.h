#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace relais {

class CallCampaignEditor;
class CallLiveView;
class ProfileSession;
class SyncController;
class VolunteerWindow;
struct SyncRecord;

/// The Calls module (phone banking). At the top, for everyone (volunteers without any zone included), "My call
/// sessions": the campaigns the user may call for (GET /calls/mine when online, and those of the contacts
/// reserved on this computer), each with a "Start calling" button that opens the VolunteerWindow, and a box
/// to join a team with an invitation code. Below, for organisers (calls.manage), the campaigns of the replica
/// with the editor and the live view of the selected one in two tabs.
class CallPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { EditorTab = 0, LiveTab = 1 };
    enum MineColumn { NameColumn = 0, ProgressColumn, HoursColumn, InHandColumn, StartColumn, MineColumnCount };

    explicit CallPage(ProfileSession *session, QWidget *parent = nullptr);

    /// True when the account's grants (as /me last answered) give contacts.read nowhere: a volunteer who can
    /// only call, who starts on this page. False before the first answer (never connected).
    static bool callsOnly(const QSqlDatabase &db);

    void setSyncController(SyncController *sync);
    CallCampaignEditor *editor() const { return m_editor; }
    CallLiveView *liveView() const { return m_live; }
    QListWidget *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *mineTable() const { return m_mine; }
    /// The organisers' part (campaign list, editor, live view) is shown.
    bool managesCampaigns() const;

    /// Reads the campaigns and the reserved contacts again (keeps the selection); asks the server for
    /// "My call sessions" when online.
    void reload();
    /// Shows the answer of GET /calls/mine.
    void setMine(const QJsonObject &answer);
    /// Asks the server for "My call sessions" (when online).
    void refreshMine();
    /// Opens the volunteer window for `campaignId` (or raises the one already open).
    VolunteerWindow *startCalling(const QString &campaignId);
    /// Joins a campaign's team with an invitation code (POST /calls/join).
    void join(const QString &code);
    /// Opens the campaign `id` (selecting it in the list).
    bool open(const QString &id);
    void newCampaign();
    /// Saves the open campaign if it changed (before locking or quitting).
    bool saveChanges();

private:
    QWidget *buildMine();
    QWidget *buildManage();
    QListWidgetItem *itemFor(const SyncRecord &record) const;
    QString selectedId() const;
    void select(const QString &id);
    void onSelectionChanged();
    void fillMine();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QJsonObject m_mineAnswer;
    QHash<QString, QPointer<VolunteerWindow>> m_windows;
    QElapsedTimer m_mineAsked;
    bool m_askingMine = false;
    QTableWidget *m_mine;
    QLabel *m_mineStatus;
    QLineEdit *m_code;
    QPushButton *m_join;
    QPushButton *m_refreshMine;
    QWidget *m_manage;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QTabWidget *m_tabs;
    CallCampaignEditor *m_editor;
    CallLiveView *m_live;
    QTimer *m_reloadTimer;
};

} // namespace relais
