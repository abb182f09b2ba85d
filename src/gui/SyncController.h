#pragma once

#include "AccessScope.h"
#include "ApiResult.h"
#include "SyncStatusWidget.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
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
    /// Pushes local changes now (a record saved outside the contact views).
    void nudge();

    /// Where sync stands (NotConnected when the profile has no server or sync is stopped).
    SyncStatusWidget::State state() const { return m_state; }
    /// The detail of the state (the engine's message), may be empty.
    QString stateMessage() const { return m_stateMessage; }
    /// Signed in and talking to the server: REST calls can be expected to get an answer.
    bool isOnline() const;

    using ApiCallback = std::function<void(const ApiResult &)>;
    /// Calls the server's REST API (`path` under /api/v1) with the sync engine's connection and session.
    /// `done` runs later in this thread, exactly once: with the answer, or with an error (httpStatus 0)
    /// when there is no server, no connection or sync stops meanwhile.
    void api(const QString &method, const QString &path, const QJsonObject &body, ApiCallback done);
    /// The same, but `done` is dropped if `context` is destroyed before the answer.
    void api(const QString &method, const QString &path, const QJsonObject &body, const QObject *context,
             ApiCallback done);

    /// A GET of a file (`path` under /api/v1, e.g. a CSV export): like api(), the answer's raw body in
    /// ApiResult::data; `done` is dropped if `context` is destroyed before the answer.
    void apiDownload(const QString &path, const QObject *context, ApiCallback done);
    /// The server this profile syncs with (empty when none), e.g. for the public pages' addresses.
    QUrl serverUrl() const;

    /// The grants of the signed-in account (read from the server once per connection, kept in the
    /// replica for offline use); empty before the first answer.
    QList<Grant> accountGrants() const;

Q_SIGNALS:
    void stateChanged(relais::SyncStatusWidget::State state);
    /// accountGrants() changed.
    void accountChanged();

private:
    struct PendingCall {
        ApiCallback done;
        QPointer<const QObject> context;
        bool hasContext = false;
    };
    void startService(const QUrl &server, const QByteArray &pin);
    void onEngineState(int state, const QString &message);
    void onApiFinished(int requestId, int httpStatus, const QJsonObject &body, const QString &error,
                       const QByteArray &data);
    /// Sends a call with `start` (which returns its request id), or answers `done` with an error (later)
    /// when there is no service.
    void send(const std::function<int(SyncService *)> &start, ApiCallback done);
    /// `done`, run only while `context` lives.
    static ApiCallback guarded(const QObject *context, ApiCallback done);
    void failPendingCalls(const QString &message);
    void refreshAccount();
    QString keychainEntry() const;

    QPointer<ProfileSession> m_session;
    QPointer<MainWindow> m_window;
    QPointer<SyncStatusWidget> m_indicator;
    std::unique_ptr<SyncService> m_service;
    QHash<int, PendingCall> m_calls;
    SyncStatusWidget::State m_state = SyncStatusWidget::State::NotConnected;
    QString m_stateMessage;
    bool m_accountRead = false; ///< GET /me answered since the service started
};

} // namespace relais
