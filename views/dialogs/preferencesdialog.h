#pragma once
// Edit → Preferences…: what the user sets once for every project. The
// dialog only edits values; the application reads and keeps them.

#include <QDialog>

class QLineEdit;

namespace Portolan {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setAuthor(const QString &author);
    QString author() const;

    QLineEdit *authorEdit() const { return m_author; }

private:
    QLineEdit *m_author;
};

} // namespace Portolan
