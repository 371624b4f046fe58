#pragma once
// The translation context of the texts drawn in and around diagrams.
// A class, not a free tr() in a namespace, so that lupdate files the texts
// under the same context ("Portolan::DiagramText") the program looks them up in.

#include <QCoreApplication>

namespace Portolan {

class DiagramText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::DiagramText)
};

} // namespace Portolan
