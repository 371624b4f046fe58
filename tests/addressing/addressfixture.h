#pragma once
// What the address plan suites share: the TKO sample in memory with a "Lab"
// environment, made afresh before each test function, and look-ups by name.

#include "addressing/addressplan.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QObject>
#include <QTest>

namespace Portolan::Testing {

using namespace Qt::StringLiterals;

class AddressPlanTest : public QObject
{
protected:
    std::unique_ptr<ProjectStore> m_store;
    Id m_lab = 0;

    // Call from init().
    void openSample()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        m_lab = ensureEnvironment(*m_store, u"Lab"_s, &error);
        QVERIFY2(m_lab, qPrintable(error));
    }

    Id zoneId(const QString &name) const
    {
        const auto zone = m_store->findZone(name);
        return zone ? zone->id : 0;
    }

    Id componentId(const QString &name) const
    {
        const auto component = m_store->findComponent(name);
        return component ? component->id : 0;
    }
};

} // namespace Portolan::Testing
