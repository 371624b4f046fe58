// The window and the command line on one project. An edit in the window,
// then `portolan import` into the same file: the window notices within a
// second or two, opens the file again (the imported flows are there, the
// edit too), clears the undo history that no longer matches the file and
// says so in the status bar. While a dialog is open it waits for it.

#include "document/projectdocument.h"
#include "mainwindow.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QDialog>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestExternalChange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }

    int importRows(const QString &name, int rows)
    {
        const QString table = m_dir.filePath(name + u".csv"_s);
        QFile file(table);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return -1;
        file.write("product,source,destination,protocol,ports,purpose\n");
        for (int i = 0; i < rows; ++i)
            file.write(
                u"Outside,%1 Source,%1 Target,TCP,%2,Row %2\n"_s.arg(name).arg(100 + i).toUtf8());
        file.close();
        QProcess process;
        process.start(QStringLiteral(PORTOLAN_BINARY), { u"import"_s, table, u"--into"_s, m_path });
        if (!process.waitForFinished(60000))
            return -1;
        return process.exitCode();
    }

    QString statusText() const { return m_window->statusBar()->currentMessage(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_externalchange"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".portolan"_s);
        QString error;
        auto created = ProjectStore::create(m_path, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY2(loadSample(*created, u"tko"_s, &error), qPrintable(error));
        created.reset();
        m_window = std::make_unique<MainWindow>(nullptr, QStringLiteral(PORTOLAN_BINARY));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_path));
    }

    void cleanup() { m_window.reset(); }

    void anImportFromTheCommandLineIsShown()
    {
        const qsizetype flowsBefore = document()->project().flows.size();
        Component edited;
        edited.name = u"Added in the window"_s;
        QVERIFY(document()->addComponent(edited));
        QCOMPARE(document()->undoStack()->count(), 1);
        // Gone once the window lets go of it: a new document may well be
        // made at the old one's address, so addresses prove nothing.
        const QPointer<const ProjectDocument> before(document());

        QCOMPARE(importRows(u"Cli"_s, 3), 0);
        QTRY_VERIFY_WITH_TIMEOUT(document() && !before, 5000);
        QCOMPARE(document()->project().flows.size(), flowsBefore + 3);
        QCOMPARE(document()->undoStack()->count(), 0);
        QVERIFY(!document()->isReadOnly()); // the lock was let go and taken again
        const auto names = [this] {
            QStringList list;
            for (const Component &component : document()->project().components)
                list.append(component.name);
            return list;
        };
        QVERIFY(names().contains(u"Added in the window"_s));
        QVERIFY(names().contains(u"Cli Source"_s));
        QVERIFY2(statusText().contains(u"changed by another program"_s)
                     && statusText().contains(u"undo history"_s),
                 qPrintable(statusText()));

        // The window's own edits are its own: no reload for them.
        const QPointer<const ProjectDocument> reopened(document());
        Component own;
        own.name = u"Second edit"_s;
        QVERIFY(document()->addComponent(own));
        QTest::qWait(2500);
        QVERIFY(reopened && document() == reopened);
        QCOMPARE(document()->undoStack()->count(), 1);
    }

    void anOpenDialogDefersTheReload()
    {
        const QPointer<const ProjectDocument> before(document());
        QDialog dialog(m_window.get());
        dialog.setModal(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(importRows(u"Deferred"_s, 2), 0);
        QTest::qWait(2500);
        QVERIFY(before && document() == before); // not under the dialog
        dialog.close();
        QTRY_VERIFY_WITH_TIMEOUT(document() && !before, 5000);
        QVERIFY(statusText().contains(u"changed by another program"_s));
    }
};

QTEST_MAIN(TestExternalChange)
#include "tst_externalchange.moc"
