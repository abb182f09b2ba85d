#include "SyncEngine.h"

#include "PullSession.h"
#include "Replica.h"
#include "ServerConnection.h"
#include "StreamingRequest.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QTimer>

namespace relais {

Q_LOGGING_CATEGORY(lcSync, "relais.sync", QtWarningMsg)

namespace {
constexpr qint64 PullReadBuffer = 1024 * 1024; ///< compressed bytes read ahead of the apply (then TCP waits)
constexpr int MaxErrorBody = 64 * 1024;
constexpr int MaxRefetchRounds = 3;
constexpr int DataChangedIntervalMs = 1000;
} // namespace

SyncEngine::SyncEngine(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_backoff(m_options.initialBackoffMs, m_options.maxBackoffMs)
{
    if (m_options.random)
        m_backoff.setRandom(m_options.random);
}

SyncEngine::~SyncEngine()
{
    if (m_running)
        stop();
}

QString SyncEngine::stateName(State s)
{
    switch (s) {
    case State::Offline: return tr("Offline");
    case State::Connecting: return tr("Connecting");
    case State::InitialSync: return tr("First synchronisation");
    case State::Syncing: return tr("Synchronising");
    case State::UpToDate: return tr("Up to date");
    case State::Error: return tr("Synchronisation error");
    }
    return {};
}

SyncEngine::State SyncEngine::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

QString SyncEngine::message() const
{
    QMutexLocker lock(&m_mutex);
    return m_message;
}

QList<SyncConflict> SyncEngine::conflicts() const
{
    QMutexLocker lock(&m_mutex);
    return m_conflicts;
}

int SyncEngine::pendingUploads() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

AuthClient::TokenStorage SyncEngine::tokenStorage() const
{
    return m_auth ? m_auth->tokenStorage() : AuthClient::TokenStorage::None;
}

QString SyncEngine::clientId() const
{
    QMutexLocker lock(&m_mutex);
    return m_clientId;
}

int SyncEngine::retryDelayMs() const
{
    return m_retryTimer && m_retryTimer->isActive() ? m_retryTimer->remainingTime() : 0;
}

void SyncEngine::setState(State s, const QString &message)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_state == s && m_message == message)
            return;
        m_state = s;
        m_message = message;
    }
    // Messages carry server error codes and counts, never tokens or personal data.
    if (s == State::Error)
        qCWarning(lcSync, "%s: %s", qPrintable(stateName(s)), qPrintable(message));
    else
        qCDebug(lcSync, "%s %s", qPrintable(stateName(s)), qPrintable(message));
    Q_EMIT stateChanged(s, message);
}

// --- lifecycle ------------------------------------------------------------------------------------

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_replica = std::make_unique<Replica>();
    QString error;
    if (!m_replica->open(m_options.databasePath, m_options.key, &error)) {
        m_replica.reset();
        m_running = false;
        setState(State::Error, tr("The profile cannot be opened for synchronisation: %1").arg(error));
        return;
    }
    m_store = std::make_unique<SyncStore>(m_replica->database());
    if (!m_store->recoverBulkFill(&error))
        qWarning("sync: finishing an interrupted fill failed: %s", qPrintable(error));
    {
        const QString id = m_store->clientId();
        QMutexLocker lock(&m_mutex);
        m_clientId = id;
    }

    m_connection = new ServerConnection(this);
    m_connection->setRequestTimeout(m_options.requestTimeoutMs);
    m_connection->setPinnedCertificate(m_options.pinnedCertificate);
    m_auth = new AuthClient(m_connection, this);
    m_auth->setKeychainEntry(m_options.keychainEntry);
    if (m_options.clock)
        m_auth->setClock(m_options.clock);
    connect(m_auth, &AuthClient::signedIn, this, [this] {
        m_waitingForAuth = false;
        if (std::exchange(m_signingIn, false))
            Q_EMIT signInFinished(true, QString());
        sendWaitingApi();
        m_pullNow = true;
        schedule();
    });
    connect(m_auth, &AuthClient::signInFailed, this, [this](const QString &message, bool, int) {
        m_signingIn = false;
        Q_EMIT signInFinished(false, message);
        failWaitingApi(message);
        setState(State::Offline, message);
    });
    connect(m_auth, &AuthClient::sessionExpired, this, [this] {
        m_waitingForAuth = false;
        failWaitingApi(tr("The server ended this session. Sign in again (Server menu, Connect to a server)."));
        setState(State::Error, tr("The server ended this session. Sign in again to synchronise."));
    });
    connect(m_auth, &AuthClient::refreshFailed, this, [this](const QString &message) {
        m_waitingForAuth = false;
        failWaitingApi(message);
        const int delay = m_backoff.next();
        setState(State::Offline, message);
        retryLater(delay);
    });
    connect(m_auth, &AuthClient::tokenStorageChanged, this, &SyncEngine::tokenStorageChanged);

    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::schedule);
    m_nudgeTimer = new QTimer(this);
    m_nudgeTimer->setSingleShot(true);
    connect(m_nudgeTimer, &QTimer::timeout, this, &SyncEngine::pushNudged);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    connect(m_searchTimer, &QTimer::timeout, this, &SyncEngine::indexSearchStep);

    refreshConflicts();
    refreshPending();
    if (!m_connection->setBaseUrl(m_options.server)) {
        setState(State::Error, tr("The server address must start with https://."));
        return;
    }
    if (m_store->pendingBackgroundWork() > 0)
        m_searchTimer->start(0);
    setState(State::Connecting);
    m_pullNow = true;
    if (m_auth->restore())
        m_waitingForAuth = true;
    else
        setState(State::Offline, tr("Sign in to synchronise with the server."));
}

