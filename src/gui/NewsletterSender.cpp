#include "NewsletterSender.h"

#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"

#include <QTimer>

namespace relais {

namespace {
constexpr int PollMs = 250;
const QString Newsletter = QStringLiteral("newsletter");
} // namespace

NewsletterSender::NewsletterSender(ProfileSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_poll(new QTimer(this))
{
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &NewsletterSender::poll);
}

void NewsletterSender::run(const QString &newsletterId, const QString &action, const QJsonObject &body)
{
    if (isBusy())
        return;
    m_id = newsletterId;
    m_path = QStringLiteral("/newsletters/") + newsletterId + u'/' + action;
    m_body = body;
    if (!m_sync || !m_session || !m_session->isUnlocked()) {
        finish({}, tr("This profile is not connected to a server: use Server, Connect to a server."));
        return;
    }
    m_waited.start();
    const auto record = RecordRepository(m_session->replica()->database()).get(Newsletter, m_id);
    if (!record) {
        finish({}, tr("The newsletter is no longer on this computer."));
        return;
    }
    if (!record->dirty) {
        call();
        return;
    }
    Q_EMIT progress(tr("Waiting for the draft to reach the server…"));
    m_sync->syncNow();
    m_poll->start();
}

void NewsletterSender::poll()
{
    if (!m_session || !m_session->isUnlocked() || !m_sync) {
        finish({}, tr("The profile was locked before the newsletter left."));
        return;
    }
    const auto record = RecordRepository(m_session->replica()->database()).get(Newsletter, m_id);
    if (!record) {
        finish({}, tr("The newsletter is no longer on this computer."));
        return;
    }
    if (!record->dirty) {
        m_poll->stop();
        call();
        return;
    }
    if (m_waited.elapsed() > m_timeoutMs)
        finish({}, tr("The draft has not reached the server yet (waiting for sync). Check the connection in the "
                      "status bar, then try again."));
}

void NewsletterSender::call()
{
    Q_EMIT progress(tr("Asking the server…"));
    m_sync->api(QStringLiteral("POST"), m_path, m_body, this, [this](const ApiResult &r) {
        finish(r, r.ok() ? QString() : errorText(r));
    });
}

void NewsletterSender::finish(const ApiResult &result, const QString &error)
{
    m_poll->stop();
    m_path.clear();
    m_id.clear();
    Q_EMIT finished(result, error);
}

QString NewsletterSender::errorText(const ApiResult &r)
{
    if (r.ok())
        return {};
    const QString code = r.code();
    const QString detail = r.message();
    if (r.httpStatus == 0)
        return r.error;
    if (code == QLatin1String("already_sent"))
        return tr("This newsletter was already sent (or is being sent).");
    if (code == QLatin1String("no_smtp"))
        return tr("This server cannot send e-mails yet: its administrator has not set up an e-mail relay.");
    switch (r.httpStatus) {
    case 401:
        return tr("The server no longer accepts this session. Sign in again (Server menu, Connect to a server).");
    case 403:
        return tr("You are not allowed to send newsletters to this zone.");
    case 404:
        return tr("The server does not know this newsletter yet: wait for the synchronisation, then try again.");
    case 409:
        return tr("The newsletter cannot be changed in its current state on the server.")
            + (detail.isEmpty() ? QString() : u' ' + detail);
    case 422:
        return detail.isEmpty() ? tr("The server refused this newsletter: something is missing or wrong in it.")
                                : tr("The server refused this newsletter: %1").arg(detail);
    case 429:
        return tr("The server is busy: try again in a minute.");
    default:
        break;
    }
    if (r.httpStatus >= 500)
        return tr("The server had a problem (HTTP %1). Try again later; if it goes on, tell your administrator.")
            .arg(r.httpStatus);
    return r.error.isEmpty() ? tr("The server answered with an error (HTTP %1).").arg(r.httpStatus) : r.error;
}

} // namespace relais
