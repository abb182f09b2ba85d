#include "SyncBenchClient.h"

#include "BenchUtil.h"

#include "ContactRepository.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "SyncService.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace relais::bench {

namespace {

const QString Passphrase = QStringLiteral("benchmark passphrase 2026");

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
    return true;
}

/// A profile with its sync engine, signed in.
struct BenchClient {
    std::unique_ptr<ProfileSession> session;
    std::unique_ptr<SyncService> service;
    QString error;

    bool open(const QString &dir, const QString &url, const QString &caFile, const QString &user,
              const QString &password)
    {
        return create(dir) && signIn(dir, url, caFile, user, password);
    }
    bool create(const QString &dir)
    {
        session = std::make_unique<ProfileSession>();
        return session->create(dir, Passphrase, &error);
    }
    bool signIn(const QString &dir, const QString &url, const QString &caFile, const QString &user,
                const QString &password)
    {
        QFile pem(caFile);
        if (!pem.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("no certificate");
            return false;
        }
        SyncEngine::Options o;
        o.databasePath = ProfileVault::databasePath(dir);
        o.key = session->key();
        o.server = QUrl(url);
        o.pinnedCertificate = QSslCertificate(pem.readAll(), QSsl::Pem).digest(QCryptographicHash::Sha256);
        o.clientName = QStringLiteral("bench");
        service = std::make_unique<SyncService>(std::move(o));
        service->attach(session.get());
        bool finished = false, ok = false;
        QObject::connect(service->engine(), &SyncEngine::signInFinished, service.get(),
                         [&](bool success, const QString &message) {
                             finished = true;
                             ok = success;
                             error = message;
                         });
        service->start();
        service->signIn(user, password);
        return waitFor([&] { return finished; }, 60000) && ok;
    }
    SyncEngine::State state() const { return service->engine()->state(); }
};

} // namespace

int runInitialSyncChild(const QString &url, const QString &caFile, const QString &user, const QString &password,
                        qint64 expectedContacts)
{
    QTemporaryDir dir;
    BenchClient client;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    if (!client.create(profile)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(client.error));
        return 1;
    }
    QElapsedTimer t;
    // The clock starts before sign-in: what a user waits for after clicking "Connect".
    t.start();
    if (!client.signIn(profile, url, caFile, user, password)) {
        std::fprintf(stderr, "bench_sync: sign-in failed: %s\n", qPrintable(client.error));
        return 1;
    }
    qint64 lastDone = 0;
    QObject::connect(client.service->engine(), &SyncEngine::progress, client.service.get(),
                     [&](qint64 done, qint64 total) {
                         if (done - lastDone >= 100000) {
                             lastDone = done;
                             std::fprintf(stderr, "  synced %lld of %lld (%.1f s)\n", done, total, t.elapsed() / 1000.0);
                         }
                     });
    const bool ok = waitFor([&] {
        return client.state() == SyncEngine::State::UpToDate && client.session->contacts()->count() >= expectedContacts;
    }, 3600 * 1000);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!ok || client.session->contacts()->count() != expectedContacts) {
        std::fprintf(stderr, "bench_sync: initial sync ended with %lld contacts of %lld (state %s)\n",
                     client.session->contacts()->count(), expectedContacts,
                     qPrintable(SyncEngine::stateName(client.state())));
        return 1;
    }
    report("initial_sync_s", seconds, "s");
    report("initial_sync_rows_per_s", expectedContacts / seconds, "rows/s");
    // Searching every contact needs the full-text documents the engine writes in the background after a fill.
    report("client_peak_rss_mb", peakRssMb(), "MB");
    // The engine's thread writes them; a SyncStore read afresh sees how many are left.
    QElapsedTimer poll;
    poll.start();
    const auto searchReady = [&] {
        if (poll.elapsed() < 100)
            return false;
        poll.restart();
        return SyncStore(client.session->replica()->database()).pendingBackgroundWork() == 0;
    };
    if (waitFor(searchReady, 300 * 1000))
        report("search_ready_s", t.nsecsElapsed() / 1e9, "s");
    else
        std::fprintf(stderr, "bench_sync: contacts still without search documents after 300 s\n");
    report("client_peak_rss_after_search_mb", peakRssMb(), "MB");
    client.service->stop();
    return 0;
}

EditVisibleResult measureEditVisible(const QString &url, const QString &caFile, const QString &user,
                                     const QString &password, int edits, const QString &scratchDir)
{
    EditVisibleResult r;
    BenchClient a, b;
    if (!a.open(scratchDir + QStringLiteral("/edit-a"), url, caFile, user, password)
        || !b.open(scratchDir + QStringLiteral("/edit-b"), url, caFile, user, password)) {
        r.error = a.error.isEmpty() ? b.error : a.error;
        return r;
    }
    if (!waitFor([&] {
            return a.state() == SyncEngine::State::UpToDate && b.state() == SyncEngine::State::UpToDate
                && a.session->contacts()->count() > 0
                && a.session->contacts()->count() == b.session->contacts()->count();
        }, 600000)) {
        r.error = QStringLiteral("the two clients did not finish their first sync");
        return r;
    }
    // Let both settle into their long-polls.
    waitFor([] { return false; }, 500);
    QStringList ids;
    {
        QSqlQuery q(a.session->replica()->database());
        q.exec(QStringLiteral("SELECT id FROM contacts ORDER BY lid LIMIT 1000"));
        while (q.next())
            ids << q.value(0).toString();
    }
    for (int i = 0; i < edits; ++i) {
        const QString id = ids.at(i % ids.size());
        Contact c = *a.session->contacts()->byId(id);
        const QString note = QStringLiteral("bench edit %1").arg(i);
        c.notes = note;
        QString error;
        QElapsedTimer t;
        t.start();
        if (!a.session->contacts()->update(c, &error)) {
            r.error = error;
            return r;
        }
        Q_EMIT a.session->contactsChanged(); // what the editor does after saving: the engine pushes at once
        const bool seen = waitFor([&] {
            const auto other = b.session->contacts()->byId(id);
            return other && other->notes == note;
        }, 30000);
        if (!seen) {
            r.error = QStringLiteral("edit %1 never reached client B").arg(i);
            return r;
        }
        r.samplesMs.push_back(t.nsecsElapsed() / 1e6);
        waitFor([] { return false; }, 100); // people do not type that fast
    }
    a.service->stop();
    b.service->stop();
    r.ok = true;
    return r;
}

} // namespace relais::bench