void SyncEngine::stop()
{
    if (!m_running) {
        Q_EMIT stopped(); // SyncService::stop() waits for it
        return;
    }
    m_running = false;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_nudgeTimer)
        m_nudgeTimer->stop();
    if (m_searchTimer)
        m_searchTimer->stop();
    if (m_pullReply) {
        StreamingRequest *reply = std::exchange(m_pullReply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_pull) {
        m_pull->abort(false); // keeps the applied checkpoints; an unfinished fill ends at the next start
        m_pull.reset();
    }
    if (m_pushReply) {
        QNetworkReply *reply = std::exchange(m_pushReply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    for (auto it = m_apiReplies.cbegin(); it != m_apiReplies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        m_apiWaiting.append(ApiCall{it.value(), {}, {}, {}, false, false});
    }
    m_apiReplies.clear();
    failWaitingApi(tr("Synchronisation was stopped before the server answered."));
    m_store.reset();
    m_replica.reset();
    setState(State::Offline);
    Q_EMIT stopped();
}

void SyncEngine::signIn(const QString &username, const QString &password)
{
    if (!m_auth) {
        Q_EMIT signInFinished(false, tr("Synchronisation is not running."));
        return;
    }
    setState(State::Connecting);
    m_waitingForAuth = false;
    m_signingIn = true;
    m_auth->signIn(username, password, m_options.clientName);
}

void SyncEngine::signOut()
{
    if (m_pullReply) {
        StreamingRequest *reply = std::exchange(m_pullReply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        if (m_pull) {
            m_pull->abort();
            m_pull.reset();
        }
    }
    if (m_auth)
        m_auth->signOut();
    failWaitingApi(tr("Signed out."));
    setState(State::Offline, tr("Signed out."));
}

void SyncEngine::nudge()
{
    if (!m_running || !m_store)
        return;
    if (m_pushReply) {
        m_pushAgain = true;
        return;
    }
    if (!m_nudgeTimer->isActive())
        m_nudgeTimer->start(m_options.nudgeDelayMs);
}

void SyncEngine::pushNudged()
{
    if (!m_running || !m_store || m_pushReply)
        return;
    if (!m_auth->hasFreshAccessToken()) {
        schedule();
        return;
    }
    // A local edit goes out at once, even while a failed pull waits for its retry: if the server is back,
    // so much the better; if not, the queue keeps it.
    if (m_store->pendingUploadCount() > 0)
        startPush();
}

void SyncEngine::retryNow()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    m_pullNow = true;
    schedule();
}

// --- REST calls for the GUI ---------------------------------------------------------------------

void SyncEngine::apiCall(int requestId, const QString &method, const QString &path, const QJsonObject &body)
{
    sendApi(ApiCall{requestId, method.toUpper().toLatin1(), path, body, false, false});
}

void SyncEngine::apiDownload(int requestId, const QString &path)
{
    sendApi(ApiCall{requestId, QByteArrayLiteral("GET"), path, {}, false, true});
}

void SyncEngine::sendApi(const ApiCall &call)
{
    if (!m_running || !m_connection || !m_connection->baseUrl().isValid()) {
        Q_EMIT apiFinished(call.id, 0, {}, tr("Not connected to a server."), {});
        return;
    }
    static const QList<QByteArray> methods{"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(call.method) || !call.path.startsWith(u'/')) {
        Q_EMIT apiFinished(call.id, 0, {}, tr("Invalid request to the server."), {});
        return;
    }
    if (!m_auth->hasFreshAccessToken()) {
        const bool underWay = m_auth->state() == AuthClient::State::SigningIn
            || m_auth->state() == AuthClient::State::Refreshing;
        if (!underWay && !m_auth->hasRefreshToken()) {
            Q_EMIT apiFinished(call.id, 0, {}, tr("Sign in to the server first (Server menu, Connect to a server)."), {});
            return;
        }
        m_apiWaiting.append(call);
        if (!underWay) {
            m_waitingForAuth = true;
            m_auth->refresh();
        }
        return;
    }
    QNetworkReply *reply = m_connection->send(call.method, call.path, call.body);
    m_apiReplies.insert(reply, call.id);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { onApiFinished(reply, call); });
}

void SyncEngine::onApiFinished(QNetworkReply *reply, ApiCall call)
{
    if (m_apiReplies.remove(reply) == 0)
        return;
    reply->deleteLater();
    const QByteArray data = reply->readAll();
    const ServerConnection::Failure f = ServerConnection::failureOf(reply, data);
    const QJsonObject body = QJsonDocument::fromJson(data).object();
    if (f.isUnauthorized() && !call.retried && m_auth->hasRefreshToken()) {
        // The access token expired or was revoked: refresh it, then send the call again once.
        call.retried = true;
        m_connection->clearAccessToken();
        m_apiWaiting.append(call);
        if (m_auth->state() != AuthClient::State::Refreshing && m_auth->state() != AuthClient::State::SigningIn) {
            m_waitingForAuth = true;
            m_auth->refresh();
        }
        return;
    }
    QString error;
    if (f.tlsRejected)
        error = tr("The server's certificate is not the one that was trusted.");
    else if (f.httpStatus == 0)
        error = tr("Cannot reach the server: %1").arg(reply->errorString());
    else if (f.isUnauthorized())
        error = tr("The server no longer accepts this session. Sign in again (Server menu, Connect to a server).");
    else if (f.httpStatus < 200 || f.httpStatus >= 300)
        error = !f.message.isEmpty() && f.message != reply->errorString()
            ? f.message
            : tr("The server answered with an error (HTTP %1).").arg(f.httpStatus);
    Q_EMIT apiFinished(call.id, f.httpStatus, body, error, call.download ? data : QByteArray());
}

void SyncEngine::sendWaitingApi()
{
    const QList<ApiCall> calls = std::exchange(m_apiWaiting, {});
    for (const ApiCall &call : calls)
        sendApi(call);
}

void SyncEngine::failWaitingApi(const QString &message)
{
    const QList<ApiCall> calls = std::exchange(m_apiWaiting, {});
    for (const ApiCall &call : calls)
        Q_EMIT apiFinished(call.id, 0, {}, message, {});
}

// --- the cycle ------------------------------------------------------------------------------------

bool SyncEngine::storeBusy() const
{
    if (!m_store)
        return true;
    if (m_pull && !m_pull->finished()) {
        QString error;
        if (!m_pull->commitNow(&error))
            return true;
    }
    return m_store->inCheckpoint();
}

void SyncEngine::schedule()
{
    if (!m_running || !m_store || m_waitingForAuth)
        return;
    if (!m_connection->baseUrl().isValid())
        return;
    if (!m_auth->hasFreshAccessToken()) {
        if (m_auth->state() == AuthClient::State::SigningIn || m_auth->state() == AuthClient::State::Refreshing)
            return;
        if (m_auth->hasRefreshToken()) {
            m_waitingForAuth = true;
            m_auth->refresh();
        } else if (state() != State::Error) {
            setState(State::Offline, tr("Sign in to synchronise with the server."));
        }
        return;
    }
    applyDeferred();
    if (!m_pushReply && m_store->pendingUploadCount() > 0)
        startPush();
    if (m_retryTimer->isActive())
        return; // the pull waits for its backoff
    if (!m_pullReply)
        startPull();
}

void SyncEngine::retryLater(int ms)
{
    if (m_running)
        m_retryTimer->start(ms);
}

void SyncEngine::startPush()
{
    if (storeBusy()) {
        m_pushAgain = true; // after this checkpoint
        return;
    }
    QString error;
    const QList<SyncPushItem> items = m_store->pendingUploads(m_options.pushBatch, &error);
    refreshPending();
    if (items.isEmpty()) {
        if (!error.isEmpty())
            failLocal(error);
        return;
    }
    QJsonArray array;
    for (const SyncPushItem &item : items)
        array.append(item.toJson());
    m_pushAgain = false;
    m_pushReply = m_connection->postJson(QStringLiteral("/sync/push"),
                                         {{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("items"), array}});
    QNetworkReply *reply = m_pushReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPushFinished(reply); });
}

