#pragma once
// The inspector's page when nothing is selected: a line saying what the
// inspector is for.

#include "inspectorpage.h"

namespace Portolan {

class HintPage : public InspectorPage
{
    Q_OBJECT
public:
    explicit HintPage(QWidget *parent = nullptr);

    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;
};

} // namespace Portolan
