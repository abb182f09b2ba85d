#include "SyncController.h"

#include "ConflictsPage.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "NewsletterPage.h"
#include "PetitionPage.h"
#include "ProxyPage.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace relais {

namespace {
const QString KeyServer = QStringLiteral("server_url");
const QString KeyPin = QStringLiteral("server_certificate_sha256");
const QString KeyUser = QStringLiteral("server_username");
const QString KeyGrants = QStringLiteral("account_grants");

SyncStatusWidget::State indicatorState(SyncEngine::State s)
{
    switch (s) {
    case SyncEngine::State::Offline: return SyncStatusWidget::State::Offline;
    case SyncEngine::State::Connecting: return SyncStatusWidget::State::Connecting;
    case SyncEngine::State::InitialSync: return SyncStatusWidget::State::InitialSync;
    case SyncEngine::State::Syncing: return SyncStatusWidget::State::Syncing;
    case SyncEngine::State::UpToDate: return SyncStatusWidget::State::UpToDate;
    case SyncEngine::State::Error: return SyncStatusWidget::State::Error;
    }
    return SyncStatusWidget::State::Error;
}
} // namespace

SyncController::SyncController(ProfileSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

SyncController::~SyncController() { stop(); }

QString SyncController::keychainEntry() const
{
    return QStringLiteral("sync-") + ProfileVault::profileId(m_session->profileDir());
}

bool SyncController::isConfigured() const
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    return !SyncStore(m_session->replica()->database()).stateValue(KeyServer).isEmpty();
}

void SyncController::startIfConfigured()
{
    if (!isConfigured() || m_service)
        return;
    SyncStore store(m_session->replica()->database());
    startService(QUrl(store.stateValue(KeyServer)), QByteArray::fromHex(store.stateValue(KeyPin).toLatin1()));
}

void SyncController::startService(const QUrl &server, const QByteArray &pin)
{
    stop();
    SyncEngine::Options o;
    o.databasePath = ProfileVault::databasePath(m_session->profileDir());
    o.key = m_session->key();
    o.server = server;
    o.pinnedCertificate = pin;
    o.clientName = tr("Relais on %1").arg(QHostInfo::localHostName());
    o.keychainEntry = keychainEntry();
    m_service = std::make_unique<SyncService>(std::move(o));
    m_service->attach(m_session);
    SyncEngine *engine = m_service->engine();
    connect(engine, &SyncEngine::stateChanged, this,
            [this](SyncEngine::State s, const QString &message) { onEngineState(int(s), message); });
    connect(engine, &SyncEngine::progress, this, [this](qint64 done, qint64 total) {
        if (m_indicator)
            m_indicator->setProgress(done, total);
    });
    connect(engine, &SyncEngine::pendingUploadsChanged, this, [this](int n) {
        if (m_indicator)
            m_indicator->setPendingUploads(n);
    });
    connect(engine, &SyncEngine::searchIndexing, this, [this](qint64 remaining) {
        if (m_indicator)
            m_indicator->setSearchBacklog(remaining);
    });
    connect(engine, &SyncEngine::apiFinished, this, &SyncController::onApiFinished);
    connect(engine, &SyncEngine::conflictsChanged, this, [this](int n) {
        if (m_indicator)
            m_indicator->setConflicts(n);
        if (m_window)
            m_window->conflictsPage()->reload();
    });
    m_service->start();
}

void SyncController::onEngineState(int state, const QString &message)
{
    const auto s = indicatorState(SyncEngine::State(state));
    if (m_indicator)
        m_indicator->setState(s, message);
    m_state = s;
    m_stateMessage = message;
    if (s == SyncStatusWidget::State::UpToDate && !m_accountRead)
        refreshAccount();
    Q_EMIT stateChanged(s);
}

bool SyncController::isOnline() const
{
    return m_service
        && (m_state == SyncStatusWidget::State::UpToDate || m_state == SyncStatusWidget::State::Syncing
            || m_state == SyncStatusWidget::State::InitialSync);
}

void SyncController::nudge()
{
    if (m_service)
        m_service->nudge();
}

void SyncController::send(const std::function<int(SyncService *)> &start, ApiCallback done)
{
    if (!m_service) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            ApiResult r;
            r.error = tr("This profile is not connected to a server: use Server, Connect to a server.");
            done(r);
        });
        return;
    }
    m_calls.insert(start(m_service.get()), PendingCall{std::move(done), nullptr, false});
}

SyncController::ApiCallback SyncController::guarded(const QObject *context, ApiCallback done)
{
    return [guard = QPointer<const QObject>(context), done = std::move(done)](const ApiResult &r) {
        if (guard)
            done(r);
    };
}

void SyncController::api(const QString &method, const QString &path, const QJsonObject &body, ApiCallback done)
{
    send([&](SyncService *service) { return service->api(method, path, body); }, std::move(done));
}

void SyncController::api(const QString &method, const QString &path, const QJsonObject &body, const QObject *context,
                         ApiCallback done)
{
    api(method, path, body, guarded(context, std::move(done)));
}

void SyncController::apiDownload(const QString &path, const QObject *context, ApiCallback done)
{
    send([&](SyncService *service) { return service->apiDownload(path); }, guarded(context, std::move(done)));
}