void SyncEngine::onPushFinished(QNetworkReply *reply)
{
    if (reply != m_pushReply)
        return;
    m_pushReply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(tr("sending changes"), reply, body);
        return;
    }
    QJsonParseError pe;
    const QJsonObject answer = QJsonDocument::fromJson(body, &pe).object();
    const QJsonArray results = answer.value(QLatin1String("results")).toArray();
    if (pe.error != QJsonParseError::NoError || results.isEmpty()) {
        failLocal(tr("The server's answer to sent changes is malformed."));
        return;
    }
    QList<SyncPushResult> parsed;
    parsed.reserve(results.size());
    for (const QJsonValue &v : results)
        parsed << SyncPushResult::fromJson(v.toObject());
    m_backoff.reset();
    m_authRetried = false;
    applyAcks(parsed);
    m_pullNow = true; // our writes (and anything merged with them) come back as ops
    refreshPending();
    if (m_pushAgain || m_store->pendingUploadCount() > 0)
        QTimer::singleShot(0, this, &SyncEngine::schedule);
    else
        schedule();
}

bool SyncEngine::applyAcks(const QList<SyncPushResult> &results)
{
    if (storeBusy()) {
        m_deferredAcks << results;
        return false;
    }
    SyncAckResult ack;
    QString error;
    if (!m_store->acknowledge(results, &ack, &error)) {
        // The entries stay queued: pushed again, they come back as duplicates and leave then.
        qWarning("sync: recording the server's answers failed: %s", qPrintable(error));
        return false;
    }
    if (ack.contactsChanged)
        Q_EMIT dataChanged({});
    if (ack.conflictsChanged || ack.conflicts > 0)
        refreshConflicts();
    return true;
}

