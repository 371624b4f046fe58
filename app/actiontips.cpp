#include "actiontips.h"

#include <QAction>
#include <QRegularExpression>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Portolan {

void explainActions(const QWidget *window)
{
    // "新規(&N)…" on a tool button: Qt drops the "&" but not the
    // parenthesised letter of a CJK mnemonic, nor "…".
    static const QRegularExpression mnemonic(u"\\(&[^)]\\)"_s);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        if (action->text().contains(mnemonic) || action->text().endsWith(u'…'))
            action->setIconText(QString(action->text()).remove(mnemonic).remove(u'…').remove(u'&'));
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const QString suffix = keys.isEmpty() ? QString() : u" (%1)"_s.arg(keys);
        QString tip = action->toolTip();
        const bool tipWritten = !tip.isEmpty() && tip != QString(action->text()).remove(u'&')
            && tip != QString(action->iconText()).remove(u'&');
        if (action->statusTip().isEmpty() && tipWritten)
            action->setStatusTip(
                suffix.isEmpty() || !tip.endsWith(suffix) ? tip : tip.chopped(suffix.size()));
        if (!tipWritten && !action->statusTip().isEmpty())
            action->setToolTip(action->statusTip() + suffix);
    }
}

} // namespace Portolan
