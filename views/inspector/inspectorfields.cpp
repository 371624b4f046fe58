#include "inspectorfields.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Portolan {

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString flowLine(const ProjectSnapshot &project, const Flow &flow, Id viewpoint)
{
    QString line;
    if (viewpoint && viewpoint == flow.sourceId)
        line = u"→ "_s + project.componentName(flow.destinationId);
    else if (viewpoint && viewpoint == flow.destinationId)
        line = u"← "_s + project.componentName(flow.sourceId);
    else
        line = project.componentName(flow.sourceId) + u" → "_s
            + project.componentName(flow.destinationId);
    line += u' ' + transportName(flow.protocol);
    if (!flow.ports.isEmpty())
        line += u' ' + flow.ports.toString();
    if (!flow.purpose.trimmed().isEmpty())
        line += u" — "_s + flow.purpose.trimmed();
    return line;
}

} // namespace Portolan
