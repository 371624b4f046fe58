#include "changespanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangesModel(this))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_close(new QPushButton(tr("Close Comparison"), this))
    , m_save(new QPushButton(tr("Save Change Request…"), this))
{
    setObjectName(u"changesPanel"_s);
    m_title->setObjectName(u"comparisonTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setWordWrap(true);
    m_note->hide();
    m_empty->setObjectName(u"noDifferences"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_tree->setObjectName(u"changesTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_close->setObjectName(u"closeComparison"_s);
    m_close->setToolTip(tr("End the comparison and draw the diagram as it is"));

    m_save->setObjectName(u"saveChangeRequest"_s);
    m_save->setToolTip(tr("Write these changes for the firewall team: a workbook, a PDF with "
                          "the delta diagram and a sign-off, the rule changes as CSV, or JSON"));

    // The title across the panel, the buttons under the list, as in a
    // dialog: a long comparison's name then needs no more than two lines.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const auto target = m_model->target(index))
            emit targetActivated(*target);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto target = m_model->target(index))
            emit targetActivated(*target);
    });
    connect(m_close, &QPushButton::clicked, this, &ChangesPanel::closeRequested);
    connect(m_save, &QPushButton::clicked, this, &ChangesPanel::saveRequested);
}

void ChangesPanel::setComparison(const QString &from, const QString &to,
                                 const ChangeRequest &request)
{
    m_model->setRequest(request);
    m_title->setText(tr("Changes from %1 to %2").arg(from, to));
    m_empty->setText(tr("No differences between %1 and %2").arg(from, to));
    m_empty->setVisible(request.isEmpty());
    m_tree->setVisible(!request.isEmpty());
    m_tree->expandAll();
}

void ChangesPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The change and its details side by side; the tooltip holds them whole.
    m_tree->setColumnWidth(0, qMax(160, m_tree->width() * 9 / 20));
}

void ChangesPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace Portolan
