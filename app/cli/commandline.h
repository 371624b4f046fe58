#pragma once
// The headless command line (README, "Command line") ("portolan import …", "portolan
// info …"). main() asks isCommandLine() first so that no GUI is created.

#include <QStringList>
#include <QTextStream>

namespace Portolan::Cli {

// True when the arguments (program name first) name a sub-command,
// --help or --version, or something that is not a project to open.
bool isCommandLine(const QStringList &arguments);
// True when that command measures or draws text, so that main() must
// create a (display-less) QGuiApplication rather than a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);
// Runs it; returns the process exit status (0, 1 on failure, 2 on misuse).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Portolan::Cli
