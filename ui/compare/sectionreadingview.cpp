#include "ui/compare/sectionreadingview.h"

#include "core/compare/sectiongrid.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Ui {

namespace {

// A section body as rich text: escaped, line breaks kept, the unique spans highlighted.
QString cellHtml(const QString& body, const QList<std::pair<int, int>>& unique)
{
    QString html;
    int pos = 0;
    for (auto [start, end] : unique) {
        html += body.mid(pos, start - pos).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:#fff0a8\">") + body.mid(start, end - start).toHtmlEscaped() +
                QStringLiteral("</span>");
        pos = end;
    }
    html += body.mid(pos).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    while (html.endsWith(QStringLiteral("<br>")))
        html.chop(4);
    while (html.startsWith(QStringLiteral("<br>")))
        html.remove(0, 4);
    return html;
}

} // namespace

SectionReadingView::SectionReadingView(QWidget* parent)
    : QWidget(parent),
      m_legend(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_watcher(new QFutureWatcher<std::shared_ptr<Core::SectionGrid>>(this))
{
    setObjectName(QStringLiteral("sectionReadingView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_legend->setObjectName(QStringLiteral("sectionLegend"));
    m_legend->setWordWrap(true);
    m_legend->setText(tr("Rows are sections lined up by their headings. "
                         "<span style=\"background:#fff0a8\">Highlighted</span>: what only that answer says there. "
                         "<span style=\"color:#b35900\">Only in …</span>: a section one answer alone wrote."));
    layout->addWidget(m_legend);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Core::SectionGrid>>::finished, this, [this] {
        if (m_pending) {
            m_pending = false;
            setAnswers(m_titles, m_texts);
            return;
        }
        build(*m_watcher->result());
    });
}

SectionReadingView::~SectionReadingView()
{
    m_watcher->waitForFinished();
}

void SectionReadingView::setAnswers(const QStringList& titles, const QStringList& texts)
{
    m_titles = titles;
    m_texts = texts;
    if (m_watcher->isRunning()) {
        m_pending = true;
        return;
    }
    m_watcher->setFuture(QtConcurrent::run([texts] { return std::make_shared<Core::SectionGrid>(texts); }));
}

bool SectionReadingView::isComputing() const { return m_watcher->isRunning() || m_pending; }

int SectionReadingView::rowCount() const { return int(m_rowTitles.size()); }

QString SectionReadingView::rowTitle(int row) const
{
    return row >= 0 && row < m_rowTitles.size() ? m_rowTitles[row]->text() : QString();
}

QString SectionReadingView::cellText(int row, int answer) const
{
    const QLabel* cell = m_cells.value(row).value(answer);
    return cell ? cell->text() : QString();
}

QWidget* SectionReadingView::cell(int row, int answer) const { return m_cells.value(row).value(answer); }

QWidget* SectionReadingView::rowHeading(int row) const { return m_rowTitles.value(row); }

void SectionReadingView::clearGrid()
{
    m_rowTitles.clear();
    m_cells.clear();
    delete m_scroll->takeWidget();
    m_content = new QWidget;
    m_grid = new QGridLayout(m_content);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setAlignment(Qt::AlignTop);
}

void SectionReadingView::build(const Core::SectionGrid& grid)
{
    const int answers = int(m_titles.size());
    const int scrollValue = m_scroll->verticalScrollBar() ? m_scroll->verticalScrollBar()->value() : 0;
    clearGrid();
    for (int a = 0; a < answers; ++a) {
        auto* head = new QLabel(QStringLiteral("<b>%1</b>").arg(m_titles[a].toHtmlEscaped()), m_content);
        m_grid->addWidget(head, 0, a);
        m_grid->setColumnStretch(a, 1);
    }
    int gridRow = 1;
    for (int r = 0; r < grid.rows().size(); ++r) {
        const Core::SectionGridRow& row = grid.rows()[r];
        QStringList missing;
        QString author;
        for (int a = 0; a < answers; ++a) {
            if (row.cells.value(a, -1) < 0)
                missing.append(m_titles.value(a));
            else
                author = m_titles.value(a);
        }
        QString title = row.title.isEmpty() ? tr("(before the first heading)") : row.title.toHtmlEscaped();
        title = QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>").arg(title);
        if (answers > 1 && row.soleAuthor())
            title += QStringLiteral("  <span style=\"color:#b35900\">%1</span>").arg(tr("Only in %1").arg(author.toHtmlEscaped()));
        else if (!missing.isEmpty())
            title += QStringLiteral("  <span style=\"color:#777\">%1</span>")
                         .arg(tr("Not in %1").arg(missing.join(QStringLiteral(", ")).toHtmlEscaped()));
        auto* heading = new QLabel(title, m_content);
        heading->setObjectName(QStringLiteral("sectionRowTitle"));
        heading->setStyleSheet(QStringLiteral("border-top: 1px solid palette(mid); padding-top: 6px;"));
        m_grid->addWidget(heading, gridRow++, 0, 1, std::max(1, answers));
        m_rowTitles.append(heading);
        QList<QLabel*> cells;
        for (int a = 0; a < answers; ++a) {
            const Core::MarkdownSection* s = grid.section(r, a);
            auto* cell = new QLabel(m_content);
            cell->setWordWrap(true);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cell->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            cell->setTextFormat(Qt::RichText);
            cell->setText(s ? cellHtml(s->body, row.unique.value(a))
                            : QStringLiteral("<i style=\"color:#888\">%1</i>").arg(tr("No such section")));
            m_grid->addWidget(cell, gridRow, a);
            cells.append(cell);
        }
        m_cells.append(cells);
        ++gridRow;
    }
    m_scroll->setWidget(m_content);
    m_scroll->verticalScrollBar()->setValue(scrollValue);
    Q_EMIT updated();
}

} // namespace Cb::Ui