void SyncEngine::applyDeferred()
{
    if ((m_deferredAcks.isEmpty() && m_deferredResolves.isEmpty()) || storeBusy())
        return;
    const auto acks = std::exchange(m_deferredAcks, {});
    for (const auto &results : acks)
        applyAcks(results);
    const auto resolves = std::exchange(m_deferredResolves, {});
    for (const auto &[id, value] : resolves)
        resolveConflict(id, value);
}

void SyncEngine::startPull()
{
    const BucketStates cursors = m_store->cursors();
    QJsonObject buckets;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        buckets.insert(it.key(), it->cursor);
    const int wait = m_pullNow ? 0 : m_options.longPollSeconds;
    m_pullNow = false;
    // "First synchronisation" until one pull has completed, even across restarts.
    m_initialPull = m_store->stateValue(QStringLiteral("initial_sync_done")).isEmpty();
    if (m_initialPull)
        setState(State::InitialSync);
    else if (wait == 0 && state() != State::UpToDate)
        setState(State::Syncing);
    m_pull = std::make_unique<PullSession>(m_store.get());
    m_pull->onProgress = [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
        emitDataChanged(false);
    };
    m_pullErrorBody.clear();
    // The stream goes through StreamingRequest, not QNAM: it reads no further ahead than the apply.
    QUrl url = m_connection->baseUrl();
    url.setPath(url.path() + QStringLiteral("/api/v1/sync/pull"));
    const QJsonObject body{{QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("buckets"), buckets},
                           {QStringLiteral("wait"), wait}};
    m_pullReply = new StreamingRequest(this);
    m_pullReply->setPinnedCertificate(m_options.pinnedCertificate);
    m_pullReply->setInactivityTimeout(m_options.requestTimeoutMs + wait * 1000);
    m_pullReply->setMaxBuffered(PullReadBuffer);
    connect(m_pullReply, &StreamingRequest::readyRead, this, &SyncEngine::onPullData);
    connect(m_pullReply, &StreamingRequest::finished, this, &SyncEngine::onPullFinished);
    m_pullReply->post(url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_connection->accessToken()},
                       {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Relais")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/x-ndjson")}});
}

