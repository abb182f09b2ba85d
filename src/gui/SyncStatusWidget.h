#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace relais {

/// The sync indicator of the status bar: where the replica stands with the server in a few words
/// ("Up to date", "Offline — 3 changes waiting", "Downloading 120,000 of 1,000,000 contacts"), a
/// progress bar during the first download, and a button to sync now.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { NotConnected, Offline, Connecting, InitialSync, Syncing, UpToDate, Error };
    Q_ENUM(State)

    explicit SyncStatusWidget(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString text() const;

public Q_SLOTS:
    void setState(relais::SyncStatusWidget::State state, const QString &detail = QString());
    void setProgress(qint64 done, qint64 total);
    void setPendingUploads(int count);
    void setConflicts(int count);
    /// Contacts written by a first sync that text search does not find yet (indexed in the background).
    void setSearchBacklog(qint64 remaining);

Q_SIGNALS:
    void syncNowRequested();
    void connectRequested();
    void conflictsRequested();

private:
    void refresh();

    State m_state = State::NotConnected;
    QString m_detail;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_pending = 0;
    qint64 m_searchBacklog = 0;
    int m_conflicts = 0;
    QDateTime m_lastUpToDate;
    QLabel *m_dot;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_conflictsButton;
    QToolButton *m_button;
};

} // namespace relais
