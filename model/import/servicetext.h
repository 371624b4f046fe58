#pragma once
// Private to the importer: one protocol/port text split into segments, a
// segment being protocol words with the ports that go with them ("TCP:443,
// UDP:53" is two segments; "TCP/UDP 53" one).

#include "domain/portset.h"
#include "domain/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Portolan::ImportDetail {

// Where the text comes from: it decides what "any" means (the ANY protocol,
// or every port) and whether application names are protocols or only hints.
enum class ServiceContext { Protocol, Ports, Combined };

struct ServiceSegment
{
    QList<ServiceGuess> guesses; // from protocol words
    QList<ServiceGuess> hints; // from "(HTTPS)" or a Ports column naming an application
    PortSet ports;
    bool allPorts = false;
    bool isEmpty() const
    {
        return guesses.isEmpty() && hints.isEmpty() && ports.isEmpty() && !allPorts;
    }
};

struct ParsedService
{
    QList<ServiceSegment> segments;
    QStringList notes; // "(default)", "(*.example.com)", text after the ports
    QString error; // "\"deny\" is not a protocol or port"
    QStringList warnings; // read, leaving out a piece ("HTTPS/mTLS")
    bool hasGuesses() const;
    bool hasPorts() const;
};

// "N/A", "-" and empty text give no segments and no error.
ParsedService parseServiceText(QStringView text, ServiceContext context);

} // namespace Portolan::ImportDetail
