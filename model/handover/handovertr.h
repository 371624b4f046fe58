#pragma once
// The translation context of the handover pack's and rule workbook's texts.
// A class, not a free tr() in a namespace, so that lupdate files the texts
// under the same context ("Portolan::HandoverText") the program looks them up in.

#include <QCoreApplication>

namespace Portolan {

class HandoverText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::HandoverText)
};

} // namespace Portolan
