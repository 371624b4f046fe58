#pragma once
// The projects opened lately, newest first, kept in the settings so that
// File → Open Recent survives restarts. Files that have gone are dropped
// when the menu is shown. How many are kept is a preference.

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace Portolan {

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // A menu that lists the files each time it opens; choosing one emits
    // openRequested. Owned by `parent`.
    QMenu *createMenu(const QString &title, QWidget *parent);

signals:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void fill(QMenu *menu);
};

} // namespace Portolan
