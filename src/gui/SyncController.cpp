#include "SyncController.h"

#include "ConflictsPage.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QHostInfo>

namespace relais {

namespace {
const QString KeyServer = QStringLiteral("server_url");
const QString KeyPin = QStringLiteral("server_certificate_sha256");
const QString KeyUser = QStringLiteral("server_username");

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
    Q_EMIT stateChanged(s);
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
}

} // namespace relais
