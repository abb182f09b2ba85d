#pragma once

#include "AuthClient.h"
#include "ServerConnection.h"
#include "SecretKey.h"
#include "SyncBackoff.h"
#include "SyncTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;
class QTimer;

namespace relais {

class PullSession;
class Replica;
class StreamingRequest;
class SyncStore;

/// The client sync engine (docs/sync-protocol.md). Runs in a worker thread with its own connection to
/// the replica, so the GUI never waits on the network or on applying ops (see SyncService for the thread).
///
/// A cycle: push the upload queue (batches of at most 1,000 items) -> pull (the NDJSON stream is parsed as
/// it arrives and applied at each checkpoint line) -> long-poll pulls (`wait`) while connected. A local edit
/// (nudge()) pushes within ~10 ms, even while a long-poll waits. Every request has a transfer timeout;
/// failures retry with exponential backoff and jitter (1 s -> 60 s; Retry-After on 429). Cursors, the
/// client id and the queue live in the replica: a restart, a lost network or a stream broken mid-way
/// resumes from the last applied checkpoint. A bucket whose checksum disagrees is dropped and fetched again.
///
/// Call the slots through queued connections (or SyncService) from other threads; state(), message(),
/// conflicts() and pendingUploads() may be read from any thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, InitialSync, Syncing, UpToDate, Error };
    Q_ENUM(State)

    struct Options {
        QString databasePath;           ///< the profile's replica (ProfileVault::databasePath)
        SecretKey key;                  ///< its key
        QUrl server;                    ///< https://host:port
        QByteArray pinnedCertificate;   ///< SHA-256 of the server certificate the user accepted, or empty
        QString clientName;             ///< sent at sign-in ("Relais on laptop-12")
        QString keychainEntry;          ///< where the session's refresh token is kept; empty: memory only
        int longPollSeconds = 25;
        int requestTimeoutMs = 30000;   ///< transfer (inactivity) timeout; long-polls add their wait
        int pushBatch = 1000;
        int nudgeDelayMs = 10;
        int searchBatch = 5000;         ///< search documents written per step after a bulk fill
        int initialBackoffMs = 1000;
        int maxBackoffMs = 60000;
        std::function<QDateTime()> clock;  ///< tests: the time for token expiry
        std::function<double()> random;    ///< tests: the backoff jitter source, in [0, 1)
    };

