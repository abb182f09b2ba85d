#pragma once

#include <QString>

namespace relais::server {

/// A self-signed development certificate for `relais-server init`: EC P-256 key, CN=localhost,
/// SAN DNS:localhost and IP:127.0.0.1, valid ten years. The key file is written with mode 0600.
class DevCertificate
{
public:
    static bool generate(const QString &certPath, const QString &keyPath, QString *error);
    /// "AB:CD:..." SHA-256 fingerprint of a PEM certificate (what clients show in their trust prompt),
    /// empty if it cannot be read.
    static QString sha256Fingerprint(const QString &certPath);
};

} // namespace relais::server
