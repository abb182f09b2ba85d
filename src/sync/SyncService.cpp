#include "SyncService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

#include "ProfileSession.h"
#include "Replica.h"
#include "SyncStore.h"

namespace relais {

SyncService::SyncService(SyncEngine::Options options, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_engine(new SyncEngine(std::move(options)))
{
    m_thread->setObjectName(QStringLiteral("relais-sync"));
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
}

SyncService::~SyncService()
{
    stop();
    m_thread->quit();
    m_thread->wait();
}

bool SyncService::isRunning() const { return m_thread->isRunning(); }

void SyncService::start()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncService::stop()
{
    if (!m_thread->isRunning())
        return;
    // Not a blocking call: the engine may itself be waiting on this thread (keychain operations run here),
    // so this thread keeps serving its events until the engine has stopped.
    auto done = std::make_shared<std::atomic<bool>>(false);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, done] {
        engine->stop();
        *done = true;
    }, Qt::QueuedConnection);
    QDeadlineTimer deadline(15000);
    while (!*done && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 10);
        if (!*done)
            QThread::msleep(1);
    }
}

void SyncService::nudge()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::nudge, Qt::QueuedConnection);
}

void SyncService::signIn(const QString &username, const QString &password)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, username, password] { engine->signIn(username, password); },
                              Qt::QueuedConnection);
}

void SyncService::signOut()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::signOut, Qt::QueuedConnection);
}

void SyncService::resolveConflict(const QString &conflictId, const QJsonValue &value)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, conflictId, value] { engine->resolveConflict(conflictId, value); },
                              Qt::QueuedConnection);
}

void SyncService::retryNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::retryNow, Qt::QueuedConnection);
}

int SyncService::api(const QString &method, const QString &path, const QJsonObject &body)
{
    const int id = ++m_lastRequestId;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, id, method, path, body] { engine->apiCall(id, method, path, body); },
                              Qt::QueuedConnection);
    return id;
}

int SyncService::apiDownload(const QString &path)
{
    const int id = ++m_lastRequestId;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, id, path] { engine->apiDownload(id, path); },
                              Qt::QueuedConnection);
    return id;
}

void SyncService::attach(ProfileSession *session)
{
    m_session = session;
    connect(session, &ProfileSession::contactsChanged, this, &SyncService::nudge);
    connect(session, &ProfileSession::locked, this, &SyncService::stop);
    connect(m_engine, &SyncEngine::dataChanged, session, [session] {
        if (!session->isUnlocked())
            return;
        SyncStore::contactsChangedElsewhere(session->replica()->database());
        Q_EMIT session->contactsChanged();
    });
}

} // namespace relais