void SyncEngine::onPullData()
{
    StreamingRequest *reply = m_pullReply;
    if (!reply || !m_pull)
        return;
    if (reply->status() != 200) {
        const QByteArray part = reply->readAll();
        if (m_pullErrorBody.size() < MaxErrorBody)
            m_pullErrorBody += part.left(MaxErrorBody - m_pullErrorBody.size());
        return;
    }
    if (m_pull->finished()) {
        reply->readAll();
        return; // failed earlier: the request is being aborted
    }
    if (state() != State::InitialSync && state() != State::Syncing && m_pull->appliedOps() == 0
        && reply->bytesAvailable() > 0 && !m_initialPull) {
        // A long-poll woke up with changes.
        setState(State::Syncing);
    }
    const QByteArray data = reply->readAll();
    QString error;
    if (!m_pull->feed(data, &error)) {
        qWarning("sync: pull stream rejected: %s", qPrintable(error));
        m_pull->abort();
        m_pullErrorBody = error.toUtf8();
        m_pullRejected = true;
        QTimer::singleShot(0, reply, &StreamingRequest::abort); // not from inside its own signal
    }
}

void SyncEngine::onPullFinished()
{
    StreamingRequest *reply = m_pullReply;
    if (!reply)
        return;
    m_pullReply = nullptr;
    reply->deleteLater();
    std::unique_ptr<PullSession> pull = std::move(m_pull);
    const bool rejected = std::exchange(m_pullRejected, false);
    if (pull && !pull->finished() && reply->error() == StreamingRequest::Error::None && reply->status() == 200) {
        const QByteArray rest = reply->readAll();
        QString error;
        if (!rest.isEmpty() && !pull->feed(rest, &error)) {
            pull->abort();
            m_pullErrorBody = error.toUtf8();
        }
    } else if (reply->status() != 200 && m_pullErrorBody.size() < MaxErrorBody) {
        m_pullErrorBody += reply->readAll().left(MaxErrorBody);
    }
    if (pull) {
        for (const QString &b : pull->changedBuckets())
            m_changedSinceEmit.insert(b);
    }
    QString error;
    const bool transport = reply->error() != StreamingRequest::Error::None && !rejected;
    if (transport || (reply->status() != 200 && !rejected)) {
        if (pull)
            pull->abort();
        emitDataChanged(true);
        if (pull && pull->conflictsChanged())
            refreshConflicts();
        ServerConnection::Failure f = ServerConnection::failureFromBody(reply->status(), m_pullErrorBody);
        if (transport) {
            f.network = QNetworkReply::UnknownNetworkError;
            f.tlsRejected = reply->error() == StreamingRequest::Error::Tls;
            f.message = reply->errorString();
        }
        bool ok = false;
        const int retry = reply->header("retry-after").toInt(&ok);
        if (ok && retry > 0)
            f.retryAfterSeconds = retry;
        fail(tr("receiving changes"), f);
        return;
    }
    if (rejected || !pull || !pull->finish(&error)) {
        if (pull)
            pull->abort();
        emitDataChanged(true);
        if (error.isEmpty())
            error = QString::fromUtf8(m_pullErrorBody);
        qWarning("sync: pull failed: %s", qPrintable(error));
        failLocal(tr("The server's changes could not be applied."));
        return;
    }
    m_backoff.reset();
    m_authRetried = false;
    emitDataChanged(true);
    if (pull->conflictsChanged())
        refreshConflicts();
    if (!pull->refetch().isEmpty()) {
        // Dropped for a checksum mismatch: fetch those buckets again now, but not forever.
        if (++m_refetchRounds > MaxRefetchRounds) {
            setState(State::Error, tr("The copy of %1 disagrees with the server again and again.")
                                        .arg(pull->refetch().join(QLatin1String(", "))));
            m_refetchRounds = 0;
            retryLater(m_backoff.next());
            return;
        }
        m_pullNow = true;
    } else {
        m_refetchRounds = 0;
        if (m_initialPull)
            m_store->setStateValue(QStringLiteral("initial_sync_done"), QStringLiteral("1"));
        m_initialPull = false;
        setState(State::UpToDate);
    }
    if (m_store->pendingBackgroundWork() > 0 && !m_searchTimer->isActive())
        m_searchTimer->start(0);
    applyDeferred();
    if (m_pushAgain && !m_pushReply)
        startPush();
    schedule();
}

