// Portolan: the window without a sub-command, the headless command line with one.
#include "cli/commandline.h"
#include "layout/layoutservice.h"
#include "mainwindow.h"
#include "preferences.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Portolan"_s);
    QCoreApplication::setApplicationName(u"Portolan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

QtMessageHandler previousMessageHandler = nullptr;

void quietRuntimeDirectoryWarning(QtMsgType type, const QMessageLogContext &context,
                                  const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: "_s))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int runHeadless(int argc, char *argv[], bool needsGui)
{
    // Commands never need a display: text measurement works offscreen. The
    // offscreen platform asks for a runtime directory a plain shell (or CI)
    // may not have; Qt then only warns, which would pollute our stderr.
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsGui)
        previousMessageHandler = qInstallMessageHandler(quietRuntimeDirectoryWarning);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    // Commands speak English and write numbers and dates the same on every
    // machine, whatever LANG says: their output is read by scripts.
    QLocale::setDefault(QLocale::c());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = Portolan::Cli::runCommandLine(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--layout-worker") == 0) {
        // The layout worker process of LayoutService: no display, no widgets,
        // no settings; only Graphviz between stdin and stdout. Graphviz 2.42
        // breaks some ties by comparing pointers, so where its structures
        // land on the heap changes the drawing; Qt's hashes, seeded afresh
        // in every process, allocate differently from run to run. With a
        // fixed seed the same request lays out the same on every run
        // (docs/graphviz.md).
        QHashSeed::setDeterministicGlobalSeed();
        QCoreApplication app(argc, argv);
        return Portolan::runLayoutWorker();
    }
    {
        // Decide before any QGuiApplication exists: commands need no display.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (Portolan::Cli::isCommandLine(arguments))
            return runHeadless(argc, argv, Portolan::Cli::needsGuiApplication(arguments));
    }

    QApplication app(argc, argv);
    describeApplication();
    // The desktop entry and AppStream id (installer/): the desktop shell
    // finds the window's icon and name through it.
    QGuiApplication::setDesktopFileName(u"org.portolan.Portolan"_s);
    Portolan::installTranslations(app, Portolan::uiLocale(Portolan::Preferences::language()));
    Portolan::applyTheme(Portolan::Preferences::theme());
    Portolan::MainWindow window;
    window.show();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        window.openProject(arguments.at(1));
    return app.exec();
}
