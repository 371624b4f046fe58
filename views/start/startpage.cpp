#include "startpage.h"

#include "common/plaintext.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(0, 14, 0, 2);
    return label;
}

QCommandLinkButton *choice(const QString &name, const QString &text, const QString &description,
                           QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"startPage"_s);
    auto *column = new QWidget;
    column->setMaximumWidth(620);
    auto *layout = new QVBoxLayout(column);

    auto *title = new QLabel(column);
    title->setTextFormat(Qt::RichText);
    title->setText(u"<table><tr><td><img src=\":/icons/portolan.svg\" width=\"56\" "
                   u"height=\"56\"></td><td style=\"padding-left: 12px\"><h1>Portolan</h1>"
                   u"</td></tr></table>"_s);
    layout->addWidget(title);
    auto *about = new QLabel(tr("Port diagrams, address plans and firewall rules from one model "
                                "of a platform's components and flows. There is no Save: every "
                                "change is kept in the project file at once."),
                             column);
    about->setWordWrap(true);
    layout->addWidget(about);

    layout->addWidget(heading(tr("Start"), column));
    QCommandLinkButton *sample = choice(
        u"startSample"_s, tr("Open the TKO Sample…"),
        tr("VMware Tanzu for Kubernetes Operations: its zones, components and flows, saved as a "
           "new project you can change."),
        column);
    connect(sample, &QAbstractButton::clicked, this, [this] { emit sampleRequested(u"tko"_s); });
    QCommandLinkButton *import = choice(
        u"startImport"_s, tr("Import a Port Table…"),
        tr("A markdown or CSV table of flows becomes a new project, after a preview."), column);
    connect(import, &QAbstractButton::clicked, this, &StartPage::importRequested);
    QCommandLinkButton *empty
        = choice(u"startNew"_s, tr("New Empty Project…"),
                 tr("Draw components and flows on the diagram from the start."), column);
    connect(empty, &QAbstractButton::clicked, this, &StartPage::newProjectRequested);
    QCommandLinkButton *open
        = choice(u"startOpen"_s, tr("Open a Project…"), tr("A .portolan file from disk."), column);
    connect(open, &QAbstractButton::clicked, this, &StartPage::openRequested);
    for (QWidget *button : { sample, import, empty, open })
        layout->addWidget(button);

    layout->addWidget(heading(tr("Recent Projects"), column));
    m_recent = new QVBoxLayout;
    m_recent->setSpacing(0);
    layout->addLayout(m_recent);
    auto *drop
        = new QLabel(tr("You can also drop a project or port tables on this window."), column);
    drop->setWordWrap(true);
    drop->setForegroundRole(QPalette::PlaceholderText);
    drop->setContentsMargins(0, 14, 0, 0);
    layout->addWidget(drop);
    layout->addStretch();

    auto *centred = new QWidget;
    auto *row = new QHBoxLayout(centred);
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(centred);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList shown = paths;
    shown.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    if (shown.isEmpty()) {
        auto *none = new QLabel(tr("None yet: the projects you open are listed here."));
        none->setForegroundRole(QPalette::PlaceholderText);
        m_recent->addWidget(none);
        return;
    }
    for (const QString &path : std::as_const(shown)) {
        const QFileInfo file(path);
        auto *button = new QCommandLinkButton(file.completeBaseName(),
                                              QDir::toNativeSeparators(file.absoluteFilePath()));
        button->setObjectName(u"recentProject"_s);
        button->setIcon(QIcon(u":/icons/portolan.svg"_s));
        button->setToolTip(plainForAutoText(QDir::toNativeSeparators(file.absoluteFilePath())));
        connect(button, &QAbstractButton::clicked, this,
                [this, path] { emit recentRequested(path); });
        m_recent->addWidget(button);
    }
}

} // namespace Portolan
