#include "exportdiagramdialog.h"

#include "common/plaintext.h"
#include "diagram/diagramtext.h"
#include "diagram/drawinggeometry.h"
#include "export/diagramexporter.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr int productRole = Qt::UserRole;

// `path` with the extension of `extension`'s format: an export format's
// extension it ends in is replaced, anything else kept.
QString withFormat(QString path, const QString &extension)
{
    const QString suffix = QFileInfo(path).suffix();
    if (!suffix.isEmpty() && exporterForExtension(suffix))
        path.chop(suffix.size() + 1);
    return path.trimmed().isEmpty() ? path : path + u'.' + extension;
}

// Gives `widget` the name tests find it by.
template<typename Widget> Widget *named(Widget *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

} // namespace

ExportDiagramDialog::ExportDiagramDialog(const DiagramExportSource &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_path(named(new QLineEdit(this), u"filePath"_s))
    , m_browse(named(new QPushButton(tr("&Browse…"), this), u"browse"_s))
    , m_format(named(new QComboBox(this), u"format"_s))
    , m_dpi(named(new QSpinBox(this), u"dpi"_s))
    , m_paper(named(new QComboBox(this), u"paper"_s))
    , m_transparent(named(new QCheckBox(tr("&Transparent background"), this), u"transparent"_s))
    , m_environment(named(new QComboBox(this), u"environment"_s))
    , m_products(named(new QListWidget(this), u"products"_s))
    , m_size(named(new QLabel(this), u"sizePreview"_s))
    , m_problemLabel(named(new QLabel(this), u"problem"_s))
{
    setObjectName(u"exportDiagramDialog"_s);
    setWindowTitle(tr("Export Diagram"));

    m_path->setMinimumWidth(360);
    for (const ExportFormat &format : exportFormats())
        m_format->addItem(tr("%1 (.%2)").arg(format.formatName, format.extension),
                          format.extension);
    m_dpi->setRange(minimumDpi, maximumDpi);
    m_dpi->setSingleStep(10);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("PNG: pixels per inch; the diagram's points are scaled by dpi / 72."));
    for (const QString &name : paperNames())
        m_paper->addItem(name, int(*paperFromName(name)));
    m_paper->setToolTip(tr("PDF: the sheet the diagram is fitted on; the orientation follows "
                           "the diagram."));
    m_transparent->setToolTip(tr("PNG and SVG: no background instead of white."));
    m_environment->addItem(tr("No addresses"), Id(0));
    for (const Environment &environment : m_source.project.environments)
        m_environment->addItem(environment.name, environment.id);
    m_environment->setToolTip(
        tr("Draws the addresses of this environment under the component names."));
    for (const Product &product : m_source.project.products) {
        auto *item = new QListWidgetItem(product.name, m_products);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(productRole, product.id);
    }
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color: #b91c1c"_s);

    auto *productsBox = new QGroupBox(tr("Flows of the products"), this);
    auto *all = named(new QPushButton(tr("A&ll"), productsBox), u"allProducts"_s);
    auto *none = named(new QPushButton(tr("&None"), productsBox), u"noProducts"_s);
    auto *productButtons = new QVBoxLayout;
    productButtons->addWidget(all);
    productButtons->addWidget(none);
    productButtons->addStretch();
    auto *productsLayout = new QHBoxLayout(productsBox);
    productsLayout->addWidget(m_products, 1);
    productsLayout->addLayout(productButtons);
    productsBox->setEnabled(m_products->count() > 0);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a row of a layout has no buddy of its own
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("&Addresses of:"), m_environment);
    form->addRow(productsBox);
    form->addRow(tr("Size:"), m_size);
    form->addRow(m_problemLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("Export"));
    m_export->setObjectName(u"exportButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    restoreChoices();
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(m_source.addressesShown)));
    const QString baseName
        = QFileInfo(m_source.baseName.isEmpty() ? tr("diagram") : m_source.baseName).fileName();
    m_path->setText(
        QDir::toNativeSeparators(QDir(m_directory).filePath(baseName + u'.' + extension())));

    connect(m_path, &QLineEdit::textChanged, this, &ExportDiagramDialog::pathEdited);
    connect(m_browse, &QPushButton::clicked, this, &ExportDiagramDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDiagramDialog::formatChosen);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDiagramDialog::updateControls);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDiagramDialog::updateControls);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ExportDiagramDialog::redraw);
    connect(m_products, &QListWidget::itemChanged, this, &ExportDiagramDialog::redraw);
    connect(all, &QPushButton::clicked, this, [this] { setAllProducts(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllProducts(false); });
    redraw();
}

