#pragma once
// What every benchmark of a size starts from, made once per size and kept:
// the generated project (in a file, for the command line), its layout
// request, one in-process layout and the diagram assembled from it, and the
// DOT file Portolan exports for it.

#include "geometrycounts.h"
#include "projectgenerator.h"

#include "diagram/diagram.h"

#include <QString>
#include <QStringList>

namespace Portolan::Bench {

struct Prepared
{
    QString error; // set when preparing failed; nothing else is then valid
    ProjectSnapshot project;
    LayoutRequest request;
    LayoutResult layout;
    Diagram diagram;
    QString projectFile;
    QString storedFile; // the same project with its drawing stored (portolan layout)
    QString dotFile;
    QString scratchDirectory; // for the files the benchmarks write
};

const Prepared &prepared(ProjectSize size);

// The portolan executable: the layout worker and the command line measured.
QString portolanProgram();

// Runs a program to its end; false with its error output when it fails.
bool runProgram(const QString &program, const QStringList &arguments, QString *error);

// The same, also giving the peak resident memory in MB of the program and
// of the processes it waited for (its layout worker), from wait4().
bool runProgramMeasured(const QString &program, const QStringList &arguments, QString *error,
                        double *peakMb);

} // namespace Portolan::Bench
