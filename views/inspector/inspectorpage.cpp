#include "inspectorpage.h"

#include "document/projectdocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

InspectorPage::InspectorPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"title"_s);
    m_title->setTextFormat(Qt::PlainText); // it quotes names
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form, 1);
}

void InspectorPage::setContext(ProjectDocument *document, ProjectSelection *selection)
{
    m_document = document;
    m_selection = selection;
}

void InspectorPage::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *field : std::as_const(m_fields))
        field->setEnabled(editable);
    editableChanged();
}

void InspectorPage::addField(QWidget *field)
{
    m_fields.append(field);
    field->setEnabled(m_editable);
}

QLabel *InspectorPage::addErrorRow(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    m_form->addRow(QString(), label);
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Portolan
