#include "projectviews/viewsmodel.h"

#include "common/plaintext.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Portolan {

ViewsModel::ViewsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ViewsModel::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_shown = 0;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ViewsModel::documentChanged);
    reload();
}

void ViewsModel::documentChanged(const DocumentChange &change)
{
    // Names of products, zones and components show in the tooltips.
    if (change.reset || !change.views.isEmpty() || !change.products.isEmpty()
        || !change.zones.isEmpty() || !change.components.isEmpty())
        reload();
}

void ViewsModel::reload()
{
    QList<View> views = m_document ? viewsInOrder(m_document->project().views) : QList<View>();
    const auto ids = [](const QList<View> &list) {
        QList<Id> result;
        for (const View &view : list)
            result.append(view.id);
        return result;
    };
    // The same views in the same order (a rename, a new selection): the
    // rows change in place, so an editor that just committed stays the
    // view's and the current row stays current.
    if (m_document && !m_views.isEmpty() && ids(views) == ids(m_views)) {
        m_views = std::move(views);
        emit dataChanged(index(1), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_views = std::move(views);
    endResetModel();
}

int ViewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_views.size()) + 1;
}

Id ViewsModel::idAt(int row) const
{
    return row >= 1 && row <= m_views.size() ? m_views.at(row - 1).id : 0;
}

int ViewsModel::rowOf(Id id) const
{
    if (id == 0)
        return m_document ? 0 : -1;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == id)
            return int(i) + 1;
    }
    return -1;
}

QString ViewsModel::describe(const View &view) const
{
    const ProjectSnapshot &project = m_document->project();
    const ViewSelection &s = view.selection;
    const auto names = [](const QSet<Id> &ids, auto nameOf) {
        QStringList list;
        for (const Id id : ids) {
            const QString name = nameOf(id);
            list.append(name.isEmpty() ? tr("(deleted)") : name);
        }
        list.sort(Qt::CaseInsensitive);
        return list.join(u", "_s);
    };
    QStringList lines;
    if (!s.products.isEmpty())
        lines << tr("Products: %1").arg(names(s.products, [&](Id id) {
            return project.productName(id);
        }));
    if (!s.protocols.isEmpty()) {
        QStringList protocols;
        for (const Transport t : s.protocols)
            protocols << transportName(t);
        lines << tr("Protocols: %1").arg(protocols.join(u", "_s));
    }
    if (!s.zones.isEmpty())
        lines << tr("Zones: %1").arg(names(s.zones, [&](Id id) { return project.zoneName(id); }));
    if (!s.components.isEmpty())
        lines << tr("Components: %1").arg(names(s.components, [&](Id id) {
            return project.componentName(id);
        }));
    if (!s.text.isEmpty())
        lines << tr("Text: %1").arg(s.text);
    if (lines.isEmpty())
        lines << tr("Everything in the project");
    if (view.level == ViewLevel::Zones)
        lines << tr("Drawn as zones");
    if (view.print)
        lines << tr("Printed in the handover pack");
    return lines.join(u'\n');
}

QVariant ViewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document || index.row() > m_views.size())
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return tr("All");
        case Qt::ToolTipRole:
            return tr("The whole project");
        case IdRole:
            return Id(0);
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            font.setBold(m_shown == 0);
            return font;
        }
        default:
            return {};
        }
    }
    const View &view = m_views.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view.name;
    case Qt::ToolTipRole:
        return plainForAutoText(describe(view));
    case IdRole:
        return view.id;
    case Qt::FontRole:
        if (view.id == m_shown) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

void ViewsModel::setShownView(Id id)
{
    if (id == m_shown)
        return;
    const int before = rowOf(m_shown);
    m_shown = id;
    for (const int row : { before, rowOf(id) }) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), { Qt::FontRole });
    }
}

bool ViewsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Id id = idAt(index.row());
    if (role != Qt::EditRole || !id || !m_document)
        return false;
    if (!m_document->renameView(id, value.toString())) {
        emit editRejected(m_document->errorString());
        return false;
    }
    return true;
}

Qt::ItemFlags ViewsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (idAt(index.row()) && m_document && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Portolan
