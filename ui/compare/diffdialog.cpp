#include "ui/compare/diffdialog.h"

#include "ui/compare/markdownstreamview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Cb::Ui {

DiffDialog::DiffDialog(const Core::RunRecord& run, const QList<std::pair<qint64, QString>>& choices, QWidget* parent)
    : QDialog(parent), m_run(run)
{
    setWindowTitle(tr("Compare two answers"));
    resize(1000, 700);
    auto* layout = new QVBoxLayout(this);
    auto* pick = new QHBoxLayout;
    m_left = new QComboBox(this);
    m_right = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_right->setObjectName(QStringLiteral("diffRight"));
    for (const auto& [id, title] : choices) {
        m_left->addItem(title, id);
        m_right->addItem(title, id);
    }
    m_right->setCurrentIndex(choices.size() > 1 ? 1 : 0);
    pick->addWidget(new QLabel(tr("A:"), this));
    pick->addWidget(m_left, 1);
    pick->addWidget(new QLabel(tr("B:"), this));
    pick->addWidget(m_right, 1);
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    layout->addWidget(m_summary);

    auto* tabs = new QTabWidget(this);
    m_words = new MarkdownStreamView(this); // refuses resources like the columns do
    m_words->setObjectName(QStringLiteral("diffWords"));
    tabs->addTab(m_words, tr("Words"));
    auto* sectionsPage = new QSplitter(Qt::Vertical, this);
    m_sections = new QTreeWidget(sectionsPage);
    m_sections->setObjectName(QStringLiteral("diffSections"));
    m_sections->setRootIsDecorated(false);
    m_sections->setHeaderLabels({tr("Section in A"), tr("Section in B"), tr("")});
    m_sections->header()->setSectionResizeMode(QHeaderView::Stretch);
    auto* bodies = new QSplitter(Qt::Horizontal, sectionsPage);
    m_leftSection = new MarkdownStreamView(bodies);
    m_rightSection = new MarkdownStreamView(bodies);
    sectionsPage->setSizes({300, 300});
    tabs->addTab(sectionsPage, tr("Sections"));
    layout->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_left, &QComboBox::currentIndexChanged, this, &DiffDialog::recompute);
    connect(m_right, &QComboBox::currentIndexChanged, this, &DiffDialog::recompute);
    connect(m_sections, &QTreeWidget::currentItemChanged, this,
            [this] { showSection(m_sections->indexOfTopLevelItem(m_sections->currentItem())); });
    recompute();
}

void DiffDialog::setPair(qint64 leftCallId, qint64 rightCallId)
{
    m_left->setCurrentIndex(m_left->findData(leftCallId));
    m_right->setCurrentIndex(m_right->findData(rightCallId));
    recompute();
}

void DiffDialog::recompute()
{
    const Core::CallRecord* left = m_run.call(m_left->currentData().toLongLong());
    const Core::CallRecord* right = m_run.call(m_right->currentData().toLongLong());
    if (!left || !right)
        return;
    const QString a = left->text;
    const QString b = right->text;
    m_leftSections = Core::HeadingAlignment::sections(a);
    m_rightSections = Core::HeadingAlignment::sections(b);
    m_rows = Core::HeadingAlignment::align(m_leftSections, m_rightSections);
    showSections();
    m_summary->setText(tr("Computing the word diff…"));
    // A watcher per request, parented to the dialog: it dies with it, and a newer request
    // makes the older result stale.
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<QList<Core::DiffSegment>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == m_generation)
            showWords(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([a, b] { return Core::WordDiff::diff(a, b); }));
}

void DiffDialog::showWords(const QList<Core::DiffSegment>& segments)
{
    QString html = QStringLiteral("<div style='white-space: pre-wrap; font-family: sans-serif;'>");
    for (const Core::DiffSegment& seg : segments) {
        const QString text = seg.text.toHtmlEscaped();
        switch (seg.kind) {
        case Core::DiffSegment::Kind::Equal: html += text; break;
        case Core::DiffSegment::Kind::Removed:
            html += QStringLiteral("<span style='background:#fbd5d5; color:#9b1c1c; text-decoration: line-through;'>") +
                    text + QStringLiteral("</span>");
            break;
        case Core::DiffSegment::Kind::Added:
            html += QStringLiteral("<span style='background:#d4f4dd; color:#14532d;'>") + text + QStringLiteral("</span>");
            break;
        }
    }
    m_words->setHtml(html + QStringLiteral("</div>"));
    const Core::WordDiff::Stats stats = Core::WordDiff::stats(segments);
    int onlyA = 0;
    int onlyB = 0;
    for (const Core::SectionRow& r : m_rows) {
        onlyA += r.presence == Core::SectionRow::Presence::LeftOnly ? 1 : 0;
        onlyB += r.presence == Core::SectionRow::Presence::RightOnly ? 1 : 0;
    }
    m_summary->setText(tr("%1 words shared, %2 only in A, %3 only in B · sections: %4 only in A, %5 only in B")
                           .arg(stats.equalWords)
                           .arg(stats.removedWords)
                           .arg(stats.addedWords)
                           .arg(onlyA)
                           .arg(onlyB));
    Q_EMIT diffShown();
}

void DiffDialog::showSections()
{
    m_sections->clear();
    auto title = [](const QList<Core::MarkdownSection>& list, int i) {
        if (i < 0)
            return QString();
        const Core::MarkdownSection& s = list[i];
        return s.level == 0 ? tr("(before the first heading)") : QString(2 * (s.level - 1), QLatin1Char(' ')) + s.title;
    };
    for (const Core::SectionRow& r : m_rows) {
        auto* item = new QTreeWidgetItem(m_sections);
        item->setText(0, title(m_leftSections, r.left));
        item->setText(1, title(m_rightSections, r.right));
        QColor color;
        if (r.presence == Core::SectionRow::Presence::LeftOnly) {
            item->setText(2, tr("only in A"));
            color = QColor(0xfb, 0xd5, 0xd5);
        } else if (r.presence == Core::SectionRow::Presence::RightOnly) {
            item->setText(2, tr("only in B"));
            color = QColor(0xd4, 0xf4, 0xdd);
        } else if (!r.exact) {
            item->setText(2, tr("similar titles"));
        }
        if (color.isValid())
            for (int c = 0; c < 3; ++c)
                item->setBackground(c, color);
    }
}

void DiffDialog::showSection(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Core::SectionRow& r = m_rows[row];
    auto body = [](const QList<Core::MarkdownSection>& list, int i) {
        return i < 0 ? QString() : QStringLiteral("## ") + list[i].title + QStringLiteral("\n\n") + list[i].body;
    };
    m_leftSection->setMarkdown(body(m_leftSections, r.left));
    m_rightSection->setMarkdown(body(m_rightSections, r.right));
}

} // namespace Cb::Ui
