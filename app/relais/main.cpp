// Relais desktop client: wiring only.
#include "AppController.h"
#include "DemoProfile.h"
#include "ProfileVault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

#ifndef RELAIS_VERSION
#define RELAIS_VERSION "0.1.0"
#endif

namespace
{

void printErr(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stderr);
    std::fflush(stderr);
}

/// Options that must work without a display (and errors in them): they run on a QCoreApplication.
bool headlessRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        const QByteArray lang = a == "--lang" && i + 1 < argc ? QByteArray(argv[i + 1])
            : a.startsWith("--lang=")                         ? a.mid(7)
                                                              : QByteArray("fr");
        if (lang != "fr" && lang != "en")
            return true;
        if (a == "--create-demo" || a.startsWith("--create-demo=") || a == "-h" || a == "--help" || a == "--help-all"
            || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

/// --lang, read before the parser so that its own texts are translated.
QString languageOverride(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

void installTranslations(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto *relais = new QTranslator(&app);
    if (relais->load(locale, QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(relais);
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// relais --profile DIR --create-demo N (see DemoProfile).
int createDemo(const QString &dir, qint64 count)
{
    QString passphrase = qEnvironmentVariable("RELAIS_PASSPHRASE");
    if (passphrase.size() < relais::ProfileVault::MinimumLength) {
        printErr(QCoreApplication::translate("main",
            "relais: set the environment variable RELAIS_PASSPHRASE to the passphrase of the new profile "
            "(at least %1 characters).")
                     .arg(relais::ProfileVault::MinimumLength));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto result = relais::DemoProfile::create(dir, passphrase, count, [&timer](qint64 done, qint64 total) {
        printErr(QCoreApplication::translate("main", "%1 / %2 demo contacts inserted (%3 s)")
                     .arg(done)
                     .arg(total)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }, &error);
    passphrase.fill(u'\0');
    if (result != relais::DemoProfile::Result::Created) {
        printErr(QStringLiteral("relais: ") + error);
        return result == relais::DemoProfile::Result::AlreadyExists ? 1 : 3;
    }
    printErr(QCoreApplication::translate("main", "Profile created in %1 with %2 demo contacts.")
                 .arg(QDir::toNativeSeparators(dir))
                 .arg(count));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (headlessRequested(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));

    const QString lang = languageOverride(QCoreApplication::arguments());
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en")) {
        printErr(QCoreApplication::translate("main", "relais: --lang must be fr or en."));
        return 2;
    }
    installTranslations(*app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Relais: contacts, campaigns and events for political organisations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the profile in <folder> (default: the last one opened)."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption demoOption(QStringLiteral("create-demo"),
        QCoreApplication::translate("main",
            "Create a new profile holding <count> demo contacts, then exit "
            "(no window; the passphrase comes from RELAIS_PASSPHRASE)."),
        QCoreApplication::translate("main", "count"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: fr or en."),
        QCoreApplication::translate("main", "language"));
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.process(*app);
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("main", "relais: unexpected argument %1 (see --help).")
                     .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    const QString profileDir = parser.isSet(profileOption)
        ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(profileOption)))
        : QString();

    if (parser.isSet(demoOption)) {
        bool ok = false;
        const qint64 count = parser.value(demoOption).toLongLong(&ok);
        if (!ok || count < 0 || count > 100'000'000) {
            printErr(
                QCoreApplication::translate("main", "relais: --create-demo needs a number of contacts (0 or more)."));
            return 2;
        }
        return createDemo(profileDir.isEmpty() ? relais::AppController::defaultProfileDir() : profileDir, count);
    }

    relais::AppController controller;
    controller.start(profileDir);
    return app->exec();
}
