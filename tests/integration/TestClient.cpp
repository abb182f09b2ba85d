#include "TestClient.h"

#include "TestServer.h"

#include "ContactRepository.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "Replica.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QThread>

namespace relais::test {

namespace {
const QString Passphrase = QStringLiteral("integration test passphrase");
}

TestClient::TestClient(const QString &name)
    : m_name(name), m_session(std::make_unique<ProfileSession>())
{
    QString error;
    if (!m_session->create(m_dir.filePath(QStringLiteral("profile")), Passphrase, &error))
        qFatal("cannot create a test profile: %s", qPrintable(error));
    m_session->contacts()->setAuthor(name);
    m_store = std::make_unique<SyncStore>(m_session->replica()->database());
}

TestClient::~TestClient()
{
    goOffline();
}

ContactRepository *TestClient::contacts() const { return m_session->contacts(); }

SyncStore &TestClient::store() { return *m_store; }

SyncEngine *TestClient::engine() const { return m_service ? m_service->engine() : nullptr; }

bool TestClient::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

bool TestClient::connectTo(const TestServer &server, const QString &username, const QString &password)
{
    goOffline();
    m_server = &server;
    m_username = username;
    m_password = password;
    QFile pem(server.certificatePath());
    if (!pem.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no server certificate");
        return false;
    }
    const QSslCertificate cert(pem.readAll(), QSsl::Pem);
    SyncEngine::Options o;
    o.databasePath = ProfileVault::databasePath(m_session->profileDir());
    o.key = m_session->key();
    o.server = QUrl(server.url());
    // What a user accepting the trust prompt pins: the SHA-256 of the certificate.
    o.pinnedCertificate = cert.digest(QCryptographicHash::Sha256);
    o.clientName = QStringLiteral("integration test ") + m_name;
    o.initialBackoffMs = 200;
    o.maxBackoffMs = 1000;
    m_service = std::make_unique<SyncService>(std::move(o));
    m_service->attach(m_session.get());
    bool finished = false, ok = false;
    QObject::connect(m_service->engine(), &SyncEngine::signInFinished, m_service.get(),
                     [&](bool success, const QString &message) {
                         finished = true;
                         ok = success;
                         if (!success)
                             m_error = message;
                     });
    m_service->start();
    m_service->signIn(username, password);
    if (!waitFor([&] { return finished; }, 30000)) {
        m_error = QStringLiteral("sign-in did not finish");
        return false;
    }
    return ok;
}

void TestClient::goOffline()
{
    if (m_service) {
        m_service->stop();
        m_service.reset();
    }
}

bool TestClient::sync(int timeoutMs)
{
    if (!m_service) {
        // Back online: sign in again as before (a real client restores its session from the keychain).
        if (!m_server || !connectTo(*m_server, m_username, m_password))
            return false;
    }
    m_service->nudge();
    m_service->retryNow();
    // Settled: nothing left to push, the engine up to date, and every bucket it holds at the server's head.
    const bool ok = waitFor([&] {
        SyncEngine *e = m_service->engine();
        if (e->state() == SyncEngine::State::Error)
            return true;
        if (e->state() != SyncEngine::State::UpToDate || e->pendingUploads() > 0 || m_store->pendingUploadCount() > 0)
            return false;
        const BucketStates held = m_store->cursors();
        for (auto it = held.begin(); it != held.end(); ++it) {
            const QStringList head = const_cast<TestServer *>(m_server)->query(
                QStringLiteral("SELECT last_op_id FROM bucket_heads WHERE bucket = ?"), {it.key()});
            if (!head.isEmpty() && head.first().toLongLong() > it.value().cursor)
                return false;
        }
        return true;
    }, timeoutMs);
    if (m_service->engine()->state() == SyncEngine::State::Error) {
        m_error = m_service->engine()->message();
        return false;
    }
    if (!ok)
        m_error = QStringLiteral("sync did not settle in time (state %1, %2 pending)")
                      .arg(SyncEngine::stateName(m_service->engine()->state()))
                      .arg(m_service->engine()->pendingUploads());
    return ok;
}

Contact TestClient::addContact(const QString &firstName, const QString &lastName, const QString &zone,
                               const QString &email)
{
    Contact c;
    c.firstName = firstName;
    c.lastName = lastName;
    c.zone = zone;
    c.email = email;
    QString error;
    if (!m_session->contacts()->insert(c, &error))
        qFatal("cannot add a contact: %s", qPrintable(error));
    Q_EMIT m_session->contactsChanged();
    return c;
}

std::optional<Contact> TestClient::contact(const QString &id) const { return m_session->contacts()->byId(id); }

qint64 TestClient::count() const { return m_session->contacts()->count(); }

} // namespace relais::test
