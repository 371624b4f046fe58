// Portolan: the window without a sub-command, the headless command line with one.
#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Portolan"_s);
    QCoreApplication::setApplicationName(u"Portolan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"portolan"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
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
    {
        // Decide before any QGuiApplication exists: commands need no display.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        if (Portolan::Cli::isCommandLine(arguments))
            return runHeadless(argc, argv);
    }

    QApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    Portolan::MainWindow window;
    window.show();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        window.openProject(arguments.at(1));
    return app.exec();
}
