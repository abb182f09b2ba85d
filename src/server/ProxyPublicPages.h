#pragma once

namespace relais::server {

class HttpServer;
class OutboxSender;
struct ServerContext;

/// The public proxy-vote pages of an election, with no account (ProxyWorkflow must be configured first):
/// /v/{slug}/mandant and /v/{slug}/mandataire (the forms; POST submits and sends the opt-in e-mail; any website's
/// plain HTML form may post there, and asking for JSON gets JSON), /v/confirm/{token} (the opt-in link) and
/// /v/answer/{token} (the mandataire's answer: a page, then POST accept or decline). A filled honeypot field is
/// answered like a submission and stores nothing; each client address may submit `submitsPerAddress` times per
/// window.
class ProxyPublicPages
{
public:
    struct Options {
        OutboxSender *outbox = nullptr; ///< woken after a submission; null without an SMTP relay (mails wait)
        int submitsPerAddress = 30;
        long long windowMs = 10 * 60 * 1000;
    };
    static void registerRoutes(HttpServer &http, ServerContext &context, const Options &options);
};

} // namespace relais::server
