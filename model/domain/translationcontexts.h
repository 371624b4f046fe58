#pragma once
// The translation contexts of the model's texts that people read.
// Classes, not free tr() functions in a namespace, so that lupdate files each
// text under the same context ("Portolan::DiagramText", …) as the program
// looks it up in.

#include <QCoreApplication>

namespace Portolan {

// The address plan's messages.
class AddressText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::AddressText)
};

// The texts drawn in and around diagrams: legend, labels, tooltips.
class DiagramText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::DiagramText)
};

// The design lint's findings.
class DesignLint
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::DesignLint)
};

// The handover pack's and the rule workbook's texts.
class HandoverText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::HandoverText)
};

} // namespace Portolan