    explicit SyncEngine(Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const;
    QString message() const; ///< translated detail of the state (errors), may be empty
    QList<SyncConflict> conflicts() const;
    int pendingUploads() const;
    AuthClient::TokenStorage tokenStorage() const;
    QString clientId() const;
    /// Milliseconds before the next retry (0 when none is scheduled). For tests.
    int retryDelayMs() const;

    static QString stateName(State s);

public Q_SLOTS:
    /// Opens the replica in the engine's thread, finishes an interrupted fill, restores the session from
    /// the keychain and starts syncing.
    void start();
    /// Aborts the requests (applied checkpoints stay), closes the replica. Emits stopped().
    void stop();
    void signIn(const QString &username, const QString &password);
    /// Revokes the session and forgets its tokens; the replica stays.
    void signOut();
    /// Something was written locally: push it now (coalesced within nudgeDelayMs).
    void nudge();
    /// Keeps `value` for the conflict's field (queued as a `resolve` push item).
    void resolveConflict(const QString &conflictId, const QJsonValue &value);
    /// Try now rather than at the end of the backoff (e.g. the network came back).
    void retryNow();
    /// A REST call to the server with this engine's connection and session: `method` ("GET", "POST",
    /// "PUT", "PATCH", "DELETE"), `path` under /api/v1 ("/newsletters/ID/send"), a JSON body (not sent with
    /// GET and DELETE). Waits for a token refresh when needed and retries once after a 401.
    /// Answers with apiFinished(requestId, ...), always exactly once (also when stopped or offline).
    void apiCall(int requestId, const QString &method, const QString &path, const QJsonObject &body);
    /// A GET like apiCall() whose answer is a file (CSV...): apiFinished() carries the raw body as `data`.
    void apiDownload(int requestId, const QString &path);

Q_SIGNALS:
    void stateChanged(relais::SyncEngine::State state, const QString &message);
    /// Ops applied and the total announced by the server, during the initial sync (and other long pulls).
    void progress(qint64 done, qint64 total);
    void conflictsChanged(int count);
    /// Rows of these buckets changed in the replica (lists should reload).
    void dataChanged(const QStringList &buckets);
    void pendingUploadsChanged(int count);
    /// Contacts of the last fill still waiting for their search documents (0: search is complete).
    void searchIndexing(qint64 remaining);
    void signInFinished(bool ok, const QString &message);
    /// The answer to apiCall(): `httpStatus` 0 when no HTTP answer came; `error` (translated) is empty
    /// only for a 2xx answer; `body` is the JSON object answered, if any; `data` the raw body of an
    /// apiDownload() (empty for apiCall()).
    void apiFinished(int requestId, int httpStatus, const QJsonObject &body, const QString &error,
                     const QByteArray &data);
    void tokenStorageChanged(relais::AuthClient::TokenStorage storage, const QString &reason);
    void stopped();

private:
    struct ApiCall {
        int id = 0;
        QByteArray method;
        QString path;
        QJsonObject body;
        bool retried = false; ///< already sent again after a 401
        bool download = false; ///< the answer's raw body goes with apiFinished()
    };
    void sendApi(const ApiCall &call);
    void onApiFinished(QNetworkReply *reply, ApiCall call);
    void sendWaitingApi();
    void failWaitingApi(const QString &message);

    void schedule();
    void setState(State s, const QString &message = QString());
    void startPush();
    void pushNudged();
    void onPushFinished(QNetworkReply *reply);
    void startPull();
    void onPullData();
    void onPullFinished();
    void fail(const QString &what, QNetworkReply *reply, const QByteArray &body);
    void fail(const QString &what, const ServerConnection::Failure &failure);
    void failLocal(const QString &message);
    void retryLater(int ms);
    void applyDeferred();
    bool applyAcks(const QList<SyncPushResult> &results);
    void refreshConflicts();
    void refreshPending();
    void emitDataChanged(bool force);
    void indexSearchStep();
    bool storeBusy() const;

    Options m_options;
    ServerConnection *m_connection = nullptr;
    AuthClient *m_auth = nullptr;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<PullSession> m_pull;
    StreamingRequest *m_pullReply = nullptr;
    QNetworkReply *m_pushReply = nullptr;
    QList<ApiCall> m_apiWaiting;              ///< REST calls waiting for a (refreshed) access token
    QHash<QNetworkReply *, int> m_apiReplies; ///< REST calls under way, by reply
    QTimer *m_retryTimer = nullptr;
    QTimer *m_nudgeTimer = nullptr;
    QTimer *m_searchTimer = nullptr;
    SyncBackoff m_backoff;
    QByteArray m_pullErrorBody;
    QList<QList<SyncPushResult>> m_deferredAcks;
    QList<QPair<QString, QJsonValue>> m_deferredResolves;
    QSet<QString> m_changedSinceEmit;
    QElapsedTimer m_sinceDataEmit;
    bool m_running = false;
    bool m_pushAgain = false;
    bool m_pullRejected = false;  ///< the stream was malformed or could not be applied
    bool m_pullNow = true;        ///< next pull without waiting (start, after a push, refetch)
    bool m_initialPull = false;   ///< the pull under way fills an empty replica
    bool m_authRetried = false;
    bool m_waitingForAuth = false; ///< a refresh is under way
    bool m_signingIn = false;      ///< signIn() called, not answered yet
    int m_refetchRounds = 0;

    mutable QMutex m_mutex; ///< guards the values below, read from other threads
    State m_state = State::Offline;
    QString m_message;
    QList<SyncConflict> m_conflicts;
    int m_pending = 0;
    QString m_clientId;
};

} // namespace relais
