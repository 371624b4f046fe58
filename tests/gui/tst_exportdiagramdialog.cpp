// File → Export Diagram's dialog on the TKO sample with a Lab environment:
// the size preview follows the resolution and is the PNG's size, the
// controls follow the format, the choices are remembered, and the products
// and the environment chosen are what the written files show.
#include "addressing/addressplan.h"
#include "diagram/drawingkeeper.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "export/exportdiagramdialog.h"
#include "export/pngexporter.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

const QString AviAddress = u"10.20.30.40"_s;
const QString Alb = u"NSX Advanced Load Balancer"_s;

// "1234 × 567 pixels" as a size.
QSize previewPixels(const QLabel *preview)
{
    const auto match = QRegularExpression(u"^(\\d+) × (\\d+) pixels$"_s).match(preview->text());
    if (!match.hasMatch())
        return {};
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDiagramDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QTemporaryDir> m_dir;
    Id m_lab = 0;

    DiagramExportSource source() const
    {
        DiagramExportSource source;
        source.project = viewProject(m_document->project(), 0);
        source.title = u"TKO"_s;
        source.baseName = m_dir->filePath(u"tko"_s);
        return source;
    }

    template<typename T> static T *part(const ExportDiagramDialog &dialog, const QString &name)
    {
        auto *found = dialog.findChild<T *>(name);
        if (!found)
            qFatal("no %s in the dialog", qPrintable(name));
        return found;
    }

    static void choose(const ExportDiagramDialog &dialog, const QString &format)
    {
        auto *box = part<QComboBox>(dialog, u"format"_s);
        box->setCurrentIndex(box->findData(format));
    }

    // Writes through the Export button; false when nothing was written (a
    // message box saying why is closed and its text logged).
    bool exportTo(ExportDiagramDialog &dialog, const QString &name)
    {
        const QString path = m_dir->filePath(name);
        part<QLineEdit>(dialog, u"filePath"_s)->setText(path);
        auto *button = part<QPushButton>(dialog, u"exportButton"_s);
        if (!button->isEnabled())
            return false;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                qWarning("%s", qPrintable(box->text()));
                box->reject();
            }
        });
        closer.start(100);
        button->click();
        return dialog.result() == QDialog::Accepted && QFile::exists(path);
    }

    int flowsOf(const QString &product) const
    {
        const ProjectSnapshot &project = m_document->project();
        int count = 0;
        for (const Flow &flow : project.flows)
            count += project.productName(flow.productId) == product;
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_exportdiagramdialog"_s);
    }

    void init()
    {
        QSettings().clear();
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(loadSample(*store, u"tko"_s, &error), qPrintable(error));
        m_lab = store->addEnvironment(Environment { 0, u"Lab"_s });
        QVERIFY(m_lab);
        QVERIFY2(assignAddress(*store, m_lab, store->findComponent(u"Avi Controller"_s)->id,
                               AviAddress, &error),
                 qPrintable(error));
        m_document = std::make_unique<ProjectDocument>(std::move(store));
        QVERIFY(m_document->storeDrawing(keptDrawing(viewProject(m_document->project(), 0))));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_document.reset();
        m_dir.reset();
    }

    void previewFollowsTheResolution()
    {
        ExportDiagramDialog dialog(source());
        choose(dialog, u"png"_s);
        auto *dpi = part<QSpinBox>(dialog, u"dpi"_s);
        const auto *preview = part<QLabel>(dialog, u"sizePreview"_s);
        dpi->setValue(100);
        const QSize at100 = previewPixels(preview);
        QVERIFY2(at100.width() > 100, qPrintable(preview->text()));
        const QRectF bounds = renderDiagram(dialog.diagram()).bounds;
        QCOMPARE(at100, PngExporter::imageSize(bounds, 100));
        dpi->setValue(200);
        const QSize at200 = previewPixels(preview);
        QVERIFY2(qAbs(at200.width() - 2 * at100.width()) <= 1,
                 qPrintable(u"%1 → %2"_s.arg(at100.width()).arg(at200.width())));
        QVERIFY(qAbs(at200.height() - 2 * at100.height()) <= 1);

        // Beyond what PNG export makes, Export waits for a lower resolution.
        dpi->setValue(maximumDpi);
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!part<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
        choose(dialog, u"pdf"_s);
        QVERIFY2(preview->text().startsWith(u"A4 "_s), qPrintable(preview->text()));
        QVERIFY(dialog.problem().isEmpty());
        choose(dialog, u"svg"_s);
        QVERIFY2(preview->text().contains(u" points ("_s), qPrintable(preview->text()));
    }

    void controlsFollowTheFormat()
    {
        ExportDiagramDialog dialog(source());
        auto *path = part<QLineEdit>(dialog, u"filePath"_s);
        const auto enabled = [&dialog] {
            return QList<bool> { part<QSpinBox>(dialog, u"dpi"_s)->isEnabled(),
                                 part<QComboBox>(dialog, u"paper"_s)->isEnabled(),
                                 part<QCheckBox>(dialog, u"transparent"_s)->isEnabled() };
        };
        choose(dialog, u"png"_s);
        QCOMPARE(enabled(), QList<bool>({ true, false, true }));
        QVERIFY2(path->text().endsWith(u"tko.png"_s), qPrintable(path->text()));
        choose(dialog, u"pdf"_s);
        QCOMPARE(enabled(), QList<bool>({ false, true, false }));
        QVERIFY(path->text().endsWith(u"tko.pdf"_s));
        choose(dialog, u"svg"_s);
        QCOMPARE(enabled(), QList<bool>({ false, false, true }));
        choose(dialog, u"json"_s);
        QCOMPARE(enabled(), QList<bool>({ false, false, false }));

        // The extension typed picks the format.
        path->setText(m_dir->filePath(u"typed.dot"_s));
        QCOMPARE(dialog.extension(), u"dot"_s);
        QCOMPARE(dialog.filePath(), m_dir->filePath(u"typed.dot"_s));
        path->setText(m_dir->filePath(u"noextension"_s));
        QCOMPARE(dialog.filePath(), m_dir->filePath(u"noextension.dot"_s));
        path->clear();
        QVERIFY(!part<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
    }

    void choicesAreRemembered()
    {
        {
            ExportDiagramDialog first(source());
            QCOMPARE(first.extension(), u"svg"_s);
            QCOMPARE(part<QSpinBox>(first, u"dpi"_s)->value(), 150);
            choose(first, u"png"_s);
            part<QSpinBox>(first, u"dpi"_s)->setValue(96);
            part<QCheckBox>(first, u"transparent"_s)->setChecked(true);
            auto *paper = part<QComboBox>(first, u"paper"_s);
            paper->setCurrentIndex(paper->findText(u"A3"_s));
            QVERIFY(QDir().mkpath(m_dir->filePath(u"sub"_s)));
            QVERIFY(exportTo(first, u"sub/remembered.png"_s));
        }
        ExportDiagramDialog second(source());
        QCOMPARE(second.extension(), u"png"_s);
        QCOMPARE(part<QSpinBox>(second, u"dpi"_s)->value(), 96);
        QVERIFY(part<QCheckBox>(second, u"transparent"_s)->isChecked());
        QCOMPARE(part<QComboBox>(second, u"paper"_s)->currentText(), u"A3"_s);
        QCOMPARE(second.exportOptions().paper, QPageSize::A3);
        QCOMPARE(second.filePath(), m_dir->filePath(u"sub/tko.png"_s));
    }

    void uncheckedProductsLeaveTheJson()
    {
        ExportDiagramDialog whole(source());
        QVERIFY(exportTo(whole, u"whole.json"_s));
        ExportDiagramDialog dialog(source());
        auto *products = part<QListWidget>(dialog, u"products"_s);
        const QList<QListWidgetItem *> alb = products->findItems(Alb, Qt::MatchExactly);
        QCOMPARE(alb.size(), 1);
        alb.first()->setCheckState(Qt::Unchecked);
        QVERIFY(exportTo(dialog, u"tkg.json"_s));

        const auto edgesIn = [](const QString &path) {
            return QJsonDocument::fromJson(readAll(path)).object().value(u"edges"_s).toArray();
        };
        const auto flowCount = [](const QJsonArray &drawn) {
            int count = 0;
            for (const QJsonValue &edge : drawn)
                count += edge.toObject().value(u"flows"_s).toInt();
            return count;
        };
        const QJsonArray all = edgesIn(m_dir->filePath(u"whole.json"_s));
        const QJsonArray tkg = edgesIn(m_dir->filePath(u"tkg.json"_s));
        QVERIFY(flowsOf(Alb) > 0);
        QCOMPARE(flowCount(tkg), flowCount(all) - flowsOf(Alb));
        // Avi Controller → Syslog is a flow of the load balancer only.
        const auto hasEdge = [](const QJsonArray &drawn, const QString &from, const QString &to) {
            for (const QJsonValue &edge : drawn) {
                const QJsonObject object = edge.toObject();
                if (object.value(u"source"_s).toString() == from
                    && object.value(u"destination"_s).toString() == to)
                    return true;
            }
            return false;
        };
        QVERIFY(hasEdge(all, u"Avi Controller"_s, u"Syslog"_s));
        QVERIFY(!hasEdge(tkg, u"Avi Controller"_s, u"Syslog"_s));

        // None checked: nothing to draw, and Export says why.
        part<QPushButton>(dialog, u"noProducts"_s)->click();
        QVERIFY(!part<QPushButton>(dialog, u"exportButton"_s)->isEnabled());
        QVERIFY2(dialog.problem().contains(u"Check at least one product"_s),
                 qPrintable(dialog.problem()));
        QVERIFY(part<QLabel>(dialog, u"problem"_s)->text() == dialog.problem());
        part<QPushButton>(dialog, u"allProducts"_s)->click();
        QVERIFY(dialog.problem().isEmpty());
    }

    void environmentAddressesInTheSvg()
    {
        ExportDiagramDialog plain(source());
        QCOMPARE(part<QComboBox>(plain, u"environment"_s)->currentData().value<Id>(), Id(0));
        QVERIFY(exportTo(plain, u"plain.svg"_s));
        QVERIFY(!readAll(m_dir->filePath(u"plain.svg"_s)).contains(AviAddress.toUtf8()));

        // The window's addresses are the default; Lab's are drawn.
        DiagramExportSource withLab = source();
        withLab.addressesShown = m_lab;
        ExportDiagramDialog dialog(withLab);
        auto *environment = part<QComboBox>(dialog, u"environment"_s);
        QCOMPARE(environment->currentText(), u"Lab"_s);
        QVERIFY(exportTo(dialog, u"lab.svg"_s));
        const QByteArray svg = readAll(m_dir->filePath(u"lab.svg"_s));
        QVERIFY(svg.contains(">" + AviAddress.toUtf8() + "</text>"));
    }

    void pngIsAsLargeAsThePreview()
    {
        ExportDiagramDialog dialog(source());
        choose(dialog, u"png"_s);
        part<QSpinBox>(dialog, u"dpi"_s)->setValue(120);
        const QSize preview = previewPixels(part<QLabel>(dialog, u"sizePreview"_s));
        QVERIFY(!preview.isEmpty());
        QVERIFY(exportTo(dialog, u"diagram.png"_s));
        const QImage image(m_dir->filePath(u"diagram.png"_s));
        QCOMPARE(image.size(), preview);
    }
};

QTEST_MAIN(TestExportDiagramDialog)
#include "tst_exportdiagramdialog.moc"
