#include "ui/prompt/promptpreviewpanel.h"

#include "core/pack/packdocument.h"
#include "core/prompt/promptassembler.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Cb::Ui {

namespace {
constexpr int kDebounceMs = 200;

QPlainTextEdit* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}
} // namespace

PromptPreviewPanel::PromptPreviewPanel(Core::PackDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_debounce(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Prompt preview</b> — exactly what the models receive"), this));
    header->addStretch();
    auto* copy = new QPushButton(tr("Copy Prompt"), this);
    copy->setObjectName(QStringLiteral("copyPrompt"));
    header->addWidget(copy);
    layout->addLayout(header);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* instructionsBox = new QWidget(split);
    auto* ib = new QVBoxLayout(instructionsBox);
    ib->setContentsMargins(0, 0, 0, 0);
    ib->addWidget(new QLabel(tr("Instructions (system message)"), instructionsBox));
    m_instructions = makeView(instructionsBox, QStringLiteral("promptInstructions"));
    ib->addWidget(m_instructions);
    auto* inputBox = new QWidget(split);
    auto* nb = new QVBoxLayout(inputBox);
    nb->setContentsMargins(0, 0, 0, 0);
    nb->addWidget(new QLabel(tr("User message (context documents and goal)"), inputBox));
    m_input = makeView(inputBox, QStringLiteral("promptInput"));
    m_input->setPlaceholderText(tr("The assembled prompt appears here as you add documents and write a goal."));
    nb->addWidget(m_input);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("promptStats"));
    layout->addWidget(m_stats);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PromptPreviewPanel::assembleNow);
    connect(&m_watcher, &QFutureWatcher<Core::AssembledPrompt>::finished, this, &PromptPreviewPanel::applyResult);
    connect(m_document, &Core::PackDocument::contentChanged, this, &PromptPreviewPanel::scheduleAssembly);
    connect(copy, &QPushButton::clicked, this, &PromptPreviewPanel::copyToClipboard);
    connect(m_input, &QPlainTextEdit::cursorPositionChanged, this, &PromptPreviewPanel::itemAtCursor);
    scheduleAssembly();
}

void PromptPreviewPanel::scheduleAssembly() { m_debounce->start(); }

void PromptPreviewPanel::assembleNow()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // assemble again once the running one lands
        return;
    }
    const Core::Pack copy = m_document->pack();
    m_watcher.setFuture(QtConcurrent::run([copy] { return Core::PromptAssembler::assemble(copy); }));
}

void PromptPreviewPanel::applyResult()
{
    m_prompt = m_watcher.result();
    if (m_instructions->toPlainText() != m_prompt.instructions)
        m_instructions->setPlainText(m_prompt.instructions);
    if (m_input->toPlainText() != m_prompt.input)
        m_input->setPlainText(m_prompt.input);
    const qsizetype chars = m_prompt.instructions.size() + m_prompt.input.size();
    const qsizetype bytes = m_prompt.instructions.toUtf8().size() + m_prompt.input.toUtf8().size();
    m_stats->setText(tr("%1 characters, %2 bytes · template: %3")
                         .arg(QLocale().toString(chars), QLocale().toString(bytes), m_prompt.templateName));
    Q_EMIT promptAssembled();
    if (m_pending) {
        m_pending = false;
        assembleNow();
    }
}

void PromptPreviewPanel::showItem(const QString& itemId)
{
    for (const Core::PromptSegment& seg : m_prompt.segments) {
        if (seg.itemId != itemId || seg.part != Core::PromptSegment::Part::Input)
            continue;
        QTextCursor cursor(m_input->document());
        cursor.setPosition(int(seg.start));
        cursor.setPosition(int(qMin(seg.start + seg.length, m_input->document()->characterCount() - 1)),
                           QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection highlight;
        highlight.cursor = cursor;
        highlight.format.setBackground(QColor(255, 243, 196)); // soft yellow: readable on any theme's base
        m_input->setExtraSelections({highlight});
        QSignalBlocker block(m_input);
        QTextCursor start(m_input->document());
        start.setPosition(int(seg.start));
        m_input->setTextCursor(start);
        m_input->centerCursor();
        return;
    }
    m_input->setExtraSelections({});
}

void PromptPreviewPanel::itemAtCursor()
{
    const int pos = m_input->textCursor().position();
    for (const Core::PromptSegment& seg : m_prompt.segments) {
        if (seg.part == Core::PromptSegment::Part::Input && !seg.itemId.isEmpty() && pos >= seg.start &&
            pos < seg.start + seg.length) {
            Q_EMIT itemClicked(seg.itemId);
            return;
        }
    }
}

void PromptPreviewPanel::copyToClipboard() const
{
    QString text = m_prompt.input;
    if (!m_prompt.instructions.isEmpty())
        text = m_prompt.instructions + QStringLiteral("\n\n") + m_prompt.input;
    QApplication::clipboard()->setText(text);
}

} // namespace Cb::Ui
