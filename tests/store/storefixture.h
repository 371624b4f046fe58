#pragma once
// What the ProjectStore suites share: an in-memory project opened before
// each test function, helpers that add a component or a flow, and every
// record as one line of text so that QCOMPARE shows what differs.

#include "domain/names.h"
#include "store/projectstore.h"

#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Portolan::ComponentKind)
Q_DECLARE_METATYPE(Portolan::Transport)

namespace Portolan::Testing {

using namespace Qt::StringLiterals;

// Every field as text: QCOMPARE then shows what differs.
inline QString describe(const Component &c)
{
    return u"#%1 %2 kind=%3 zone=%4 notes=[%5] pos=%6 pinned=%7"_s.arg(c.id)
        .arg(c.name, componentKindName(c.kind))
        .arg(c.zoneId)
        .arg(c.notes, c.position ? u"%1,%2"_s.arg(c.position->x()).arg(c.position->y()) : u"none"_s)
        .arg(int(c.pinned));
}

inline QString describe(const Flow &f)
{
    return u"#%1 product=%2 %3->%4 %5/%6 purpose=[%7] optional=%8 notes=[%9]"_s.arg(f.id)
        .arg(f.productId)
        .arg(f.sourceId)
        .arg(f.destinationId)
        .arg(transportName(f.protocol), f.ports.toString(), f.purpose)
        .arg(int(f.optional))
        .arg(f.notes);
}

template<typename T> QStringList describe(const QList<T> &list)
{
    QStringList lines;
    for (const T &item : list)
        lines.append(describe(item));
    return lines;
}

inline PortSet ports(const QString &text)
{
    return PortSet::parse(text).value_or(PortSet());
}

// Base of the store suites: each calls openStore() from its init() slot
// and closeStore() from cleanup().
class StoreTest : public QObject
{
protected:
    void openStore()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void closeStore() { m_store.reset(); }

    Id addComponent(const QString &name, Id zone = 0)
    {
        Component component;
        component.name = name;
        component.zoneId = zone;
        const Id id = m_store->addComponent(component);
        if (!id)
            qCritical("addComponent: %s", qPrintable(m_store->errorString()));
        return id;
    }

    Id addFlow(Id source, Id destination, Id product = 0)
    {
        Flow flow;
        flow.sourceId = source;
        flow.destinationId = destination;
        flow.productId = product;
        flow.ports = PortSet::single(443);
        const Id id = m_store->addFlow(flow);
        if (!id)
            qCritical("addFlow: %s", qPrintable(m_store->errorString()));
        return id;
    }

    std::unique_ptr<ProjectStore> m_store;
};

} // namespace Portolan::Testing
