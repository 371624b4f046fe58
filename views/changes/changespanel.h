#pragma once
// The Changes dock: what a comparison found (ChangesModel), under a line
// saying what is compared, or a sentence saying there is no difference.
// A click on a row asks for its record to be selected; Save Change
// Request… asks for it to be written; Close Comparison asks for the
// comparison to end.

#include "changesmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Portolan {

class ChangesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPanel(QWidget *parent = nullptr);

    // `from` and `to` name the two sides as people read them ("1.0", "the
    // working design", "Lab").
    void setComparison(const QString &from, const QString &to, const ChangeRequest &request);
    // A line under the title (why the diagram shows no overlay, say).
    void setNote(const QString &note);

    ChangesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLabel *title() const { return m_title; }
    QLabel *emptyState() const { return m_empty; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *saveButton() const { return m_save; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void targetActivated(const Portolan::ChangeTarget &target);
    void closeRequested();
    void saveRequested();

private:
    ChangesModel *m_model;
    QLabel *m_title;
    QLabel *m_note;
    QLabel *m_empty;
    QTreeView *m_tree;
    QPushButton *m_close;
    QPushButton *m_save;
};

} // namespace Portolan
