#pragma once
// The views of a project as a list: "All" (the whole project) first, then
// the project's views in their order. A view's name is edited in place
// (one undo step); "All" is not editable.

#include "document/projectdocument.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Portolan {

class ViewsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole; // the view's id, 0 for "All"

    explicit ViewsModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // The view the diagram shows (0: "All"), drawn in bold.
    void setShownView(Id id);
    Id shownView() const { return m_shown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Id idAt(int row) const; // 0 for "All" or no row
    int rowOf(Id id) const; // -1 when none

signals:
    // A rename the document refused, in its words.
    void editRejected(const QString &message);

private:
    void documentChanged(const DocumentChange &change);
    void reload();
    QString describe(const View &view) const;

    QPointer<ProjectDocument> m_document;
    QList<View> m_views; // in the user's order
    Id m_shown = 0;
};

} // namespace Portolan
