#pragma once

#include "SyncEngine.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

class QThread;

namespace relais {

class ProfileSession;

/// Runs a SyncEngine in its own thread and forwards commands to it. Lives in the GUI thread.
///
///   auto *sync = new SyncService(options, this);
///   connect(sync->engine(), &SyncEngine::stateChanged, statusBar, ...);   // queued: safe
///   sync->attach(session);   // local edits push at once; pulled changes refresh the lists
///   sync->start();
///
/// Destroying the service (or stop()) stops the engine and joins the thread.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(SyncEngine::Options options, QObject *parent = nullptr);
    ~SyncService() override;

    /// The engine, living in the worker thread: connect to its signals; call its slots only through
    /// this service (or queued connections). Its state(), conflicts()... getters are thread-safe.
    SyncEngine *engine() const { return m_engine; }
    bool isRunning() const;

    /// Wires a profile session: ProfileSession::contactsChanged nudges a push; the engine's dataChanged
    /// invalidates the session's list order (another connection wrote) and re-emits contactsChanged;
    /// locking the session stops the engine.
    void attach(ProfileSession *session);

    /// Sends a REST call through the engine (SyncEngine::apiCall) and returns its request id; the answer
    /// comes as the engine's apiFinished() with that id.
    int api(const QString &method, const QString &path, const QJsonObject &body = {});
    /// The same for a GET answered with a file (SyncEngine::apiDownload).
    int apiDownload(const QString &path);

public Q_SLOTS:
    void start();
    /// Stops the engine (waits for it to close its connection) and the thread.
    void stop();
    void nudge();
    void signIn(const QString &username, const QString &password);
    void signOut();
    void resolveConflict(const QString &conflictId, const QJsonValue &value);
    void retryNow();

private:
    QThread *m_thread;
    SyncEngine *m_engine;
    QPointer<ProfileSession> m_session;
    int m_lastRequestId = 0;
};

} // namespace relais
