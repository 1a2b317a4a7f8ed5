#include "ui/compare/tooltrailview.h"

#include <QLocale>
#include <QRegularExpression>

namespace Cb::Ui {

namespace {

// "read *Title* 227 tokens" → the title in italics, everything escaped.
QString entryHtml(const Core::ToolTrailEntry& e)
{
    static const QRegularExpression stars(QStringLiteral("\\*([^*]+)\\*"));
    QString s = e.summary.toHtmlEscaped();
    s.replace(stars, QStringLiteral("<i>\\1</i>"));
    return e.isError ? QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(s) : s;
}

} // namespace

ToolTrailView::ToolTrailView(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("toolTrail"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("background: #f3f6fb; color: #37474f; border-bottom: 1px solid #d5dde8;"
                                 " padding: 3px 8px;"));
    hide();
}

QString ToolTrailView::html(const QList<Core::ToolTrailEntry>& trail)
{
    qint64 bytes = 0;
    for (const Core::ToolTrailEntry& e : trail)
        bytes += e.resultBytes;
    QStringList parts;
    const qsizetype first = qMax<qsizetype>(0, trail.size() - kShown);
    for (qsizetype i = first; i < trail.size(); ++i)
        parts << entryHtml(trail[i]);
    QString head = trail.size() == 1 ? tr("Tools: 1 call") : tr("Tools: %1 calls").arg(trail.size());
    if (!trail.isEmpty())
        head += tr(", %1 received").arg(QLocale().formattedDataSize(bytes, 1));
    if (trail.isEmpty())
        return QStringLiteral("<b>%1</b> — %2").arg(head, tr("nothing fetched yet"));
    const QString earlier = first > 0 ? tr("%1 earlier … ").arg(first) : QString();
    return QStringLiteral("<b>%1</b>: %2%3").arg(head, earlier, parts.join(QStringLiteral(" · ")));
}

void ToolTrailView::setTrail(bool toolsMode, const QList<Core::ToolTrailEntry>& trail)
{
    setVisible(toolsMode);
    if (!toolsMode)
        return;
    setText(html(trail));
    QStringList lines;
    for (const Core::ToolTrailEntry& e : trail)
        lines << QStringLiteral("%1.%2 %3(%4) → %5").arg(e.round).arg(e.position + 1).arg(e.name, e.arguments, e.summary);
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace Cb::Ui
