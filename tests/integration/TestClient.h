#pragma once

#include "Contact.h"
#include "SyncOp.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace relais {
class ContactRepository;
class ProfileSession;
class SyncEngine;
class SyncService;
class SyncStore;
}

namespace relais::test {

class TestServer;

/// A desktop client for integration tests: its own encrypted profile in a temporary directory, a real
/// SyncEngine connected to a TestServer over TLS (the server's self-signed certificate pinned, as a user
/// accepting the trust prompt would), and blocking helpers that run the event loop until sync settles.
class TestClient
{
public:
    explicit TestClient(const QString &name);
    ~TestClient();

    /// Logs in as `username` and starts the engine. False with error() set on failure.
    bool connectTo(const TestServer &server, const QString &username, const QString &password);
    /// Pushes what is pending and pulls until up to date (or `timeoutMs`); false on error or time-out.
    /// Offline, it first connects again with the last credentials.
    bool sync(int timeoutMs = 60000);
    /// Stops the engine (as going offline): local edits keep queueing.
    void goOffline();
    /// Runs the event loop until `done()` holds or the time is up.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);

    ProfileSession *session() const { return m_session.get(); }
    ContactRepository *contacts() const;
    SyncEngine *engine() const;
    /// A SyncStore on the session's connection (bookkeeping, conflicts).
    SyncStore &store();
    QString profileDir() const { return m_dir.path(); }
    QString error() const { return m_error; }

    /// Creates and saves a contact in `zone` (a department) with the given names.
    Contact addContact(const QString &firstName, const QString &lastName, const QString &zone,
                       const QString &email = QString());
    std::optional<Contact> contact(const QString &id) const;
    qint64 count() const;

private:
    QString m_name;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SyncService> m_service;
    const TestServer *m_server = nullptr;
    QString m_username;
    QString m_password;
    std::unique_ptr<SyncStore> m_store;
    QString m_error;
};

} // namespace relais::test
