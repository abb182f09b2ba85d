#pragma once

#include "ApiResult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace relais {

class ProfileSession;
class SyncController;

/// Runs one sending action of a newsletter on the server (send a test, send, schedule, cancel): the
/// server only knows the draft once it is synced, so the draft is pushed first (SyncController::syncNow)
/// and the call waits until the replica no longer marks it as changed; then the REST call. The answer,
/// or what went wrong in plain words, comes with finished().
class NewsletterSender : public QObject
{
    Q_OBJECT
public:
    explicit NewsletterSender(ProfileSession *session, QObject *parent = nullptr);

    void setSyncController(SyncController *sync) { m_sync = sync; }
    /// How long to wait for the draft to reach the server (default 60 s).
    void setSyncTimeout(int ms) { m_timeoutMs = ms; }
    bool isBusy() const { return !m_path.isEmpty(); }

    /// POSTs `body` to /newsletters/`newsletterId`/`action` ("test", "send", "cancel") once the draft is synced.
    void run(const QString &newsletterId, const QString &action, const QJsonObject &body);

    /// A server's answer in words for the people sending ("This newsletter was already sent.").
    static QString errorText(const ApiResult &result);

Q_SIGNALS:
    /// What is happening ("Waiting for the draft to reach the server…").
    void progress(const QString &message);
    /// `error` is empty on success (then `result` holds the server's answer).
    void finished(const relais::ApiResult &result, const QString &error);

private:
    void poll();
    void call();
    void finish(const ApiResult &result, const QString &error);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QTimer *m_poll;
    QElapsedTimer m_waited;
    QString m_id;
    QString m_path;
    QJsonObject m_body;
    int m_timeoutMs = 60000;
};

} // namespace relais
