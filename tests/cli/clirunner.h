#pragma once
// Runs the built portolan binary for command-line tests.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

// `variables` are set in the command's environment on top of ours.
inline CliResult runPortolan(const QStringList &arguments,
                             const QList<std::pair<QString, QString>> &variables = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(PORTOLAN_BINARY));
    process.setArguments(arguments);
    // Commands must not need a display: make sure none is reachable.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start();
    CliResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}
