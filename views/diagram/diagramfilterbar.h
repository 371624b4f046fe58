#pragma once
// The bar above the diagram that narrows what it highlights: free text
// (names, purposes, ports such as 443 or 30000-32767), products and
// protocols (all shown until unticked), zones (any until some are ticked),
// and whether non-matching elements fade or hide.

#include "diagram/diagramfilter.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Portolan {

class DiagramFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramFilterBar(QWidget *parent = nullptr);

    // Offers the project's products, protocols and zones; ticks survive for
    // entries that still exist.
    void setProject(const ProjectSnapshot &project);
    DiagramFilter filter() const;
    bool hidesNonMatching() const;
    // "12 of 33 edges" beside the controls; empty hides it.
    void setMatchSummary(const QString &summary);
    QLineEdit *textField() const { return m_text; }
    void focusText();
    void clear();

signals:
    void filterChanged(const Portolan::DiagramFilter &filter);
    void hideNonMatchingChanged(bool hide);

private:
    QToolButton *makeMenuButton(const QString &objectName, QMenu **menu);
    void fillMenu(QMenu *menu, const QList<std::pair<qint64, QString>> &entries,
                  bool tickedByDefault);
    void updateButtonTexts();
    void emitFilter();

    QLineEdit *m_text = nullptr;
    QToolButton *m_productsButton = nullptr;
    QToolButton *m_protocolsButton = nullptr;
    QToolButton *m_zonesButton = nullptr;
    QMenu *m_products = nullptr;
    QMenu *m_protocols = nullptr;
    QMenu *m_zones = nullptr;
    QCheckBox *m_hide = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Portolan
