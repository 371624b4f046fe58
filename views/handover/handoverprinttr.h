#pragma once
// The translation context of the printed handover pack's texts.
// A class, not a free tr() in a namespace, so that lupdate files the texts
// under the same context ("Portolan::HandoverPrint") the program looks them up in.

#include <QCoreApplication>

namespace Portolan {

class HandoverPrint
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::HandoverPrint)
};

} // namespace Portolan
