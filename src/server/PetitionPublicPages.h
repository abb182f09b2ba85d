#pragma once

#include "PetitionSigning.h"

namespace relais::server {

class HttpServer;
class OutboxSender;
struct ServerContext;

/// The public pages of a petition, with no account: /p/{slug} (the page and its form; POST signs; embeddable in
/// an iframe, and any website's plain HTML form may post to it), /p/{slug}/count (the live counter, CORS open),
/// /p/confirm/{token} (the double opt-in link) and /p/static/counter.js. A filled honeypot field is answered
/// like a signature and stores nothing; each client address may sign `signsPerAddress` times per window.
class PetitionPublicPages
{
public:
    struct Options {
        PetitionSigning::Settings signing;
        QByteArray linkKey;
        OutboxSender *outbox = nullptr; ///< woken after a signature; null without an SMTP relay (mails wait)
        int signsPerAddress = 30;
        qint64 windowMs = 10 * 60 * 1000;
    };
    static void registerRoutes(HttpServer &http, ServerContext &context, const Options &options);
};

} // namespace relais::server
