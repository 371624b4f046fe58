// The Zones & Products panel on the TKO sample, driven through its real
// widgets: adding, renaming, nesting and deleting zones (undo restoring the
// members' zones), product colours and deleting a product that has flows
// (undo restoring the flows' product), and the shared selection.

#include "document/projectdocument.h"
#include "inplaceediting.h"
#include "project/sample.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"
#include "zones/productlist.h"
#include "zones/productmodel.h"
#include "zones/zonelist.h"
#include "zones/zonemodel.h"
#include "zones/zonesproductspanel.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestZonesProducts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ProjectSelection> m_selection;
    std::unique_ptr<ZonesProductsPanel> m_panel;

    ProjectStore &store() const { return m_document->store(); }
    Id zone(const QString &name) const { return store().findZone(name)->id; }
    Id product(const QString &name) const { return store().findProduct(name)->id; }
    QTreeView *zoneTree() const { return m_panel->zones()->view(); }
    ZoneModel *zoneModel() const { return m_panel->zones()->model(); }
    QTreeView *productView() const { return m_panel->products()->view(); }
    ProductModel *productModel() const { return m_panel->products()->model(); }

    // Clicks a row as the user would.
    static void click(QTreeView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    // Runs `answer` on the next modal dialog once its event loop runs.
    void answerNextDialog(std::function<void(QWidget *)> answer)
    {
        QTimer::singleShot(0, this, [answer] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            answer(dialog);
        });
    }

