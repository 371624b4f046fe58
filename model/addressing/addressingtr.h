#pragma once
// The translation context of the address plan's messages.
// A class, not a free tr() in a namespace, so that lupdate files the texts
// under the same context ("Portolan::AddressText") the program looks them up in.

#include <QCoreApplication>

namespace Portolan {

class AddressText
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::AddressText)
};

} // namespace Portolan
