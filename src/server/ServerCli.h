#pragma once

#include <QStringList>

namespace relais::server {

/// The `relais-server` command line: init, serve, user add|list|passwd|disable|enable,
/// role grant|revoke|list. Returns the process exit code.
class ServerCli
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace relais::server
