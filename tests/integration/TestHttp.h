#pragma once
// A small blocking HTTPS client for tests that craft requests and for the benchmarks' load generators:
// cpp-httplib, one connection per object, the server's self-signed certificate trusted from its file.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <string>

namespace httplib {
class SSLClient;
}

namespace relais::test {

class TestHttp
{
public:
    TestHttp(const QString &baseUrl, const QString &caFile);
    ~TestHttp();
    TestHttp(const TestHttp &) = delete;
    TestHttp &operator=(const TestHttp &) = delete;

    /// Logs in; false if the server said no.
    bool login(const QString &username, const QString &password);
    void setToken(const QByteArray &token) { m_token = token; }
    /// A header sent with every later POST of a body (postBody), e.g. X-Forwarded-For behind a proxy.
    void setHeader(const QByteArray &name, const QByteArray &value) { m_headers.insert_or_assign(name.toStdString(), value.toStdString()); }
    QByteArray token() const { return m_token; }
    /// POSTs JSON; returns the HTTP status (-1 on a transport error) and the body in *answer.
    int post(const char *path, const QJsonObject &body, QByteArray *answer, int timeoutSeconds = 60);
    /// A body already serialised (benchmarks time the request, not the client's JSON writer).
    int postJson(const char *path, const QByteArray &json, QByteArray *answer, int timeoutSeconds = 60);
    /// POSTs `body` as `contentType` (a public form: application/x-www-form-urlencoded).
    int postBody(const char *path, const QByteArray &body, const char *contentType, QByteArray *answer,
                 int timeoutSeconds = 60, const char *accept = nullptr);
    int post(const QString &path, const QJsonObject &body, QByteArray *answer = nullptr)
    {
        return post(path.toUtf8().constData(), body, answer);
    }
    /// Pushes one sync item (POST /api/v1/sync/push) and returns its result object, or {"status": "http N"}.
    QJsonObject pushItem(const QString &clientId, qint64 seq, const QString &type, const QString &op, const QString &id,
                         const QJsonObject &data);
    /// GET or DELETE; returns the status (-1 on a transport error).
    int get(const QString &path, QByteArray *answer = nullptr);
    /// The Location header of the last GET's answer, and the Content-Type of the last GET's or postBody's.
    QByteArray location() const { return m_location; }
    QByteArray contentType() const { return m_contentType; }
    int del(const QString &path, QByteArray *answer = nullptr);

private:
    std::unique_ptr<httplib::SSLClient> m_client;
    QByteArray m_token;
    std::map<std::string, std::string> m_headers;
    QByteArray m_location;
    QByteArray m_contentType;
};

} // namespace relais::test
