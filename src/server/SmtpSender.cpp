#include "SmtpSender.h"

#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace relais::server {

namespace {

struct Upload {
    const QByteArray *data = nullptr;
    qsizetype at = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(u->data->size() - u->at);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, u->data->constData() + u->at, n);
    u->at += qsizetype(n);
    return n;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

SmtpSender::SmtpSender(Settings settings) : m_settings(std::move(settings))
{
    globalInit();
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SmtpSender::Result SmtpSender::send(const QByteArray &from, const QByteArray &to, const QByteArray &message)
{
    Result r;
    CURL *c = static_cast<CURL *>(m_curl);
    if (!c) {
        r.message = QStringLiteral("libcurl could not start");
        return r;
    }
    // Options are set again for every message; the handle keeps the open connection.
    QUrl relay(m_settings.url);
    if (relay.path().isEmpty() || relay.path() == QLatin1String("/"))
        relay.setPath(QLatin1Char('/') + m_settings.heloName); // libcurl's EHLO name is the URL's path
    const QByteArray url = relay.toEncoded();
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray mailFrom = '<' + from + '>';
    const QByteArray rcptTo = '<' + to + '>';
    curl_slist *recipients = curl_slist_append(nullptr, rcptTo.constData());
    Upload upload{&message, 0};
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds * 4));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(recipients);

    r.smtpCode = int(code);
    if (rc == CURLE_OK) {
        r.outcome = Outcome::Sent;
        return r;
    }
    r.outcome = code >= 500 && code < 600 ? Outcome::PermanentFailure : Outcome::TemporaryFailure;
    r.message = QStringLiteral("%1 (SMTP %2)")
                    .arg(QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(rc)))
                    .arg(code);
    return r;
}

} // namespace relais::server
