#pragma once
// The Baselines dialog: the project's named read-only revisions (name,
// created, author, note) with New…, Rename…, Edit Note… and Delete…, each
// one undo step of the document, and Open, which asks the window to show a
// baseline read-only. It follows the document: undo and redo change the
// list, and a read-only document leaves only Open.

#include "domain/types.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Portolan {

class ProjectDocument;
struct ProjectSnapshot;

// Asks for a baseline's name and note (New…), its name (Rename…) or its
// note (Edit Note…). A name the check refuses keeps the dialog open and
// says why.
class BaselineEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Fields { NameAndNote, Name, Note };
    using NameCheck = std::function<QString(const QString &name)>;

    BaselineEditDialog(const QString &title, Fields fields, QWidget *parent = nullptr);

    void setValues(const QString &name, const QString &note);
    // Returns why a name cannot be taken, or an empty string.
    void setNameCheck(NameCheck check) { m_check = std::move(check); }
    QString name() const;
    QString note() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    void accept() override;

private:
    Fields m_fields;
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
    NameCheck m_check;
};

class BaselinesDialog : public QDialog
{
    Q_OBJECT
public:
    // `author` is who new baselines are recorded as made by.
    BaselinesDialog(ProjectDocument *document, const QString &author, QWidget *parent = nullptr);

    void setAuthor(const QString &author) { m_author = author; }
    ProjectDocument *document() const { return m_document; }

    // The baseline of the selected row (0 when none).
    Id currentId() const;
    void selectBaseline(Id id);

    QTreeWidget *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *noteButton() const { return m_note; }
    QPushButton *deleteButton() const { return m_delete; }

    // What the buttons do (each asks first, as the buttons do).
    void createBaseline();
    void renameCurrent();
    void editCurrentNote();
    void deleteCurrent();
    void openCurrent();

    // The name New… suggests: the first of "Baseline 1", "Baseline 2", …
    // not taken.
    QString freeName() const;
    // Why a baseline (other than `except`) of `project` cannot be called
    // `name`, or "".
    static QString nameProblem(const ProjectSnapshot &project, const QString &name, Id except = 0);

signals:
    void openRequested(Portolan::Id id);

private:
    void refresh();
    void updateButtons();
    bool editable() const;

    QPointer<ProjectDocument> m_document;
    QString m_author;
    QLabel *m_intro;
    QLabel *m_readOnly;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_note;
    QPushButton *m_delete;
};

} // namespace Portolan
