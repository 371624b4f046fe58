#include "importmessagemodel.h"

#include "common/plaintext.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QListView>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

ImportMessageModel::ImportMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ImportMessageModel::setMessages(const QList<ImportMessage> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int ImportMessageModel::errorCount() const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(), [](const auto &message) {
        return message.severity == ImportMessage::Severity::Error;
    }));
}

int ImportMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ImportMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const ImportMessage &message = m_messages.at(index.row());
    const bool error = message.severity == ImportMessage::Severity::Error;
    switch (role) {
    case Qt::DisplayRole: {
        ImportMessage shown = message;
        shown.source = QFileInfo(message.source).fileName();
        return shown.toString();
    }
    case Qt::ToolTipRole: {
        ImportMessage shown = message;
        shown.source = QDir::toNativeSeparators(message.source);
        return plainForAutoText(shown.toString());
    }
    case Qt::ForegroundRole:
        return error ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case Qt::FontRole:
        if (error) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsErrorRole:
        return error;
    default:
        return {};
    }
}

QListView *createMessageView(ImportMessageModel *model, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(u"messages"_s);
    view->setModel(model);
    view->setUniformItemSizes(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMaximumHeight(view->fontMetrics().height() * 8);
    return view;
}

QLabel *createProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"problem"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    return label;
}

} // namespace Portolan
