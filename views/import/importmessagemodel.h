#pragma once
// The importer's warnings and errors as a list ("flows.md:12: warning: …"),
// errors highlighted. Files are named by their file name; the tool tip
// gives the whole path.

#include "import/importer.h"

#include <QAbstractListModel>

class QLabel;
class QListView;
class QWidget;

namespace Portolan {

class ImportMessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // True on an error (the file cannot be imported), false on a warning.
    static constexpr int IsErrorRole = Qt::UserRole + 1;

    explicit ImportMessageModel(QObject *parent = nullptr);

    void setMessages(const QList<ImportMessage> &messages);
    int errorCount() const;
    ImportMessage message(int row) const { return m_messages.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ImportMessage> m_messages;
};

// The import dialogs' parts: the list of `model`'s messages, at most eight
// lines high, and the label saying why there is nothing to import (in red).
QListView *createMessageView(ImportMessageModel *model, QWidget *parent);
QLabel *createProblemLabel(QWidget *parent);

} // namespace Portolan
