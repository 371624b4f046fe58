// The Views panel on the TKO sample, driven through its widgets: a view made
// from the filter bar's selection, renamed in place, duplicated, moved,
// deleted, each one undo step, and opening a view or "All".

#include "document/projectdocument.h"
#include "inplaceediting.h"
#include "project/sample.h"
#include "projectviews/viewsmodel.h"
#include "projectviews/viewspanel.h"
#include "store/projectstore.h"

#include <QAction>
#include <QFont>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestViewsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ViewsPanel> m_panel;
    DiagramFilter m_filter; // what the "filter bar" selects

    QListView *list() const { return m_panel->view(); }
    ViewsModel *model() const { return m_panel->model(); }
    QStringList rows() const
    {
        QStringList names;
        for (int row = 0; row < model()->rowCount(); ++row)
            names << model()->index(row).data().toString();
        return names;
    }
    QStringList storedNames() const
    {
        QStringList names;
        for (const View &view : viewsInOrder(m_document->store().views()))
            names << view.name;
        return names;
    }
    Id product(const QString &name) const { return m_document->store().findProduct(name)->id; }

private slots:
    void init()
    {
        QString error;
        auto created = ProjectStore::createInMemory(&error);
        QVERIFY2(created && loadSample(*created, u"tko"_s, &error), qPrintable(error));
        m_panel.reset();
        m_document = std::make_unique<ProjectDocument>(std::move(created));
        m_filter = {};
        m_panel = std::make_unique<ViewsPanel>();
        m_panel->setDocument(m_document.get());
        m_panel->setFilterSource([this] { return m_filter; });
        m_panel->resize(300, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void newViewFromTheFilterIsRenamedInPlace()
    {
        QCOMPARE(rows(), QStringList({ u"All"_s }));
        QVERIFY(!m_panel->deleteAction()->isEnabled()); // "All" stays
        const Id avi = product(u"NSX Advanced Load Balancer"_s);
        m_filter.products = { avi };
        m_filter.text = u"443"_s;
        m_panel->newAction()->trigger();

        QCOMPARE(storedNames(), QStringList({ u"View 1"_s }));
        const View stored = m_document->store().views().front();
        QCOMPARE(stored.selection.products, QSet<Id>({ avi }));
        QCOMPARE(stored.selection.text, u"443"_s);
        // The new row is current and its name open for typing.
        QCOMPARE(list()->currentIndex().row(), 1);
        typeIntoEditor(list(), u"Avi"_s);
        QCOMPARE(storedNames(), QStringList({ u"Avi"_s }));
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s }));

        // "All" and a taken name are refused, with the document's reason.
        QSignalSpy status(m_panel.get(), &ViewsPanel::status);
        m_panel->newAction()->trigger();
        typeIntoEditor(list(), u"all"_s);
        QCOMPARE(storedNames(), QStringList({ u"Avi"_s, u"View 1"_s }));
        QCOMPARE(status.count(), 1);
        QVERIFY(!status.first().first().toString().isEmpty());

        // Each step is one undo step: the refused rename added none.
        QUndoStack *undo = m_document->undoStack();
        undo->undo(); // the second view
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s }));
        undo->undo(); // the rename
        QCOMPARE(rows(), QStringList({ u"All"_s, u"View 1"_s }));
        undo->undo(); // the first view
        QCOMPARE(rows(), QStringList({ u"All"_s }));
        undo->redo();
        undo->redo();
        QCOMPARE(storedNames(), QStringList({ u"Avi"_s }));
    }

    void duplicateMoveAndDelete()
    {
        m_panel->newAction()->trigger();
        typeIntoEditor(list(), u"Avi"_s);
        m_panel->duplicateAction()->trigger();
        QCOMPARE(inPlaceEditor(list())->text(), u"Avi copy"_s);
        QTest::keyClick(inPlaceEditor(list()), Qt::Key_Escape);
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s, u"Avi copy"_s }));
        list()->setCurrentIndex(model()->index(1));
        m_panel->duplicateAction()->trigger();
        QTest::keyClick(inPlaceEditor(list()), Qt::Key_Escape);
        // The copy comes right after its original, with the next free name.
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s, u"Avi copy 2"_s, u"Avi copy"_s }));

        // Up and down move the current view; "All" stays first.
        QVERIFY(m_panel->moveDownAction()->isEnabled());
        list()->setCurrentIndex(model()->index(3));
        QVERIFY(!m_panel->moveDownAction()->isEnabled());
        QVERIFY(m_panel->moveUpAction()->isEnabled());
        m_panel->moveUpAction()->trigger();
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s, u"Avi copy"_s, u"Avi copy 2"_s }));
        QCOMPARE(list()->currentIndex().data().toString(), u"Avi copy"_s);
        m_panel->moveUpAction()->trigger();
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi copy"_s, u"Avi"_s, u"Avi copy 2"_s }));
        QVERIFY(!m_panel->moveUpAction()->isEnabled());
        QCOMPARE(storedNames(), rows().mid(1));

        // Delete (the key, in the list) removes the current view; the next
        // one becomes current.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Delete);
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s, u"Avi copy 2"_s }));
        QCOMPARE(list()->currentIndex().data().toString(), u"Avi"_s);
        m_document->undoStack()->undo();
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi copy"_s, u"Avi"_s, u"Avi copy 2"_s }));
        m_document->undoStack()->undo();
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s, u"Avi copy"_s, u"Avi copy 2"_s }));
    }

    void openingAViewAsksForIt()
    {
        m_filter.products = { product(u"Tanzu Kubernetes Grid"_s) };
        const Id id = m_panel->newViewFromFilter();
        QTest::keyClick(inPlaceEditor(list()), Qt::Key_Escape);
        QSignalSpy opened(m_panel.get(), &ViewsPanel::openRequested);
        list()->setFocus();
        list()->setCurrentIndex(model()->index(1));
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Id>(), id);

        list()->setCurrentIndex(model()->index(0));
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).value<Id>(), Id(0));

        // The view shown is bold, and only it.
        const auto bold = [this](int row) {
            return model()->index(row).data(Qt::FontRole).value<QFont>().bold();
        };
        QVERIFY(bold(0) && !bold(1));
        m_panel->setShownView(id);
        QVERIFY(!bold(0) && bold(1));
    }

    void levelAndPrintMarkAreSteps()
    {
        m_panel->newViewFromFilter();
        QTest::keyClick(inPlaceEditor(list()), Qt::Key_Escape);
        const Id id = m_panel->selectedView();
        QVERIFY(id);
        QVERIFY(m_panel->printAction()->isEnabled() && !m_panel->printAction()->isChecked());
        m_panel->printAction()->trigger();
        QVERIFY(m_document->store().view(id)->print);
        m_panel->zonesLevelAction()->trigger();
        QCOMPARE(m_document->store().view(id)->level, ViewLevel::Zones);
        QVERIFY(model()->index(1).data(Qt::ToolTipRole).toString().contains(u"Drawn as zones"_s));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->store().view(id)->level, ViewLevel::Components);
        QVERIFY(!m_panel->zonesLevelAction()->isChecked()); // follows the undo
        m_document->undoStack()->undo();
        QVERIFY(!m_document->store().view(id)->print);
        QVERIFY(!m_panel->printAction()->isChecked());
        list()->setCurrentIndex(model()->index(0)); // "All" has neither
        QVERIFY(!m_panel->printAction()->isEnabled());
        QVERIFY(!m_panel->zonesLevelAction()->isEnabled());
    }

    void readOnlyDocumentOffersNoEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"views.portolan"_s);
        QString error;
        {
            auto store = ProjectStore::create(path, &error);
            QVERIFY(store && loadSample(*store, u"tko"_s, &error));
            View view;
            view.name = u"Avi"_s;
            QVERIFY(store->addView(view));
        }
        m_panel->setDocument(nullptr);
        m_document = std::make_unique<ProjectDocument>(
            ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error));
        m_panel->setDocument(m_document.get());
        QCOMPARE(rows(), QStringList({ u"All"_s, u"Avi"_s }));
        list()->setCurrentIndex(model()->index(1));
        QVERIFY(!m_panel->newAction()->isEnabled());
        QVERIFY(!m_panel->deleteAction()->isEnabled());
        QVERIFY(!m_panel->duplicateAction()->isEnabled());
        QVERIFY(!m_panel->moveUpAction()->isEnabled());
        QVERIFY(!(model()->flags(model()->index(1)) & Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TestViewsPanel)
#include "tst_viewspanel.moc"
