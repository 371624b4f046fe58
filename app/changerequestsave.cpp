#include "changerequestsave.h"

#include "common/plaintext.h"
#include "diff/changesheets.h"
#include "handover/changerequestexport.h"
#include "layout/layoutservice.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

class ChangeRequestSave
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::ChangeRequestSave)
};

bool writeChangeRequestFile(const ChangeRequest &request, const ChangeSide &from,
                            const ChangeSide &to, const QString &path, const QString &layoutWorker,
                            QString *error)
{
    if (!isChangeRequestPdf(path))
        return writeChangeRequest(request, path, false, error);
    LayoutService service(layoutWorker.isEmpty() ? QCoreApplication::applicationFilePath()
                                                 : layoutWorker);
    QString warning;
    const PackDiagram delta = changeRequestDiagram(from, to, request.design, service, &warning);
    PackPageOptions pages;
    pages.paper = QPageSize(Preferences::paper());
    return writeChangeRequestPdf(request, delta, pages, path, error);
}

QString saveChangeRequestTitle()
{
    return ChangeRequestSave::tr("Save Change Request");
}

QString askChangeRequestPath(QWidget *window, const ChangeRequest &request, const QString &baseName)
{
    const QStringList filters { ChangeRequestSave::tr("Excel workbook (*.xlsx)"),
                                ChangeRequestSave::tr("PDF (*.pdf)"),
                                ChangeRequestSave::tr("CSV, rule changes only (*.csv)"),
                                ChangeRequestSave::tr("JSON (*.json)") };
    const QStringList extensions { u"xlsx"_s, u"pdf"_s, u"csv"_s, u"json"_s };
    QString selected = filters.first();
    // A baseline's name may hold what a file name cannot.
    const auto safe = [](QString name) { return name.replace(u'/', u'_').replace(u'\\', u'_'); };
    const QString suggested
        = ChangeRequestSave::tr("%1 change request %2 to %3.xlsx")
              .arg(baseName.isEmpty() ? ChangeRequestSave::tr("Untitled") : baseName,
                   safe(request.from), safe(request.to));
    QString path = QFileDialog::getSaveFileName(window, saveChangeRequestTitle(), suggested,
                                                filters.join(u";;"_s), &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + extensions.value(filters.indexOf(selected), extensions.first());
    if (!isChangeRequestTable(path) && !isChangeRequestPdf(path)) {
        warnPlainly(window, saveChangeRequestTitle(),
                    ChangeRequestSave::tr("Portolan writes a change request as .xlsx, .pdf, .csv "
                                          "or .json, not “%1”.")
                        .arg(QFileInfo(path).fileName()));
        return {};
    }
    return path;
}

} // namespace Portolan
