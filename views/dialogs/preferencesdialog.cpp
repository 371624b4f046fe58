#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_author->setPlaceholderText(tr("Your name"));
    m_author->setMinimumWidth(280);

    auto *handover = new QGroupBox(tr("Handover pack"), this);
    auto *form = new QFormLayout(handover);
    form->addRow(tr("&Author:"), m_author);
    auto *hint = new QLabel(tr("Printed in the title block and the sign-off of every handover "
                               "pack, from the window and from portolan handover."),
                            handover);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(handover);
    layout->addWidget(buttons);
}

void PreferencesDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

QString PreferencesDialog::author() const
{
    return m_author->text().trimmed();
}

} // namespace Portolan
