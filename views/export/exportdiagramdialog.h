#pragma once
// File → Export Diagram…: where and how the diagram is written — the
// format, the PNG resolution, the PDF paper, a transparent background,
// the products whose flows are drawn and the environment whose addresses
// go under the component names, the same choices as `portolan export` —
// with the size the file will have, worked out as the exporters work it
// out. The format, resolution, paper, background and folder are
// remembered (QSettings group "exportDiagram"); the products and the
// environment start from what the window shows each time.

#include "diagram/diagram.h"
#include "export/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Portolan {

// What the window shows, for the dialog to start from and to draw from.
struct DiagramExportSource
{
    // The whole project, or the view shown as a project of its own
    // (viewProject): the products listed and the stored drawing used.
    ProjectSnapshot project;
    // The window's diagram, exported as it is when the choices are the
    // window's own (every product, its addresses); empty when it has none.
    Diagram shown;
    // The environment whose addresses the window draws (0: none).
    Id addressesShown = 0;
    QString title; // the document's title (PDF metadata, SVG <title>)
    QString baseName; // the suggested file, without its extension
    // The paper until the dialog remembers one (Edit → Preferences…).
    QPageSize::PageSizeId defaultPaper = QPageSize::A4;
};

class ExportDiagramDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDiagramDialog(const DiagramExportSource &source, QWidget *parent = nullptr);

    // The file written: the path typed, made absolute, with the format's
    // extension added when it does not end in it.
    QString filePath() const;
    QString extension() const; // "svg"
    ExportOptions exportOptions() const;
    // The products checked (all of them: every flow, also those of no
    // product) and the environment chosen. Nothing is drawn while no
    // product is checked.
    DiagramOptions diagramOptions() const;
    // The diagram as chosen; without components when nothing can be drawn
    // (problem() says why).
    const Diagram &diagram() const { return m_diagram; }
    // Why Export cannot be pressed; empty when it can.
    QString problem() const { return m_problem; }

    // Writes the file and remembers the choices; false with the reason in
    // `error`.
    bool writeFile(QString *error);

protected:
    // Export: writes the file and closes; on failure says why and stays.
    void accept() override;

private:
    QSet<Id> checkedProducts() const;
    void browse();
    void formatChosen();
    void pathEdited(const QString &text);
    void setAllProducts(bool checked);
    void redraw(); // the diagram for the chosen products and addresses
    void updateControls(); // what applies to the format, the size, the problem
    QString sizeText(QString *problem) const;
    void restoreChoices();
    void saveChoices() const;

    DiagramExportSource m_source;
    Diagram m_diagram;
    QRectF m_bounds; // the rendered diagram's, in points
    QString m_notDrawn; // why m_diagram is empty
    QString m_problem;
    QString m_directory; // where a relative path is taken from
    QString m_confirmed; // a path the file dialog asked about replacing
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QSpinBox *m_dpi;
    QComboBox *m_paper;
    QCheckBox *m_transparent;
    QComboBox *m_environment;
    QListWidget *m_products;
    QLabel *m_size;
    QLabel *m_problemLabel;
    QPushButton *m_export;
};

} // namespace Portolan
