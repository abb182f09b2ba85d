#pragma once

#include <QString>

namespace relais::server {

/// A self-signed development certificate for `relais-server init`: EC P-256 key, CN=localhost,
/// SAN DNS:localhost and IP:127.0.0.1, valid ten years. The key file is written with mode 0600.
class DevCertificate
{
public:
    static bool generate(const QString &certPath, const QString &keyPath, QString *error);
};

} // namespace relais::server
