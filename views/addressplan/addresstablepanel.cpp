#include "addresstablepanel.h"

#include "addressing/addressedits.h"
#include "addressplanmodel.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QInputDialog>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Portolan {

AddressTablePanel::AddressTablePanel(QWidget *parent)
    : TablePanel(new AddressPlanModel, ProjectSelection::Kind::Components, parent)
{
    setObjectName(u"addressTablePanel"_s);
    table()->setObjectName(u"addressTable"_s);
    filterEdit()->setPlaceholderText(tr("Filter components, addresses, problems"));

    m_allocate = addTableAction(tr("Allocate &Next Free Address"), QKeySequence(),
                                u"allocateNextFree"_s, copyAction());
    m_allocate->setToolTip(tr("Give the selected components (or every component shown) the next "
                              "free address of their zone's prefix; networks get the prefix"));
    connect(m_allocate, &QAction::triggered, this, [this] { allocate(); });
    m_allocatePrefix = addTableAction(tr("Allocate Free &Prefix…"), QKeySequence(),
                                      u"allocatePrefix"_s, copyAction());
    m_allocatePrefix->setToolTip(
        tr("Carve a free prefix of the length you choose from the zone's prefix, for networks"));
    connect(m_allocatePrefix, &QAction::triggered, this, [this] {
        bool ok = false;
        const int length = QInputDialog::getInt(this, tr("Allocate Free Prefix"),
                                                tr("Prefix length for the selected networks:"), 26,
                                                1, 128, 1, &ok);
        if (ok)
            allocate(length);
    });
    deleteAction()->setText(tr("&Clear Addresses"));

    m_problemsOnly = new QAction(tr("Problems Only"), this);
    m_problemsOnly->setObjectName(u"problemsOnly"_s);
    m_problemsOnly->setCheckable(true);
    m_problemsOnly->setToolTip(tr("Show only components with a warning, an error or no address"));
    connect(m_problemsOnly, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            setRowFilter({});
            return;
        }
        setRowFilter([this](int row) {
            const int status = model()->index(row, 0).data(AddressPlanModel::StatusRole).toInt();
            return status != AddressPlanModel::Fine;
        });
    });
    connect(model(), &AddressPlanModel::findingsChanged, this, [this] {
        if (m_problemsOnly->isChecked())
            refilter();
    });
    updateActions();
}

AddressPlanModel *AddressTablePanel::model() const
{
    return static_cast<AddressPlanModel *>(recordModel());
}

void AddressTablePanel::setEnvironment(Id environment)
{
    model()->setEnvironment(environment);
    refitColumns();
    updateActions();
}

void AddressTablePanel::updateActions()
{
    TablePanel::updateActions();
    if (!m_allocate)
        return;
    const bool can = isEditable() && model()->environment() != 0;
    m_allocate->setEnabled(can);
    m_allocatePrefix->setEnabled(can);
    deleteAction()->setEnabled(can && !selectedIds().isEmpty());
}

QList<Id> AddressTablePanel::targets() const
{
    QList<Id> ids = selectedIds();
    if (!ids.isEmpty())
        return ids;
    for (int row = 0; row < proxyModel()->rowCount(); ++row)
        ids.append(proxyModel()->index(row, 0).data(RecordTableModel::IdRole).value<Id>());
    return ids;
}

bool AddressTablePanel::allocate(int prefixLength)
{
    if (!isEditable() || !model()->environment())
        return false;
    const QList<Id> ids = targets();
    AllocationOptions options;
    options.prefixLength = prefixLength;
    options.skipAddressed = ids.size() > 1;
    Allocation allocation;
    const bool ok
        = document()->allocateAddresses(model()->environment(), ids, options, &allocation);
    report(allocation, ok);
    return ok;
}

void AddressTablePanel::report(const Allocation &allocation, bool ok)
{
    if (!ok) {
        emit editRejected(document()->errorString());
        return;
    }
    QString text;
    if (allocation.allocated.size() == 1)
        text = tr("Allocated %1 to “%2”.")
                   .arg(allocation.allocated.first().second,
                        document()->project().componentName(allocation.allocated.first().first));
    else if (allocation.allocated.isEmpty())
        text = tr("Every component chosen has an address already.");
    else
        text = tr("Allocated addresses to %n component(s).", nullptr,
                  int(allocation.allocated.size()));
    if (!allocation.problems.isEmpty()) {
        const ProjectSnapshot &project = document()->project();
        text += u' '
            + tr("%n got none (Problems Only lists them); the first, “%1”: %2.", nullptr,
                 int(allocation.problems.size()))
                  .arg(project.componentName(allocation.missed.value(0)),
                       allocation.problems.first());
        const bool networkMissed
            = std::any_of(allocation.missed.cbegin(), allocation.missed.cend(), [&](Id id) {
                  const Component *component = project.component(id);
                  return component && component->kind == ComponentKind::Network;
              });
        if (networkMissed)
            text += u' '
                + tr("Networks can share a zone's prefix: Allocate Free Prefix… gives "
                     "each a free /N of it.");
    }
    emit statusMessage(text);
}

void AddressTablePanel::deleteSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty() || !isEditable() || !model()->environment())
        return;
    if (!document()->clearAddresses(model()->environment(), ids))
        emit editRejected(document()->errorString());
}

} // namespace Portolan
