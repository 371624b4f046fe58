#include "recentfiles.h"

#include "preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString Key = u"recentFiles"_s;

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentFiles::files() const
{
    return QSettings().value(Key).toStringList().mid(0, Preferences::recentCount());
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files.mid(0, Preferences::recentCount()));
    emit changed();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QMenu *RecentFiles::createMenu(const QString &title, QWidget *parent)
{
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(u"recentFilesMenu"_s);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    fill(menu);
    return menu;
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    QStringList list = files();
    const qsizetype before = list.size();
    list.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    if (list.size() != before)
        store(list);
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 … &9, then &0: the first ten reachable from the keyboard.
        const QString label = u"&%1 %2"_s.arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(label, this, [this, path] { emit openRequested(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, &RecentFiles::clear)
        ->setStatusTip(tr("Forget the recent projects (the files stay)"));
}

} // namespace Portolan
