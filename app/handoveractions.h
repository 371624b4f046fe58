#pragma once
// File → Export Handover Pack… (PDF) and File → Print Handover Pack… (print
// preview, then the printer): the pack of the current environment, laid out
// and painted by the same code as `portolan handover`. The dialog starts
// from the choices made last time, the project's last revision and the
// author of the preferences.

#include "handover/handoverdialog.h"
#include "handover/handoverexport.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QPrinter;
class QWidget;

namespace Portolan {

class CurrentEnvironment;
class LayoutService;

class HandoverActions : public QObject
{
    Q_OBJECT
public:
    // `layoutWorker`: the portolan executable that lays the diagram out
    // (empty: the running program).
    HandoverActions(QWidget *window, CurrentEnvironment *environment, const QString &layoutWorker,
                    QObject *parent = nullptr);
    ~HandoverActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }

    // What the dialog starts from.
    HandoverChoices rememberedChoices() const;
    void remember(const HandoverChoices &choices);

    // The pack of the current environment, its diagram laid out; nullopt
    // (and a message) when there is none.
    std::optional<HandoverContent> prepare(const HandoverChoices &choices);
    // Writes the pack as a PDF; the outcome goes to message(). With
    // `recordBaseline`, the project is first recorded as that baseline (one
    // undo step, taken back when the pack cannot be written) and the pack
    // names it in its title block.
    bool exportTo(const QString &path, const HandoverChoices &choices);
    // Paints the pack on a printer (the preview's, or the real one).
    bool printTo(QPrinter *printer, const HandoverContent &content, const HandoverChoices &choices);

signals:
    void message(const QString &text);

private:
    // `offerBaseline`: whether "Record as baseline" is offered (export).
    bool askChoices(const QString &acceptText, bool offerBaseline, HandoverChoices *choices);
    void chooseAndExport();
    void chooseAndPrint();
    void updateEnabled();
    QString revisionKey() const;

    QPointer<QWidget> m_window;
    CurrentEnvironment *m_environment;
    QString m_layoutWorker;
    // Made on first use, apart from the window's: a request there would
    // supersede the diagram's own pending layout.
    LayoutService *m_service = nullptr;
    QAction *m_export;
    QAction *m_print;
};

} // namespace Portolan