private slots:
    void init()
    {
        QString error;
        auto created = ProjectStore::createInMemory(&error);
        QVERIFY2(created && loadSample(*created, u"tko"_s, &error), qPrintable(error));
        m_panel.reset();
        m_document = std::make_unique<ProjectDocument>(std::move(created));
        m_selection = std::make_unique<ProjectSelection>();
        m_selection->setDocument(m_document.get());
        m_panel = std::make_unique<ZonesProductsPanel>();
        m_panel->setDocument(m_document.get());
        m_panel->setSelection(m_selection.get());
        m_panel->resize(360, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void showsZonesAndProducts()
    {
        QCOMPARE(zoneModel()->rowCount(), 6);
        const QModelIndex shared = zoneModel()->indexOf(zone(u"Shared services"_s));
        QCOMPARE(shared.data().toString(), u"Shared services"_s);
        QCOMPARE(shared.siblingAtColumn(ZoneModel::MembersColumn).data().toString(), u"9"_s);
        QCOMPARE(productModel()->rowCount(), int(store().products().size()));
        const QModelIndex alb = productModel()->indexOf(product(u"NSX Advanced Load Balancer"_s));
        QCOMPARE(alb.siblingAtColumn(ProductModel::FlowsColumn).data().toString(), u"16"_s);
    }

    void addRenameAndNestAZone()
    {
        const Id shared = zone(u"Shared services"_s);
        m_selection->select(ProjectSelection::Kind::Zones, { shared });
        QCOMPARE(zoneTree()->selectionModel()->selectedRows().size(), 1);
        QTest::mouseClick(m_panel->findChild<QToolButton *>(u"addZoneButton"_s), Qt::LeftButton);

        const std::optional<Zone> added = store().findZone(u"New zone 1");
        QVERIFY(added);
        QCOMPARE(added->parentId, shared);
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Zones), QList<Id>({ added->id }));
        QCOMPARE(zoneModel()->indexOf(added->id).parent(), zoneModel()->indexOf(shared));
        QVERIFY(inPlaceEditor(zoneTree()));
        QCOMPARE(inPlaceEditor(zoneTree())->text(), u"New zone 1"_s);
        typeIntoEditor(zoneTree(), u"DMZ"_s);
        QCOMPARE(store().zone(added->id)->name, u"DMZ"_s);
        QCOMPARE(zoneModel()->indexOf(added->id).data().toString(), u"DMZ"_s);
        QVERIFY(m_panel->statusText().isEmpty());

        // A name another zone has is refused, with the document's reason.
        zoneTree()->edit(zoneModel()->indexOf(added->id));
        typeIntoEditor(zoneTree(), u"admin CLIENTS"_s);
        QCOMPARE(store().zone(added->id)->name, u"DMZ"_s);
        QCOMPARE(zoneModel()->indexOf(added->id).data().toString(), u"DMZ"_s);
        QVERIFY(!m_document->errorString().isEmpty());
        QCOMPARE(m_panel->statusText(), m_document->errorString());

        // Dragged onto "Admin clients": nested there.
        const Id admin = zone(u"Admin clients"_s);
        std::unique_ptr<QMimeData> dragged(
            zoneModel()->mimeData({ zoneModel()->indexOf(added->id) }));
        const QModelIndex target = zoneModel()->indexOf(admin);
        QVERIFY(zoneModel()->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, target));
        zoneModel()->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, target);
        QCOMPARE(store().zone(added->id)->parentId, admin);
        QCOMPARE(zoneModel()->indexOf(added->id).parent(), zoneModel()->indexOf(admin));
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Zones), QList<Id>({ added->id }));
        // Not into itself or its own descendants.
        std::unique_ptr<QMimeData> parent(zoneModel()->mimeData({ target }));
        QVERIFY(!zoneModel()->canDropMimeData(parent.get(), Qt::MoveAction, -1, -1,
                                              zoneModel()->indexOf(added->id)));

        m_document->undoStack()->undo();
        QCOMPARE(store().zone(added->id)->parentId, shared);
        QCOMPARE(zoneModel()->indexOf(added->id).parent(), zoneModel()->indexOf(shared));
    }

    void deleteAZoneAndUndo()
    {
        const QList<Component> components = store().components();
        const QList<Zone> zones = store().zones();
        const Id shared = zone(u"Shared services"_s);
        click(zoneTree(), zoneModel()->indexOf(shared));
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Zones);
        QCOMPARE(m_selection->ids(), QList<Id>({ shared }));

        QAction *remove = m_panel->zones()->deleteAction();
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        QVERIFY(zoneTree()->actions().contains(remove));
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        zoneTree()->setFocus();
        QTest::keyClick(zoneTree(), Qt::Key_Delete);
        QVERIFY(!store().zone(shared));
        QVERIFY(!zoneModel()->indexOf(shared).isValid());
        QCOMPARE(zoneModel()->rowCount(), 5);
        for (const Component &component : store().components())
            QVERIFY(component.zoneId != shared);
        QVERIFY(m_selection->isEmpty());

        m_document->undoStack()->undo();
        QCOMPARE(store().components(), components);
        QCOMPARE(store().zones(), zones);
        const QModelIndex back = zoneModel()->indexOf(shared);
        QVERIFY(back.isValid());
        QCOMPARE(back.siblingAtColumn(ZoneModel::MembersColumn).data().toString(), u"9"_s);
    }

    void changeAProductsColour()
    {
        const Id alb = product(u"NSX Advanced Load Balancer"_s);
        click(productView(), productModel()->indexOf(alb));
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Products);
        QCOMPARE(m_selection->ids(), QList<Id>({ alb }));
        QVERIFY(zoneTree()->selectionModel()->selectedRows().isEmpty());

        answerNextDialog([](QWidget *dialog) {
            auto *colors = qobject_cast<QColorDialog *>(dialog);
            QVERIFY(colors);
            colors->setCurrentColor(QColor(u"#123456"_s));
            colors->accept();
        });
        m_panel->products()->colorAction()->trigger();
        QCOMPARE(store().product(alb)->color, u"#123456"_s);
        QCOMPARE(productModel()->indexOf(alb).data(Qt::ToolTipRole).toString(), u"#123456"_s);
        m_document->undoStack()->undo();
        QVERIFY(store().product(alb)->color != u"#123456"_s);
    }

    void deleteAProductWithFlowsAndUndo()
    {
        const QList<Flow> flows = store().flows();
        const Id alb = product(u"NSX Advanced Load Balancer"_s);
        click(productView(), productModel()->indexOf(alb));

        // Cancelled: nothing changes.
        QString said;
        answerNextDialog([&said](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            said = box->text() + u' ' + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        m_panel->products()->deleteAction()->trigger();
        QVERIFY2(said.contains(u"16 flow"_s) && said.contains(u"without a product"_s),
                 qPrintable(said));
        QVERIFY(store().product(alb));

        answerNextDialog([](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
        });
        m_panel->products()->deleteAction()->trigger();
        QVERIFY(!store().product(alb));
        QVERIFY(!productModel()->indexOf(alb).isValid());
        QCOMPARE(store().flows().size(), flows.size());
        for (const Flow &flow : store().flows())
            QVERIFY(flow.productId != alb);

        m_document->undoStack()->undo();
        QCOMPARE(store().flows(), flows);
        QVERIFY(productModel()->indexOf(alb).isValid());
    }

    void addAndRenameAProduct()
    {
        QTest::mouseClick(m_panel->findChild<QToolButton *>(u"addProductButton"_s), Qt::LeftButton);
        const std::optional<Product> added = store().findProduct(u"New product 1");
        QVERIFY(added);
        QCOMPARE(m_selection->ids(ProjectSelection::Kind::Products), QList<Id>({ added->id }));
        typeIntoEditor(productView(), u"Harbor Registry"_s);
        QCOMPARE(store().product(added->id)->name, u"Harbor Registry"_s);
        QCOMPARE(productModel()->indexOf(added->id).data().toString(), u"Harbor Registry"_s);
    }

    void followsTheSharedSelection()
    {
        const Id vsphere = zone(u"vSphere infrastructure"_s);
        m_selection->select(ProjectSelection::Kind::Zones, { vsphere });
        QCOMPARE(zoneTree()->selectionModel()->selectedRows(),
                 QModelIndexList({ zoneModel()->indexOf(vsphere) }));
        m_selection->select(ProjectSelection::Kind::Components,
                            { store().findComponent(u"Harbor")->id });
        QVERIFY(zoneTree()->selectionModel()->selectedRows().isEmpty());
        // The panel's own change keeps the selection of components intact.
        QCOMPARE(m_selection->kind(), ProjectSelection::Kind::Components);
    }
};

QTEST_MAIN(TestZonesProducts)
#include "tst_zonesproducts.moc"
