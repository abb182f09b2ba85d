#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTimer;

namespace relais {

class PetitionEditor;
class PetitionResultsView;
class ProfileSession;
class SyncController;
struct SyncRecord;

/// The Petitions module: the petitions of the replica (title; zone, state and signature count), with New
/// and Delete; the selected one opens beside the list in two tabs, the editor and its results. The list and
/// the results are read again when sync brings new records (new signatures).
class PetitionPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { EditorTab = 0, ResultsTab = 1 };

    explicit PetitionPage(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    PetitionEditor *editor() const { return m_editor; }
    PetitionResultsView *results() const { return m_results; }
    QListWidget *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Reads the list again (keeps the selection) and the open petition's results.
    void reload();
    /// Opens the petition `id` (selecting it in the list).
    bool open(const QString &id);
    void newPetition();
    /// Deletes the selected petition (after asking when `ask`). False if nothing was deleted.
    bool deleteSelected(bool ask = true);
    /// Saves the open petition if it changed (before locking or quitting).
    bool saveChanges();

private:
    QListWidgetItem *itemFor(const SyncRecord &record, qint64 signatures) const;
    QString selectedId() const;
    void select(const QString &id);
    void onSelectionChanged();
    void updateActions();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QTabWidget *m_tabs;
    PetitionEditor *m_editor;
    PetitionResultsView *m_results;
    QTimer *m_reloadTimer;
};

} // namespace relais
