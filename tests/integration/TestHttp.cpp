#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

namespace relais::test {

static httplib::Headers bearer(const QByteArray &token)
{
    httplib::Headers headers;
    if (!token.isEmpty())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return headers;
}

TestHttp::TestHttp(const QString &baseUrl, const QString &caFile)
{
    const QUrl u(baseUrl);
    m_client = std::make_unique<httplib::SSLClient>(u.host().toStdString(), u.port(443));
    m_client->set_ca_cert_path(caFile.toStdString().c_str());
    m_client->enable_server_certificate_verification(true);
    m_client->set_keep_alive(true);
    m_client->set_tcp_nodelay(true);
    m_client->set_connection_timeout(10);
}

TestHttp::~TestHttp() = default;

int TestHttp::post(const char *path, const QJsonObject &body, QByteArray *answer, int timeoutSeconds)
{
    return postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact), answer, timeoutSeconds);
}

int TestHttp::postJson(const char *path, const QByteArray &json, QByteArray *answer, int timeoutSeconds)
{
    return postBody(path, json, "application/json", answer, timeoutSeconds);
}

int TestHttp::postBody(const char *path, const QByteArray &body, const char *contentType, QByteArray *answer,
                       int timeoutSeconds, const char *accept)
{
    m_client->set_read_timeout(timeoutSeconds);
    httplib::Headers headers = bearer(m_token);
    if (accept)
        headers.emplace("Accept", accept);
    for (const auto &[name, value] : m_headers)
        headers.emplace(name, value);
    auto res = m_client->Post(path, headers, body.constData(), std::size_t(body.size()), contentType);
    m_contentType = res ? QByteArray::fromStdString(res->get_header_value("Content-Type")) : QByteArray();
    if (!res)
        return -1;
    if (answer)
        *answer = QByteArray::fromStdString(res->body);
    return res->status;
}

QJsonObject TestHttp::pushItem(const QString &clientId, qint64 seq, const QString &type, const QString &op,
                               const QString &id, const QJsonObject &data)
{
    const QJsonObject item{{QStringLiteral("seq"), seq}, {QStringLiteral("type"), type}, {QStringLiteral("op"), op},
                           {QStringLiteral("id"), id},   {QStringLiteral("base_version"), 0}, {QStringLiteral("data"), data}};
    QByteArray answer;
    const int status = post("/api/v1/sync/push", {{QStringLiteral("client_id"), clientId}, {QStringLiteral("items"), QJsonArray{item}}},
                            &answer);
    if (status != 200)
        return {{QStringLiteral("status"), QStringLiteral("http %1").arg(status)}};
    return QJsonDocument::fromJson(answer).object().value(QLatin1String("results")).toArray().at(0).toObject();
}

int TestHttp::get(const QString &path, QByteArray *answer)
{
    m_client->set_read_timeout(60);
    auto res = m_client->Get(path.toStdString().c_str(), bearer(m_token));
    if (!res)
        return -1;
    m_location = QByteArray::fromStdString(res->get_header_value("Location"));
    m_contentType = QByteArray::fromStdString(res->get_header_value("Content-Type"));
    if (answer)
        *answer = QByteArray::fromStdString(res->body);
    return res->status;
}

int TestHttp::del(const QString &path, QByteArray *answer)
{
    auto res = m_client->Delete(path.toStdString().c_str(), bearer(m_token));
    if (!res)
        return -1;
    if (answer)
        *answer = QByteArray::fromStdString(res->body);
    return res->status;
}

bool TestHttp::login(const QString &username, const QString &password)
{
    QByteArray answer;
    const int status = post("/api/v1/auth/login",
                            {{QStringLiteral("username"), username}, {QStringLiteral("password"), password},
                             {QStringLiteral("client_name"), QStringLiteral("bench")}},
                            &answer);
    if (status != 200)
        return false;
    m_token = QJsonDocument::fromJson(answer).object().value(QLatin1String("access_token")).toString().toUtf8();
    return !m_token.isEmpty();
}

} // namespace relais::test
