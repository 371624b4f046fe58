#include "notice.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Portolan {

void showNotice(QWidget *window, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
    box->setObjectName(u"notice"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Portolan
