#include "diagramfilterbar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Matches nothing: the filter when every entry of a menu is unticked.
constexpr qint64 noId = -1;

QList<QAction *> entries(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            actions << action;
    }
    return actions;
}

QList<qint64> ticked(const QMenu *menu)
{
    QList<qint64> ids;
    for (const QAction *action : entries(menu)) {
        if (action->isChecked())
            ids << action->data().toLongLong();
    }
    return ids;
}

bool allTicked(const QMenu *menu)
{
    const QList<QAction *> actions = entries(menu);
    return std::all_of(actions.cbegin(), actions.cend(),
                       [](const QAction *a) { return a->isChecked(); });
}

} // namespace

DiagramFilterBar::DiagramFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"diagramFilterBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"diagramFilterText"_s);
    m_text->setPlaceholderText(tr("Filter: name, address, purpose, port (443, 30000-32767)…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_text, &QLineEdit::textChanged, this, &DiagramFilterBar::emitFilter);
    layout->addWidget(m_text, 1);

    m_productsButton = makeMenuButton(u"productFilter"_s, &m_products);
    m_protocolsButton = makeMenuButton(u"protocolFilter"_s, &m_protocols);
    m_zonesButton = makeMenuButton(u"zoneFilter"_s, &m_zones);
    layout->addWidget(m_productsButton);
    layout->addWidget(m_protocolsButton);
    layout->addWidget(m_zonesButton);

    m_hide = new QCheckBox(tr("Hide non-matching"), this);
    m_hide->setObjectName(u"hideNonMatching"_s);
    connect(m_hide, &QCheckBox::toggled, this, &DiagramFilterBar::hideNonMatchingChanged);
    layout->addWidget(m_hide);

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show everything again"));
    connect(m_clear, &QToolButton::clicked, this, &DiagramFilterBar::clear);
    layout->addWidget(m_clear);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"filterSummary"_s);
    m_summary->setEnabled(false); // the muted look of secondary text
    layout->addWidget(m_summary);
    updateButtonTexts();
}

QToolButton *DiagramFilterBar::makeMenuButton(const QString &objectName, QMenu **menu)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    *menu = new QMenu(button);
    button->setMenu(*menu);
    return button;
}

void DiagramFilterBar::setProject(const ProjectSnapshot &project)
{
    QList<std::pair<qint64, QString>> products;
    for (const Product &product : project.products)
        products.append({ product.id, product.name });
    QList<std::pair<qint64, QString>> protocols;
    for (const Transport transport : allTransports()) {
        if (std::any_of(project.flows.cbegin(), project.flows.cend(),
                        [transport](const Flow &f) { return f.protocol == transport; }))
            protocols.append({ qint64(transport), transportName(transport) });
    }
    QList<std::pair<qint64, QString>> zones;
    for (const Zone &zone : project.zones)
        zones.append({ zone.id, zone.name });

    const QSignalBlocker blocker(this);
    fillMenu(m_products, products, true);
    fillMenu(m_protocols, protocols, true);
    fillMenu(m_zones, zones, false);
    updateButtonTexts();
}

void DiagramFilterBar::fillMenu(QMenu *menu, const QList<std::pair<qint64, QString>> &list,
                                bool tickedByDefault)
{
    // Keep what the user changed from the default for entries still there.
    QSet<qint64> changed;
    for (const QAction *action : entries(menu)) {
        if (action->isChecked() != tickedByDefault)
            changed.insert(action->data().toLongLong());
    }
    menu->clear();
    QAction *reset = menu->addAction(tickedByDefault ? tr("Show All") : tr("Any Zone"));
    connect(reset, &QAction::triggered, this, [this, menu, tickedByDefault] {
        for (QAction *action : entries(menu))
            action->setChecked(tickedByDefault);
        emitFilter();
    });
    menu->addSeparator();
    for (const auto &[id, name] : list) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setData(id);
        action->setChecked(changed.contains(id) ? !tickedByDefault : tickedByDefault);
        connect(action, &QAction::toggled, this, &DiagramFilterBar::emitFilter);
    }
}

DiagramFilter DiagramFilterBar::filter() const
{
    DiagramFilter filter;
    filter.text = m_text->text().trimmed();
    if (!allTicked(m_products)) {
        const QList<qint64> ids = ticked(m_products);
        filter.products = ids.isEmpty() ? QSet<Id> { noId } : QSet<Id>(ids.cbegin(), ids.cend());
    }
    if (!allTicked(m_protocols)) {
        for (const qint64 id : ticked(m_protocols))
            filter.protocols << Transport(id);
        if (filter.protocols.isEmpty())
            filter.protocols << Transport(noId);
    }
    const QList<qint64> zones = ticked(m_zones);
    filter.zones = QSet<Id>(zones.cbegin(), zones.cend());
    return filter;
}

bool DiagramFilterBar::hidesNonMatching() const
{
    return m_hide->isChecked();
}

void DiagramFilterBar::setMatchSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void DiagramFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void DiagramFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this);
        m_text->clear();
        for (QMenu *menu : { m_products, m_protocols }) {
            for (QAction *action : entries(menu))
                action->setChecked(true);
        }
        for (QAction *action : entries(m_zones))
            action->setChecked(false);
    }
    emitFilter();
}

void DiagramFilterBar::updateButtonTexts()
{
    auto describe = [](const QMenu *menu, const QString &name, bool tickedByDefault) {
        const qsizetype count = ticked(menu).size();
        const qsizetype total = entries(menu).size();
        if ((tickedByDefault && count == total) || (!tickedByDefault && count == 0))
            return name;
        return u"%1 (%2/%3)"_s.arg(name).arg(count).arg(total);
    };
    m_productsButton->setText(describe(m_products, tr("Products"), true));
    m_protocolsButton->setText(describe(m_protocols, tr("Protocols"), true));
    m_zonesButton->setText(describe(m_zones, tr("Zones"), false));
    m_zonesButton->setToolTip(tr("Only flows touching the ticked zones"));
    m_clear->setEnabled(!filter().isEmpty());
}

void DiagramFilterBar::emitFilter()
{
    updateButtonTexts();
    emit filterChanged(filter());
}

} // namespace Portolan
