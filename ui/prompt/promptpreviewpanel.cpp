#include "ui/prompt/promptpreviewpanel.h"

#include "core/pack/packdocument.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"
#include "ui/prompt/findbar.h"
#include "ui/prompt/templateeditordialog.h"
#include "ui/prompt/variablesform.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <iterator>

namespace Cb::Ui {

namespace {
constexpr int kDebounceMs = 200;

QPlainTextEdit* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setUndoRedoEnabled(false);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

QHash<QString, QString> toHash(const QVariantMap& map)
{
    QHash<QString, QString> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QVariantMap toMap(const QHash<QString, QString>& hash)
{
    QVariantMap out;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

// Makes the view show full.left(limit) when it shows before.left(limit) now, replacing only
// what changed: a keystroke in the goal costs a small edit instead of re-laying out up to a
// million characters, and the scroll position stays. Prefix and suffix are found on the full
// texts, so an edit above the cut shifts the view's tail by trimming or appending at its end.
void updateView(QPlainTextEdit* view, const QString& before, const QString& full, qsizetype limit)
{
    const qsizetype desired = std::min(full.size(), limit);
    const qsizetype shown = std::min(before.size(), limit);
    if (shown == 0 || desired == 0 || view->document()->characterCount() != shown + 1) {
        view->setPlainText(full.left(desired));
        return;
    }
    const QChar* a = before.constData();
    const QChar* b = full.constData();
    const qsizetype common = std::min(before.size(), full.size());
    const qsizetype prefix = std::mismatch(a, a + common, b).first - a;
    if (prefix >= shown && shown == desired)
        return;
    const auto ra = std::make_reverse_iterator(a + before.size());
    const auto rb = std::make_reverse_iterator(b + full.size());
    const qsizetype suffix = std::mismatch(ra, ra + (common - prefix), rb).first - ra;

    const QSignalBlocker block(view);
    QTextCursor cursor(view->document());
    cursor.beginEditBlock();
    if (prefix < shown) {
        const qsizetype oldEnd = std::min(before.size() - suffix, shown);
        const qsizetype newEnd = std::min(full.size() - suffix, desired);
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(oldEnd), QTextCursor::KeepAnchor);
        cursor.insertText(newEnd > prefix ? full.mid(prefix, newEnd - prefix) : QString());
    }
    // The document now holds full.left(n) followed, at most, by text past the cut.
    const qsizetype n = view->document()->characterCount() - 1;
    if (n > desired) {
        cursor.setPosition(int(desired));
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else if (n < desired) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(full.mid(n, desired - n));
    }
    cursor.endEditBlock();
}

} // namespace

PromptPreviewPanel::PromptPreviewPanel(Core::PackDocument* document, Core::Settings* settings,
                                       QWidget* parent)
    : QWidget(parent), m_document(document), m_settings(settings), m_debounce(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* header = new QHBoxLayout;
    // Short enough to stay whole beside the template box; the rest is in the tooltip. It still
    // gives way first on a narrow screen, so the panel never forces the window wider.
    auto* title = new QLabel(tr("<b>Prompt preview</b>"), this);
    title->setToolTip(tr("Exactly what the models receive: the instructions and the user message"));
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title->setMinimumWidth(40);
    header->addWidget(title, 1);
    header->addWidget(new QLabel(tr("Template:"), this));
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("templateBox"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(14);
    const Core::TemplateLibrary library;
    m_templates->addItems(library.names());
    // Until the user picks one, the default preset in the interface language (report-generator-ko).
    const bool picked =
        m_settings &&
        m_settings->store().value(QString::fromLatin1(Core::Keys::PromptTemplate.name)).isValid();
    const QString chosen =
        picked
            ? m_settings->get(Core::Keys::PromptTemplate)
            : library.localizedName(Core::TemplateLibrary::kDefaultName,
                                    m_settings ? UiLanguage::fromSettings(*m_settings) : QString());
    m_templates->setCurrentIndex(
        std::max(0, int(m_templates->findText(chosen, Qt::MatchFixedString))));
    header->addWidget(m_templates);
    auto* copy = new QPushButton(tr("Copy Prompt"), this);
    copy->setObjectName(QStringLiteral("copyPrompt"));
    copy->setToolTip(tr("Copy the whole prompt, instructions and user message (Ctrl+Shift+C)"));
    header->addWidget(copy);
    layout->addLayout(header);

    m_variables = new VariablesForm(this);
    if (m_settings)
        m_variables->setValues(toHash(m_settings->get(Core::Keys::PromptVariables)));
    layout->addWidget(m_variables);
    m_find = new FindBar(this);
    m_find->hide();
    layout->addWidget(m_find);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* instructionsBox = new QWidget(split);
    auto* ib = new QVBoxLayout(instructionsBox);
    ib->setContentsMargins(0, 0, 0, 0);
    // The template editor beside the instructions it writes: the header above has no room to
    // spare on a 1280 px screen.
    auto* instructionsRow = new QHBoxLayout;
    instructionsRow->addWidget(new QLabel(tr("Instructions (system message)"), instructionsBox), 1);
    auto* templatesButton = new QToolButton(instructionsBox);
    templatesButton->setText(tr("Edit Templates…"));
    templatesButton->setObjectName(QStringLiteral("editTemplates"));
    templatesButton->setToolTip(tr("Prompt templates: duplicate a preset, edit and save your own"));
    instructionsRow->addWidget(templatesButton);
    ib->addLayout(instructionsRow);
    m_instructions = makeView(instructionsBox, QStringLiteral("promptInstructions"));
    ib->addWidget(m_instructions);
    auto* inputBox = new QWidget(split);
    auto* nb = new QVBoxLayout(inputBox);
    nb->setContentsMargins(0, 0, 0, 0);
    nb->addWidget(new QLabel(tr("User message (context documents and goal)"), inputBox));
    m_input = makeView(inputBox, QStringLiteral("promptInput"));
    m_input->setPlaceholderText(
        tr("The assembled prompt appears here as you add documents and write a goal."));
    nb->addWidget(m_input);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    m_truncated = new QLabel(this);
    m_truncated->setObjectName(QStringLiteral("truncationNote"));
    m_truncated->setWordWrap(true);
    m_truncated->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #5c4400; padding: 4px; border-radius: 3px;"));
    m_truncated->hide();
    layout->addWidget(m_truncated);
    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("promptStats"));
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &PromptPreviewPanel::openFind);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PromptPreviewPanel::assembleNow);
    connect(&m_watcher, &QFutureWatcher<Assembly>::finished, this,
            &PromptPreviewPanel::applyResult);
    connect(m_document, &Core::PackDocument::contentChanged, this,
            &PromptPreviewPanel::scheduleAssembly);
    connect(copy, &QPushButton::clicked, this, &PromptPreviewPanel::copyToClipboard);
    connect(templatesButton, &QToolButton::clicked, this, &PromptPreviewPanel::editTemplates);
    connect(m_input, &QPlainTextEdit::cursorPositionChanged, this,
            &PromptPreviewPanel::itemAtCursor);
    connect(m_templates, &QComboBox::currentIndexChanged, this,
            &PromptPreviewPanel::chooseTemplate);
    connect(m_variables, &VariablesForm::valuesChanged, this, [this] {
        if (m_settings)
            m_settings->set(Core::Keys::PromptVariables, toMap(m_variables->values()));
        scheduleAssembly();
    });
    connect(m_find, &FindBar::highlightsChanged, this, &PromptPreviewPanel::updateSelections);
    connect(m_find, &FindBar::closed, this, [this] {
        updateSelections();
        m_input->setFocus();
    });
    scheduleAssembly();
}