QString ExportDiagramDialog::extension() const
{
    return m_format->currentData().toString();
}

QString ExportDiagramDialog::filePath() const
{
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (typed.isEmpty())
        return {};
    QString path = QDir::cleanPath(QDir(m_directory).absoluteFilePath(typed));
    if (!path.endsWith(u'.' + extension(), Qt::CaseInsensitive))
        path += u'.' + extension();
    return path;
}

ExportOptions ExportDiagramDialog::exportOptions() const
{
    ExportOptions options;
    options.dpi = m_dpi->value();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.transparent = m_transparent->isChecked();
    options.title = m_source.title;
    return options;
}

DiagramOptions ExportDiagramDialog::diagramOptions() const
{
    DiagramOptions options;
    // Every product: the whole project, with the flows of none and the
    // components without flows, as the window draws it.
    const QSet<Id> checked = checkedProducts();
    if (checked.size() < m_products->count())
        options.selection.products = checked;
    options.environment = m_environment->currentData().value<Id>();
    options.showAddresses = options.environment != 0;
    return options;
}

QSet<Id> ExportDiagramDialog::checkedProducts() const
{
    QSet<Id> checked;
    for (int row = 0; row < m_products->count(); ++row) {
        const QListWidgetItem *item = m_products->item(row);
        if (item->checkState() == Qt::Checked)
            checked.insert(item->data(productRole).value<Id>());
    }
    return checked;
}

void ExportDiagramDialog::browse()
{
    QStringList filters;
    for (const ExportFormat &format : exportFormats())
        filters.append(tr("%1 (*.%2)").arg(format.formatName, format.extension));
    QString selected = filters.value(m_format->currentIndex());
    const QString start = filePath().isEmpty() ? m_directory : filePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), start,
                                                filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.'
            + exportFormats().value(qMax<qsizetype>(0, filters.indexOf(selected))).extension;
    m_confirmed = QDir::cleanPath(path); // the file dialog asked about replacing it
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDiagramDialog::formatChosen()
{
    const QString path = withFormat(m_path->text(), extension());
    if (path != m_path->text())
        m_path->setText(path);
    updateControls();
}

void ExportDiagramDialog::pathEdited(const QString &text)
{
    const int index = m_format->findData(QFileInfo(text.trimmed()).suffix().toLower());
    if (index >= 0 && index != m_format->currentIndex()) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(index);
    }
    updateControls();
}

void ExportDiagramDialog::setAllProducts(bool checked)
{
    const QSignalBlocker blocker(m_products); // one redraw, not one per product
    for (int row = 0; row < m_products->count(); ++row)
        m_products->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    redraw();
}

void ExportDiagramDialog::redraw()
{
    m_diagram = {};
    m_bounds = {};
    m_notDrawn.clear();
    const DiagramOptions options = diagramOptions();
    const bool everyProduct = options.selection.products.isEmpty();
    const bool asShown = everyProduct && options.environment == m_source.addressesShown;
    if (m_products->count() > 0 && checkedProducts().isEmpty()) {
        m_notDrawn = tr("Check at least one product: the diagram draws the flows of the "
                        "products checked.");
    } else if (asShown && !m_source.shown.components.isEmpty()) {
        m_diagram = m_source.shown;
        // The window leaves its tooltips (the SVG's titles) to be asked for.
        fillTooltips(m_diagram);
    } else if (needsFreshLayout(m_source.project)) {
        const Environment *shown = m_source.project.environment(m_source.addressesShown);
        m_notDrawn
            = tr("The project has no stored drawing yet, so only the diagram the window "
                 "shows can be exported: every product, %1.")
                  .arg(shown ? tr("the addresses of %1").arg(shown->name) : tr("no addresses"));
    } else {
        m_diagram = drawDiagram(m_source.project, options).diagram;
        if (m_diagram.components.isEmpty())
            m_notDrawn = everyProduct
                ? tr("There is nothing to draw: the project has no components.")
                : tr("There is nothing to draw: the products checked have no flows here.");
    }
    if (!m_diagram.components.isEmpty())
        m_bounds = renderDiagram(m_diagram).bounds;
    updateControls();
}

