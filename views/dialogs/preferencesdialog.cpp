#include "preferencesdialog.h"

#include "export/exportoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void selectData(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(qMax(0, box->findData(data)));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_recentCount(new QSpinBox(this))
    , m_paper(new QComboBox(this))
    , m_showAddresses(new QCheckBox(this))
    , m_edgeStyle(new QComboBox(this))
    , m_direction(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createDiagramPage(), tr("Diagram"));
    tabs->addTab(createOutputPage(), tr("Exports and Handover"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    // Each language under its own name, as people look for it.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(hint(tr("Numbers and dates follow the language. A new language is used from "
                         "the next start."),
                      page));
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    form->addRow(tr("&Theme:"), m_theme);
    m_recentCount->setObjectName(u"recentCount"_s);
    m_recentCount->setRange(1, PreferenceValues::maximumRecentCount);
    form->addRow(tr("&Recent projects kept:"), m_recentCount);
    return page;
}

QWidget *PreferencesDialog::createDiagramPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_showAddresses->setObjectName(u"showAddresses"_s);
    m_showAddresses->setText(tr("&Show addresses under component names"));
    form->addRow(m_showAddresses);
    form->addRow(hint(tr("As View → Show Addresses: the addresses of the environment chosen in "
                         "the tool bar."),
                      page));
    m_edgeStyle->setObjectName(u"edgeStyle"_s);
    m_edgeStyle->addItem(tr("Orthogonal"), true);
    m_edgeStyle->addItem(tr("Curved"), false);
    form->addRow(tr("&Edge style of new projects:"), m_edgeStyle);
    m_direction->setObjectName(u"layoutDirection"_s);
    m_direction->addItem(tr("Left to right"), false);
    m_direction->addItem(tr("Top to bottom"), true);
    form->addRow(tr("&Layout direction of new projects:"), m_direction);
    form->addRow(hint(tr("A project keeps its own edge style and direction: View → Edge Style "
                         "and View → Layout Direction change them."),
                      page));
    return page;
}

QWidget *PreferencesDialog::createOutputPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_author->setObjectName(u"author"_s);
    m_author->setPlaceholderText(tr("Your name"));
    m_author->setMinimumWidth(280);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(hint(tr("Printed in the title block and the sign-off of every handover "
                         "pack, from the window and from portolan handover."),
                      page));
    m_paper->setObjectName(u"paper"_s);
    for (const QString &name : paperNames())
        m_paper->addItem(name, QVariant::fromValue(*paperFromName(name)));
    form->addRow(tr("Default &paper:"), m_paper);
    form->addRow(hint(tr("The sheet of diagram PDFs and handover packs until Export "
                         "Diagram… or the pack's dialog remembers another."),
                      page));
    return page;
}

void PreferencesDialog::setValues(const PreferenceValues &values)
{
    m_author->setText(values.author);
    selectData(m_language, values.language);
    selectData(m_theme, values.theme);
    m_recentCount->setValue(values.recentCount);
    selectData(m_paper, QVariant::fromValue(values.paper));
    m_showAddresses->setChecked(values.showAddresses);
    selectData(m_edgeStyle, values.orthogonal);
    selectData(m_direction, values.topToBottom);
}

PreferenceValues PreferencesDialog::values() const
{
    PreferenceValues values;
    values.author = m_author->text().trimmed();
    values.language = m_language->currentData().toString();
    values.theme = m_theme->currentData().toString();
    values.recentCount = m_recentCount->value();
    values.paper = m_paper->currentData().value<QPageSize::PageSizeId>();
    values.showAddresses = m_showAddresses->isChecked();
    values.orthogonal = m_edgeStyle->currentData().toBool();
    values.topToBottom = m_direction->currentData().toBool();
    return values;
}

} // namespace Portolan
