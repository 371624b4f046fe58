#pragma once
// What the window shows while no project is open: the ways to begin (the
// sample, a port table, an empty project, a file) and the recent projects.
// It only asks; the File actions do the work.

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace Portolan {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Newest first; files that have gone are left out.
    void setRecentProjects(const QStringList &paths);

signals:
    void sampleRequested(const QString &sample);
    void importRequested();
    void newProjectRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QVBoxLayout *m_recent;
};

} // namespace Portolan