PromptPreviewPanel::~PromptPreviewPanel() = default;

bool PromptPreviewPanel::isAssembling() const
{
    return m_debounce->isActive() || m_watcher.isRunning() || m_pending;
}

void PromptPreviewPanel::scheduleAssembly()
{
    m_debounce->start();
}

void PromptPreviewPanel::chooseTemplate(int index)
{
    if (index < 0)
        return;
    if (m_settings)
        m_settings->set(Core::Keys::PromptTemplate, m_templates->itemText(index));
    m_debounce->stop();
    assembleNow();
}

// The editor writes through its own library; the preview reads the templates from disk on each
// assembly, so a save or delete shows in the box and the prompt at once.
void PromptPreviewPanel::editTemplates()
{
    Core::TemplateLibrary library;
    TemplateEditorDialog dialog(library, this);
    dialog.selectTemplate(m_templates->currentText());
    connect(&dialog, &TemplateEditorDialog::templatesChanged, this, &PromptPreviewPanel::scheduleAssembly);
    dialog.exec();
    scheduleAssembly();
}

void PromptPreviewPanel::assembleNow()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // assemble again once the running one lands
        return;
    }
    const Core::Pack copy = m_document->pack();
    const QString name = m_templates->currentText();
    const QHash<QString, QString> variables = m_variables->values();
    m_watcher.setFuture(QtConcurrent::run([copy, name, variables] {
        // Read from disk each time, so edits made in the template editor show up at once.
        const Core::TemplateLibrary library;
        const Core::PromptTemplate* found = library.find(name);
        const Core::PromptTemplate tmpl = found ? *found : library.defaultTemplate();
        Assembly a;
        a.prompt = Core::PromptAssembler::assemble(copy, tmpl, variables);
        a.sha256 = a.prompt.sha256();
        a.variables = tmpl.variableNames();
        a.templateNames = library.names();
        return a;
    }));
}