void ExportDiagramDialog::updateControls()
{
    const QString format = extension();
    m_dpi->setEnabled(format == u"png");
    m_paper->setEnabled(format == u"pdf");
    m_transparent->setEnabled(format == u"png" || format == u"svg");
    QString tooLarge;
    m_size->setText(sizeText(&tooLarge));
    m_problem = !m_notDrawn.isEmpty() ? m_notDrawn
        : !tooLarge.isEmpty()         ? tooLarge
        : filePath().isEmpty()        ? tr("Choose the file to write.")
                                      : QString();
    m_problemLabel->setText(m_problem);
    m_export->setEnabled(m_problem.isEmpty());
}

QString ExportDiagramDialog::sizeText(QString *problem) const
{
    if (m_bounds.isEmpty())
        return tr("nothing to draw");
    const QString format = extension();
    if (format == u"png") {
        // As the PNG exporter sizes its image.
        const QSize size = PngExporter::imageSize(m_bounds, m_dpi->value());
        if (!PngExporter::sizeProblem(size, m_dpi->value()).isEmpty())
            *problem = tr("The image would be too large (at most %1 pixels a side and %2 MB): "
                          "lower the resolution.")
                           .arg(PngExporter::maximumSide)
                           .arg(PngExporter::maximumBytes / (1024 * 1024));
        return tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
    }
    if (format == u"pdf") {
        const ExportOptions options = exportOptions();
        const DiagramTiling tiling = PdfExporter::tiling(m_bounds, options);
        const QString sheet = tiling.landscape ? tr("%1 landscape").arg(paperName(options.paper))
                                               : tr("%1 portrait").arg(paperName(options.paper));
        const int percent = qRound(tiling.scale * 100);
        if (!tiling.isTiled())
            return tr("%1, one page, at %2 %").arg(sheet).arg(percent);
        return tr("%1, a map and %2 pages of parts, at %3 %")
            .arg(sheet)
            .arg(tiling.tiles.size())
            .arg(percent);
    }
    if (format == u"dot")
        return tr("a graph without geometry: Graphviz sizes it when it lays it out");
    constexpr qreal millimetresPerPoint = 25.4 / 72;
    const QSizeF points = m_bounds.size();
    return tr("%1 × %2 points (%3 × %4 mm)")
        .arg(qRound(points.width()))
        .arg(qRound(points.height()))
        .arg(qRound(points.width() * millimetresPerPoint))
        .arg(qRound(points.height() * millimetresPerPoint));
}

bool ExportDiagramDialog::writeFile(QString *error)
{
    const auto exporter = exporterForExtension(extension());
    *error = m_problem;
    if (error->isEmpty() && !exporter->write(m_diagram, filePath(), exportOptions()))
        *error = exporter->errorString();
    if (!error->isEmpty())
        return false;
    m_directory = QFileInfo(filePath()).absolutePath();
    saveChoices();
    return true;
}

void ExportDiagramDialog::accept()
{
    if (!m_problem.isEmpty()) {
        warnPlainly(this, windowTitle(), m_problem);
        return;
    }
    const QString path = filePath();
    if (path != m_confirmed && QFileInfo::exists(path)
        && !askPlainly(this, windowTitle(),
                       tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))))
        return;
    QString error;
    if (!writeFile(&error)) {
        warnPlainly(this, windowTitle(),
                    tr("The diagram could not be exported to %1:\n%2")
                        .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    QDialog::accept();
}

void ExportDiagramDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(u"exportDiagram"_s);
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value(u"format"_s).toString())));
    m_dpi->setValue(settings.value(u"dpi"_s, ExportOptions().dpi).toInt());
    const auto paper = paperFromName(settings.value(u"paper"_s).toString());
    m_paper->setCurrentIndex(
        qMax(0, m_paper->findData(int(paper.value_or(m_source.defaultPaper)))));
    m_transparent->setChecked(settings.value(u"transparent"_s, false).toBool());
    m_directory = settings.value(u"lastDirectory"_s).toString();
    if (m_directory.isEmpty() || !QFileInfo(m_directory).isDir())
        m_directory = m_source.baseName.isEmpty() ? QDir::homePath()
                                                  : QFileInfo(m_source.baseName).absolutePath();
}

void ExportDiagramDialog::saveChoices() const
{
    QSettings settings;
    settings.beginGroup(u"exportDiagram"_s);
    settings.setValue(u"format"_s, extension());
    settings.setValue(u"dpi"_s, m_dpi->value());
    settings.setValue(u"paper"_s, paperName(QPageSize::PageSizeId(m_paper->currentData().toInt())));
    settings.setValue(u"transparent"_s, m_transparent->isChecked());
    settings.setValue(u"lastDirectory"_s, m_directory);
}

} // namespace Portolan
