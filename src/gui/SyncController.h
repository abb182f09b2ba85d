#pragma once

#include "SyncStatusWidget.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace relais {

class ConflictsPage;
class MainWindow;
class ProfileSession;
class SyncService;

/// Connects an unlocked profile to its server: starts the sync engine (in its own thread) when the profile
/// has a server, walks the user through "Connect to a server", and keeps the status bar indicator and the
/// conflicts page of the main window up to date. The server's address and pinned certificate live in the
/// encrypted replica; the session's refresh token in the keychain when there is one.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(ProfileSession *session, QObject *parent = nullptr);
    ~SyncController() override;

    /// Starts syncing if the profile was connected to a server before.
    void startIfConfigured();
    /// Shows the indicator and wires the conflicts page and the menu of a (new) main window.
    void attachWindow(MainWindow *window);
    /// Opens the "Connect to a server" dialog.
    void connectToServer(QWidget *parent);
    void syncNow();
    /// Stops the engine (locking, quitting).
    void stop();
    bool isConfigured() const;
    SyncService *service() const { return m_service.get(); }

Q_SIGNALS:
    void stateChanged(relais::SyncStatusWidget::State state);

private:
    void startService(const QUrl &server, const QByteArray &pin);
    void onEngineState(int state, const QString &message);
    QString keychainEntry() const;

    QPointer<ProfileSession> m_session;
    QPointer<MainWindow> m_window;
    QPointer<SyncStatusWidget> m_indicator;
    std::unique_ptr<SyncService> m_service;
};

} // namespace relais
