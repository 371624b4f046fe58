#include "userguide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("Portolan User Guide"));
    // A window beside the main one, not a modal dialog: the guide stays
    // open while the user tries what it says.
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(pageFor(QLocale().name().section(u'_', 0, 0)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, this, [this] { showSection({}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 820);
}

QUrl UserGuide::pageFor(const QString &language)
{
    const QString localised = u":/guide/%1/index.html"_s.arg(language);
    return QUrl(u"qrc"_s + (QFile::exists(localised) ? localised : u":/guide/en/index.html"_s));
}

void UserGuide::showSection(const QString &anchor)
{
    QUrl page = m_browser->source();
    page.setFragment(anchor.isEmpty() ? QString() : anchor);
    m_browser->setSource(page);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

} // namespace Portolan