void PromptPreviewPanel::applyResult()
{
    Assembly result = m_watcher.result();
    m_prompt = std::move(result.prompt);
    m_sha256 = std::move(result.sha256);
    updateView(m_instructions, m_shownInstructions, m_prompt.instructions, MaxShownChars);
    m_shownInstructions = m_prompt.instructions;
    updateView(m_input, m_shownInput, m_prompt.input, MaxShownChars);
    m_shownInput = m_prompt.input;
    const qsizetype shownChars = m_input->document()->characterCount() - 1;
    const qsizetype hidden = m_prompt.input.size() - shownChars;
    m_truncated->setVisible(hidden > 0);
    if (hidden > 0)
        m_truncated->setText(
            tr("Showing the first %1 of %2 characters of the user message to keep the window "
               "responsive. Copy Prompt copies all of it; Find searches all of it.")
                .arg(QLocale().toString(shownChars), QLocale().toString(m_prompt.input.size())));

    QStringList names = result.templateNames;
    QStringList current;
    for (int i = 0; i < m_templates->count(); ++i)
        current << m_templates->itemText(i);
    if (names != current) {
        const QSignalBlocker block(m_templates);
        const QString chosen = m_templates->currentText();
        m_templates->clear();
        m_templates->addItems(names);
        m_templates->setCurrentIndex(
            std::max(0, int(m_templates->findText(chosen, Qt::MatchFixedString))));
    }
    m_variables->setVariables(result.variables, m_prompt.missingVariables);
    m_find->setTargets({m_instructions, m_input}, {m_prompt.instructions, m_prompt.input});
    updateSelections();
    updateStats();
    Q_EMIT promptAssembled();
    if (m_pending) {
        m_pending = false;
        assembleNow();
    }
}

void PromptPreviewPanel::updateStats()
{
    const qsizetype chars = m_prompt.instructions.size() + m_prompt.input.size();
    QString text =
        tr("%1 characters · template: %2").arg(QLocale().toString(chars), m_prompt.templateName);
    if (!m_tokenSummary.isEmpty())
        text = m_tokenSummary + QStringLiteral(" · ") + text;
    for (const QString& warning : m_prompt.warnings)
        text += QStringLiteral("\n⚠ ") + warning;
    m_stats->setText(text);
}

void PromptPreviewPanel::setTokenSummary(const QString& text, const QString& toolTip)
{
    m_tokenSummary = text;
    m_stats->setToolTip(toolTip);
    updateStats();
}

void PromptPreviewPanel::updateSelections()
{
    // Alternating faint tints mark where each item starts and ends; the goal and variable values
    // get a faint green. Translucent colours keep the text readable on light and dark themes.
    const QColor itemTints[] = {QColor(70, 130, 180, 38), QColor(150, 110, 200, 38)};
    const QColor valueTint(60, 170, 90, 45);
    for (QPlainTextEdit* view : {m_instructions, m_input}) {
        const Core::PromptSegment::Part part = view == m_input
                                                   ? Core::PromptSegment::Part::Input
                                                   : Core::PromptSegment::Part::Instructions;
        const qsizetype limit = view->document()->characterCount() - 1;
        QList<QTextEdit::ExtraSelection> selections;
        int itemNumber = 0;
        for (const Core::PromptSegment& seg : m_prompt.segments) {
            if (seg.part != part || seg.kind == Core::PromptSegment::Kind::Section ||
                seg.start >= limit)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(view->document());
            s.cursor.setPosition(int(seg.start));
            s.cursor.setPosition(int(std::min(seg.start + seg.length, limit)),
                                 QTextCursor::KeepAnchor);
            if (seg.kind == Core::PromptSegment::Kind::Item) {
                const bool highlighted = seg.itemId == m_highlightedItem;
                // Soft yellow for the item picked in the tree: readable on any theme's base.
                s.format.setBackground(highlighted ? QColor(255, 243, 196)
                                                   : itemTints[itemNumber++ % 2]);
                if (highlighted)
                    s.format.setForeground(Qt::black);
                s.format.setToolTip(m_document->pack().item(seg.itemId)
                                        ? m_document->pack().item(seg.itemId)->title
                                        : QString());
            } else {
                s.format.setBackground(valueTint);
            }
            selections.append(s);
        }
        selections += m_find->selections(view);
        view->setExtraSelections(selections);
    }
}

void PromptPreviewPanel::showItem(const QString& itemId)
{
    m_highlightedItem.clear();
    for (const Core::PromptSegment& seg : m_prompt.segments) {
        if (seg.itemId != itemId || seg.part != Core::PromptSegment::Part::Input ||
            seg.start >= m_input->document()->characterCount() - 1)
            continue;
        m_highlightedItem = itemId;
        updateSelections();
        QSignalBlocker block(m_input);
        QTextCursor start(m_input->document());
        start.setPosition(int(seg.start));
        m_input->setTextCursor(start);
        m_input->centerCursor();
        return;
    }
    updateSelections();
}

void PromptPreviewPanel::itemAtCursor()
{
    const int pos = m_input->textCursor().position();
    for (const Core::PromptSegment& seg : m_prompt.segments) {
        if (seg.part == Core::PromptSegment::Part::Input && !seg.itemId.isEmpty() &&
            pos >= seg.start && pos < seg.start + seg.length) {
            Q_EMIT itemClicked(seg.itemId);
            return;
        }
    }
}

void PromptPreviewPanel::openFind()
{
    m_find->open();
}

void PromptPreviewPanel::copyToClipboard() const
{
    QString text = m_prompt.input;
    if (!m_prompt.instructions.isEmpty())
        text = m_prompt.instructions + QStringLiteral("\n\n") + m_prompt.input;
    QApplication::clipboard()->setText(text);
}

} // namespace Cb::Ui
