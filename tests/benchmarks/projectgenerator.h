#pragma once
// Generated projects the size of real port diagrams, for the benchmark:
// S ≈ the TKO sample (25 components, 35 flows), M = 150/600, L = 600/3,000,
// XL = 2,000/10,000; components in zones (some nested), flows with
// products, protocols and ports as vendors list them, a share of them
// going to a few shared services. Zones and components come in as a
// component list ("name,kind,zone,parent zone") through the component import,
// as a CMDB export would. The same size and seed always give the same project.

#include <QString>

namespace Portolan {
class ProjectStore;
}

namespace Portolan::Bench {

enum class ProjectSize { S, M, L, XL };

struct ProjectShape
{
    int components;
    int flows;
    int zones;
    int nestedZones;
    int products;
};

QString sizeName(ProjectSize size);
ProjectShape projectShape(ProjectSize size);

// Fills an empty, writable store in one transaction.
bool generateProject(ProjectStore &store, ProjectSize size, quint32 seed = 1,
                     QString *error = nullptr);

} // namespace Portolan::Bench
