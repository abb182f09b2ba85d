// relais-server: the central server. Wiring only; everything lives in src/server.
#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-server"));
    return relais::server::ServerCli::run(QCoreApplication::arguments());
}
