#include "KeychainStore.h"

#include <QVariant>
#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace relais {

namespace {

/// Deletes a finished job; lets an unfinished one (timed out) delete itself when it finishes.
struct JobDeleter {
    void operator()(QKeychain::Job *job) const
    {
        if (!job)
            return;
        if (job->property("relaisFinished").toBool())
            delete job;
        else
            job->setAutoDelete(true);
    }
};
template <typename J>
using JobPtr = std::unique_ptr<J, JobDeleter>;

template <typename J>
JobPtr<J> makeJob(const QString &key)
{
    JobPtr<J> job(new J(KeychainStore::serviceName()));
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    return job;
}

/// Runs a job to completion or timeout. Returns false on timeout.
bool run(QKeychain::Job *job, int timeoutMs)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&done, &loop, job] {
        done = true;
        job->setProperty("relaisFinished", true);
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return done;
}

QString reasonFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
        return KeychainStore::tr("Access to the keychain was refused.");
    case QKeychain::AccessDenied:
        return KeychainStore::tr("The keychain refused access (it may be locked).");
    case QKeychain::CouldNotDeleteEntry:
        return KeychainStore::tr("The keychain could not forget the key.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 reports a missing Secret Service as OtherError.
    return KeychainStore::tr("No keychain is available on this computer (such as GNOME Keyring or KWallet).");
}

QString describe(const QKeychain::Job *job)
{
    const QString reason = reasonFor(job->error());
    const QString detail = job->errorString().trimmed();
    if (detail.isEmpty() || job->error() == QKeychain::AccessDeniedByUser)
        return reason;
    return KeychainStore::tr("%1 (%2)").arg(reason, detail);
}

/// QtKeychain's jobs belong to the application's main thread (its job queue lives there); called from
/// another thread (the sync engine's), an operation runs there and this thread waits for it.
template <typename F>
bool offMainThread(F &&call)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return false;
    QMetaObject::invokeMethod(app, std::forward<F>(call), Qt::BlockingQueuedConnection);
    return true;
}

bool haveApplication(QString *error)
{
    if (QCoreApplication::instance())
        return true;
    if (error)
        *error = KeychainStore::tr("The keychain cannot be used before the application has started.");
    return false;
}

QString timeoutMessage()
{
    return KeychainStore::tr("The keychain did not answer in time.");
}

} // namespace

QString KeychainStore::serviceName()
{
    return QStringLiteral("Relais");
}

QString KeychainStore::entryKey(const QString &profileId)
{
    return QStringLiteral("profile-") + profileId;
}

KeychainStore::Availability KeychainStore::probe(int timeoutMs)
{
    Availability a;
    QString error;
    if (!haveApplication(&error)) {
        a.reason = error;
        return a;
    }
    auto job = makeJob<QKeychain::ReadPasswordJob>(QStringLiteral("probe-availability"));
    if (!run(job.get(), timeoutMs)) {
        a.reason = timeoutMessage();
        return a;
    }
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
        a.state = Availability::Available;
        return a;
    }
    a.reason = reasonFor(job->error());
    a.detail = job->errorString();
    return a;
}

bool KeychainStore::store(const QString &profileId, const SecretKey &key, QString *error, int timeoutMs)
{
    bool result = false;
    if (offMainThread([&] { result = store(profileId, key, error, timeoutMs); }))
        return result;
    if (!haveApplication(error))
        return false;
    if (profileId.isEmpty() || !key.isValid()) {
        if (error)
            *error = tr("There is no key to remember.");
        return false;
    }
    QByteArray bytes = key.toByteArray();
    bool ok = false;
    {
        auto job = makeJob<QKeychain::WritePasswordJob>(entryKey(profileId));
        job->setBinaryData(bytes);
        if (!run(job.get(), timeoutMs)) {
            if (error)
                *error = timeoutMessage();
        } else if (job->error() != QKeychain::NoError) {
            if (error)
                *error = describe(job.get());
        } else {
            ok = true;
        }
        // Best effort: drop the job's reference to our buffer before wiping it, so that the wipe
        // reaches the one shared buffer rather than a detached copy.
        if (job->property("relaisFinished").toBool())
            job->setBinaryData(QByteArray());
    }
    SecretKey::wipe(bytes);
    return ok;
}

SecretKey KeychainStore::load(const QString &profileId, QString *error, int timeoutMs)
{
    SecretKey result;
    if (offMainThread([&] { result = load(profileId, error, timeoutMs); }))
        return result;
    if (error)
        error->clear();
    if (!haveApplication(error) || profileId.isEmpty())
        return {};
    QByteArray bytes;
    {
        auto job = makeJob<QKeychain::ReadPasswordJob>(entryKey(profileId));
        if (!run(job.get(), timeoutMs)) {
            if (error)
                *error = timeoutMessage();
            return {};
        }
        if (job->error() == QKeychain::EntryNotFound)
            return {};
        if (job->error() != QKeychain::NoError) {
            if (error)
                *error = describe(job.get());
            return {};
        }
        bytes = job->binaryData();
    } // the job (and its copy of the secret) is gone: `bytes` now owns the only buffer
    SecretKey key = SecretKey::fromBytes(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                         int(bytes.size()));
    SecretKey::wipe(bytes);
    if (!key.isValid() && error)
        *error = tr("The key remembered on this computer is damaged; enter the passphrase instead.");
    return key;
}

bool KeychainStore::remove(const QString &profileId, QString *error, int timeoutMs)
{
    bool result = false;
    if (offMainThread([&] { result = remove(profileId, error, timeoutMs); }))
        return result;
    if (!haveApplication(error))
        return false;
    auto job = makeJob<QKeychain::DeletePasswordJob>(entryKey(profileId));
    if (!run(job.get(), timeoutMs)) {
        if (error)
            *error = timeoutMessage();
        return false;
    }
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = describe(job.get());
    return false;
}

} // namespace relais