QUrl SyncController::serverUrl() const
{
    if (!m_session || !m_session->isUnlocked())
        return {};
    return QUrl(SyncStore(m_session->replica()->database()).stateValue(KeyServer));
}

void SyncController::onApiFinished(int requestId, int httpStatus, const QJsonObject &body, const QString &error,
                                   const QByteArray &data)
{
    const auto it = m_calls.constFind(requestId);
    if (it == m_calls.constEnd())
        return;
    const ApiCallback done = it->done;
    m_calls.erase(it);
    done(ApiResult{requestId, httpStatus, body, error, data});
}

void SyncController::failPendingCalls(const QString &message)
{
    const auto calls = std::exchange(m_calls, {});
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        it->done(ApiResult{it.key(), 0, {}, message, {}});
}

void SyncController::refreshAccount()
{
    m_accountRead = true;
    api(QStringLiteral("GET"), QStringLiteral("/me"), {}, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_accountRead = false; // asked again at the next "up to date"
            return;
        }
        if (!m_session || !m_session->isUnlocked())
            return;
        const QJsonArray grants = r.body.value(QLatin1String("grants")).toArray();
        const QString json = QString::fromUtf8(QJsonDocument(grants).toJson(QJsonDocument::Compact));
        SyncStore store(m_session->replica()->database());
        if (store.stateValue(KeyGrants) == json)
            return;
        store.setStateValue(KeyGrants, json);
        Q_EMIT accountChanged();
    });
}

QList<Grant> SyncController::accountGrants() const
{
    QList<Grant> grants;
    if (!m_session || !m_session->isUnlocked())
        return grants;
    const QString json = SyncStore(m_session->replica()->database()).stateValue(KeyGrants);
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        grants << Grant::fromJson(v.toObject());
    return grants;
}

void SyncController::attachWindow(MainWindow *window)
{
    m_window = window;
    m_indicator = new SyncStatusWidget;
    m_indicator->setObjectName(QStringLiteral("syncStatus"));
    window->addPermanentStatusWidget(m_indicator);
    connect(m_indicator, &SyncStatusWidget::connectRequested, this, [this] { connectToServer(m_window); });
    connect(m_indicator, &SyncStatusWidget::syncNowRequested, this, &SyncController::syncNow);
    connect(m_indicator, &SyncStatusWidget::conflictsRequested, window, &MainWindow::showConflicts);
    connect(window, &MainWindow::connectServerRequested, this, [this] { connectToServer(m_window); });
    connect(window, &MainWindow::syncNowRequested, this, &SyncController::syncNow);
    connect(window->conflictsPage(), &ConflictsPage::resolved, this, [this] {
        if (m_service)
            m_service->nudge();
    });
    window->newsletterPage()->setSyncController(this);
    window->petitionPage()->setSyncController(this);
    window->proxyPage()->setSyncController(this);
    m_indicator->setConflicts(window->conflictsPage()->count());
    if (m_service) {
        SyncEngine *engine = m_service->engine();
        m_indicator->setState(indicatorState(engine->state()), engine->message());
        m_indicator->setPendingUploads(engine->pendingUploads());
    } else if (m_session && m_session->isUnlocked()) {
        m_indicator->setPendingUploads(m_session->contacts() ? SyncStore(m_session->replica()->database()).pendingUploadCount() : 0);
    }
}

void SyncController::connectToServer(QWidget *parent)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    auto *dialog = new ConnectDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    SyncStore store(m_session->replica()->database());
    dialog->setServer(store.stateValue(KeyServer));
    dialog->setUsername(store.stateValue(KeyUser));
    connect(dialog, &ConnectDialog::signInRequested, this,
            [this, dialog](const QUrl &server, const QByteArray &pin, const QString &user, const QString &password) {
                startService(server, pin);
                connect(m_service->engine(), &SyncEngine::signInFinished, dialog,
                        [this, dialog, server, pin, user](bool ok, const QString &message) {
                            if (ok && m_session && m_session->isUnlocked()) {
                                SyncStore s(m_session->replica()->database());
                                s.setStateValue(KeyServer, server.toString());
                                s.setStateValue(KeyPin, QString::fromLatin1(pin.toHex()));
                                s.setStateValue(KeyUser, user);
                            }
                            dialog->signInFinished(ok, message);
                        });
                m_service->signIn(user, password);
            });
    dialog->open();
}

void SyncController::syncNow()
{
    if (!m_service) {
        if (isConfigured())
            startIfConfigured();
        else if (m_window)
            connectToServer(m_window);
        return;
    }
    if (m_service->engine()->tokenStorage() == AuthClient::TokenStorage::None && m_window) {
        // Not signed in (no keychain kept the session, or it was revoked): ask again.
        connectToServer(m_window);
        return;
    }
    m_service->retryNow();
    m_service->nudge();
}

void SyncController::stop()
{
    if (m_service) {
        m_service->stop();
        m_service.reset();
    }
    m_accountRead = false;
    if (m_state != SyncStatusWidget::State::NotConnected) {
        m_state = SyncStatusWidget::State::NotConnected;
        m_stateMessage.clear();
        Q_EMIT stateChanged(m_state);
    }
    failPendingCalls(tr("Synchronisation was stopped before the server answered."));
}

} // namespace relais
