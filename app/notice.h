#pragma once
// A warning the user must see (rules without addresses, a layout that fell
// back to the plain arrangement): a message box over the window, not only
// a line in the status bar. It does not block the caller: the work is done
// and written, the box only tells.

#include <QString>

class QWidget;

namespace Portolan {

void showNotice(QWidget *window, const QString &title, const QString &text);

} // namespace Portolan