// --- failures -------------------------------------------------------------------------------------

void SyncEngine::fail(const QString &what, QNetworkReply *reply, const QByteArray &body)
{
    fail(what, ServerConnection::failureOf(reply, body));
}

void SyncEngine::fail(const QString &what, const ServerConnection::Failure &f)
{
    if (!m_running)
        return;
    if (f.isUnauthorized()) {
        if (!m_authRetried && m_auth->hasRefreshToken()) {
            // The access token expired or was revoked: refresh once, then try again.
            m_authRetried = true;
            m_connection->clearAccessToken();
            m_waitingForAuth = true;
            m_auth->refresh();
            return;
        }
        setState(State::Error, tr("The server no longer accepts this session. Sign in again to synchronise."));
        return;
    }
    const int delay = f.retryAfterSeconds > 0 ? qMin(f.retryAfterSeconds * 1000, 3600 * 1000) : m_backoff.next();
    const int seconds = (delay + 999) / 1000;
    if (f.tlsRejected)
        setState(State::Error, tr("The server's certificate is not the one that was trusted."));
    else if (f.isTransport())
        setState(State::Offline, tr("Cannot reach the server while %1 (%2). Trying again in %n s.", nullptr, seconds)
                                     .arg(what, f.message));
    else if (f.httpStatus == 429)
        setState(State::Error, tr("The server is busy. Trying again in %n s.", nullptr, seconds));
    else
        setState(State::Error, tr("The server refused while %1 (HTTP %2). Trying again in %n s.", nullptr, seconds)
                                   .arg(what).arg(f.httpStatus));
    retryLater(delay);
}

void SyncEngine::failLocal(const QString &message)
{
    const int delay = m_backoff.next();
    setState(State::Error, message);
    retryLater(delay);
}

// --- data for the GUI -----------------------------------------------------------------------------

void SyncEngine::emitDataChanged(bool force)
{
    if (m_pull) {
        for (const QString &b : m_pull->changedBuckets())
            m_changedSinceEmit.insert(b);
    }
    if (!force && m_sinceDataEmit.isValid() && m_sinceDataEmit.elapsed() < DataChangedIntervalMs)
        return;
    if (m_changedSinceEmit.isEmpty())
        return;
    QStringList buckets(m_changedSinceEmit.cbegin(), m_changedSinceEmit.cend());
    buckets.sort();
    m_changedSinceEmit.clear();
    m_sinceDataEmit.start();
    Q_EMIT dataChanged(buckets);
}

void SyncEngine::refreshConflicts()
{
    if (!m_store)
        return;
    const QList<SyncConflict> list = m_store->listConflicts();
    {
        QMutexLocker lock(&m_mutex);
        m_conflicts = list;
    }
    Q_EMIT conflictsChanged(int(list.size()));
}

void SyncEngine::refreshPending()
{
    if (!m_store)
        return;
    const int n = m_store->pendingUploadCount();
    {
        QMutexLocker lock(&m_mutex);
        if (n == m_pending)
            return;
        m_pending = n;
    }
    Q_EMIT pendingUploadsChanged(n);
}

void SyncEngine::resolveConflict(const QString &conflictId, const QJsonValue &value)
{
    if (!m_store)
        return;
    if (storeBusy()) {
        m_deferredResolves.append({conflictId, value});
        return;
    }
    QString error;
    if (!m_store->resolveConflict(conflictId, value, &error)) {
        qWarning("sync: resolving a conflict failed: %s", qPrintable(error));
        refreshConflicts();
        return;
    }
    refreshConflicts();
    refreshPending();
    Q_EMIT dataChanged({});
    nudge();
}

void SyncEngine::indexSearchStep()
{
    if (!m_running || !m_store)
        return;
    // Not while a stream is being applied: the sync comes first.
    if ((m_pull && m_pull->appliedOps() > 0) || storeBusy()) {
        m_searchTimer->start(200);
        return;
    }
    int indexed = 0;
    QString error;
    if (!m_store->indexPendingSearch(m_options.searchBatch, &indexed, &error)) {
        qWarning("sync: search indexing failed: %s", qPrintable(error));
        m_searchTimer->start(5000);
        return;
    }
    const qint64 remaining = m_store->pendingBackgroundWork();
    Q_EMIT searchIndexing(remaining);
    if (remaining > 0)
        m_searchTimer->start(0);
    else
        Q_EMIT dataChanged({});
}

} // namespace relais
