#pragma once
// Help → User Guide: the bundled guide (resources/guide, compiled in under
// :/guide/<language>/index.html) in a browser window of its own, in the
// window's language when the guide has it and in English otherwise.

#include <QDialog>

class QTextBrowser;

namespace Portolan {

class UserGuide : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    // The guide's page for `language` ("de"; English when there is none).
    static QUrl pageFor(const QString &language);
    // Shows the section `anchor` ("drawing"), or the start for none.
    void showSection(const QString &anchor);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace Portolan
