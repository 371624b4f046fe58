#pragma once
// Typing a name into the editor a list or tree opened in place, as a user
// would: the visible line edit, the text, Return.

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QLineEdit>
#include <QTest>

// The line edit of the name being edited in place, nullptr when none is open.
inline QLineEdit *inPlaceEditor(const QAbstractItemView *view)
{
    // Closed editors linger, hidden, until deleted later.
    const QList<QLineEdit *> edits = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

inline void typeIntoEditor(const QAbstractItemView *view, const QString &text)
{
    QLineEdit *edit = inPlaceEditor(view);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // The delegate commits the editor through a queued call.
    QCoreApplication::sendPostedEvents();
}
