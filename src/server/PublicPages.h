#pragma once

#include "HttpSupport.h"
#include "SignatureForm.h"

#include <QJsonObject>

#include <string>

namespace relais::server::PublicPages {

/// An HTML page of the public forms: not cached, no Referer (links carry tokens), embeddable, posting only to
/// this server.
void page(httplib::Response &res, int status, const std::string &html);
/// A JSON answer of the public forms (CORS open: any website may post its own form).
void json(httplib::Response &res, int status, const QJsonObject &body);
/// Whether the caller asked for JSON rather than a page.
bool wantsJson(const httplib::Request &req);
/// The fields of an application/x-www-form-urlencoded body.
SignatureForm::Fields formFields(const std::string &body);

} // namespace relais::server::PublicPages
