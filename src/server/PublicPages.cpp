#include "PublicPages.h"

#include <QUrlQuery>

namespace relais::server::PublicPages {

void page(httplib::Response &res, int status, const std::string &html)
{
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Referrer-Policy", "no-referrer"); // the confirmation link must not leak through Referer
    res.set_header("X-Content-Type-Options", "nosniff");
    // Embeddable anywhere (frame-ancestors *); posts only to itself; the counter script from this server.
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' https:;"
                   " form-action 'self'; frame-ancestors *; base-uri 'none'");
    res.set_content(html, "text/html; charset=utf-8");
}

bool wantsJson(const httplib::Request &req)
{
    const std::string accept = req.get_header_value("Accept");
    return accept.find("application/json") != std::string::npos && accept.find("text/html") == std::string::npos;
}

void json(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_content(Http::jsonText(body), "application/json");
}

SignatureForm::Fields formFields(const std::string &body)
{
    QByteArray bytes = QByteArray::fromStdString(body);
    bytes.replace('+', ' ');
    SignatureForm::Fields fields;
    const auto items = QUrlQuery(QString::fromUtf8(bytes)).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        fields.insert(key, value);
    return fields;
}

} // namespace relais::server::PublicPages
