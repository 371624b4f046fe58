#pragma once
// The inspector's page for one product: name, colour (a swatch button that
// opens a colour dialog) and how many flows it has.

#include "inspectorpage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Portolan {

class ProductPage : public InspectorPage
{
    Q_OBJECT
public:
    explicit ProductPage(QWidget *parent = nullptr);

    void showRecords(const QList<Id> &ids) override;
    void documentChanged(const DocumentChange &change) override;

private:
    // `all` rewrites every field, else only those whose value changed.
    void load(bool all);
    void commitName();
    void chooseColor();

    Id m_id = 0;
    std::optional<Product> m_shown;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QPushButton *m_color;
    QLabel *m_flows;
    QLabel *m_error;
};

} // namespace Portolan
