#pragma once
// Edit → Preferences…: what the user sets once for every project. The
// dialog only edits values; the application reads and keeps them.

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Portolan {

struct PreferenceValues
{
    static constexpr int maximumRecentCount = 30;

    QString author;
    QString language; // empty: the system's
    QString theme = QStringLiteral("system"); // "system", "light", "dark"
    int recentCount = 10;
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool showAddresses = false;
    bool orthogonal = true; // new projects' edge style
    bool topToBottom = false; // new projects' layout direction
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void setValues(const PreferenceValues &values);
    PreferenceValues values() const;

    QLineEdit *authorEdit() const { return m_author; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

private:
    QWidget *createGeneralPage();
    QWidget *createDiagramPage();
    QWidget *createOutputPage();

    QLineEdit *m_author;
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_recentCount;
    QComboBox *m_paper;
    QCheckBox *m_showAddresses;
    QComboBox *m_edgeStyle;
    QComboBox *m_direction;
};

} // namespace Portolan
