#pragma once
// The translation context of the design lint's findings.
// A class, not a free tr() in a namespace, so that lupdate files the texts
// under the same context ("Portolan::DesignLint") the program looks them up in.

#include <QCoreApplication>

namespace Portolan {

class DesignLint
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::DesignLint)
};

} // namespace Portolan
