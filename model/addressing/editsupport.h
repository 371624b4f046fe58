#pragma once
// What the address plan edits share inside the model: their failure helper,
// names for messages and new address records. Their texts' translation
// context is AddressText (domain/translationcontexts.h).

#include "addressvalue.h"
#include "project/snapshot.h"

#include <QCoreApplication>

#include <optional>

namespace Portolan::AddressEditSupport {

template<typename T> std::optional<T> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

inline QString environmentName(const ProjectSnapshot &project, Id environment)
{
    const Environment *found = project.environment(environment);
    return found ? found->name : QString::number(environment);
}

inline QString zoneName(const ProjectSnapshot &project, Id zone)
{
    const Zone *found = project.zone(zone);
    return found ? found->name : QString::number(zone);
}

inline Address newAddress(Id id, Id environment, Id component, const AddressValue &value)
{
    Address address;
    address.id = id;
    address.environmentId = environment;
    address.componentId = component;
    address.kind = addressKindName(value.kind());
    address.value = value.toString();
    return address;
}

} // namespace Portolan::AddressEditSupport
