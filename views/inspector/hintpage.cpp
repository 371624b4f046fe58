#include "hintpage.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Portolan {

HintPage::HintPage(QWidget *parent)
    : InspectorPage(parent)
{
    setObjectName(u"hintPage"_s);
    auto *hint = new QLabel(tr("Select a component or a flow to see and edit it here."), this);
    hint->setObjectName(u"hint"_s);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false); // drawn greyed out, as a hint
    form()->addRow(hint);
}

void HintPage::showRecords(const QList<Id> &ids)
{
    Q_UNUSED(ids)
}

void HintPage::documentChanged(const DocumentChange &change)
{
    Q_UNUSED(change)
}

} // namespace Portolan
