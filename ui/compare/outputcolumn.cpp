#include "ui/compare/outputcolumn.h"

#include "core/eval/citationfootnotes.h"
#include "ui/compare/callformat.h"
#include "ui/compare/markdownstreamview.h"
#include "ui/compare/tooltrailview.h"
#include "ui/common/imecomposition.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent, bool checkable = false)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    return b;
}

} // namespace

OutputColumn::OutputColumn(qint64 callId, QWidget* parent) : QFrame(parent), m_callId(callId)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("outputColumn"));
    setMinimumWidth(kMinimumWidth);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_trail = new ToolTrailView(this);
    layout->addWidget(m_trail);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("columnError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("background: #fdecea; color: #8e1c1c; border-bottom: 2px solid #c62828;"
                                          " padding: 4px 8px;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_reasoningToggle = toolButton(tr("▸ Reasoning summary"), tr("Show or hide the model's reasoning summary"), this, true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reasoningToggle->hide();
    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setReadOnly(true);
    m_reasoning->setMaximumHeight(140);
    m_reasoning->setStyleSheet(QStringLiteral("QPlainTextEdit { color: palette(mid); font-style: italic; }"));
    m_reasoning->hide();
    connect(m_reasoningToggle, &QToolButton::toggled, this, [this](bool open) {
        m_reasoning->setVisible(open);
        m_reasoningToggle->setText(open ? tr("▾ Reasoning summary") : tr("▸ Reasoning summary"));
    });
    layout->addWidget(m_reasoningToggle);
    layout->addWidget(m_reasoning);

    m_view = new MarkdownStreamView(this);
    m_view->setObjectName(QStringLiteral("columnView"));
    m_view->setFrameShape(QFrame::NoFrame);
    connect(m_view, &MarkdownStreamView::linkActivated, this, &OutputColumn::linkActivated);
    layout->addWidget(m_view, 3);

    m_followUpView = new MarkdownStreamView(this);
    m_followUpView->setObjectName(QStringLiteral("columnFollowUp"));
    m_followUpView->setStyleSheet(QStringLiteral("QTextBrowser { background: palette(alternate-base); }"));
    m_followUpView->hide();
    connect(m_followUpView, &MarkdownStreamView::linkActivated, this, &OutputColumn::linkActivated);
    layout->addWidget(m_followUpView, 1);
    layout->addWidget(buildFollowUpEditor());
    m_footer = buildFooter();
    layout->addWidget(m_footer);
}

void OutputColumn::setFused(const QString& title, const QStringList& lineage, bool preamble)
{
    if (m_fusedTitle.isEmpty()) {
        m_view->viewport()->installEventFilter(this);
        setObjectName(QStringLiteral("fusedColumn"));
        // Set apart from the answers: it is no answer to judge, and never part of a blind vote.
        setStyleSheet(QStringLiteral("#fusedColumn { border: 2px solid #6a1b9a; }"
                                     " #fusedColumn #columnHeader { background: #f3e5f5; }"));
        m_footer->hide();
        m_followUpEditor->hide();
        m_maximize->hide();
    }
    m_fusedTitle = title;
    m_lineage = lineage;
    m_preamble = preamble;
    updateHeader();
}

QString OutputColumn::lineageAt(const QPoint& viewportPos) const
{
    const QTextBlock hovered = m_view->cursorForPosition(viewportPos).block();
    int headings = 0;
    for (QTextBlock b = m_view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            ++headings;
        if (b == hovered)
            break;
    }
    const int section = m_preamble ? headings : headings - 1;
    return section >= 0 ? m_lineage.value(section) : QString();
}

bool OutputColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString lineage = lineageAt(help->pos());
        if (lineage.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lineage, m_view->viewport());
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

QWidget* OutputColumn::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("columnHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    auto* grid = new QVBoxLayout(header);
    grid->setContentsMargins(8, 4, 4, 4);
    grid->setSpacing(1);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("columnTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(header);
    m_state->setObjectName(QStringLiteral("columnState"));
    m_copy = toolButton(tr("Copy"), tr("Copy the answer as Markdown"), header);
    m_maximize = toolButton(tr("⤢"), tr("Show only this column"), header, true);
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_view->markdownText()); });
    connect(m_maximize, &QToolButton::toggled, this, [this](bool on) { Q_EMIT maximizeToggled(m_callId, on); });
    top->addWidget(m_title, 1);
    top->addWidget(m_state);
    top->addWidget(m_copy);
    top->addWidget(m_maximize);
    grid->addLayout(top);
    m_meta = new QLabel(header);
    m_meta->setObjectName(QStringLiteral("columnMeta"));
    m_meta->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 9pt;"));
    grid->addWidget(m_meta);
    m_citations = new QLabel(header);
    m_citations->setObjectName(QStringLiteral("columnCitations"));
    m_citations->setStyleSheet(QStringLiteral("font-size: 9pt;"));
    m_citations->setToolTip(tr("Citations [[id: \"quote\"]] checked against the pack the run was sent with"));
    m_citations->hide();
    grid->addWidget(m_citations);
    return header;
}

QWidget* OutputColumn::buildFollowUpEditor()
{
    m_followUpEditor = new QWidget(this);
    auto* row = new QHBoxLayout(m_followUpEditor);
    row->setContentsMargins(6, 2, 6, 2);
    m_followUpText = new QLineEdit(m_followUpEditor);
    m_followUpText->setObjectName(QStringLiteral("followUpText"));
    m_followUpText->setPlaceholderText(tr("Follow-up to this model, same context…"));
    ImeComposition::watch(m_followUpText);
    m_followUpOthers = new QCheckBox(tr("to the others too"), m_followUpEditor);
    m_followUpOthers->setObjectName(QStringLiteral("followUpOthers"));
    m_followUpOthers->setToolTip(tr("Send the same message to every other finished answer, each in its own conversation"));
    auto* send = new QPushButton(tr("Send"), m_followUpEditor);
    send->setObjectName(QStringLiteral("followUpSend"));
    auto submit = [this] {
        ImeComposition::commitPending(m_followUpText); // a syllable still being composed is sent too
        const QString message = m_followUpText->text().trimmed();
        if (message.isEmpty())
            return;
        m_followUpText->clear();
        Q_EMIT followUpRequested(m_callId, message, m_followUpOthers->isChecked());
    };
    connect(send, &QPushButton::clicked, this, submit);
    connect(m_followUpText, &QLineEdit::returnPressed, this, submit);
    row->addWidget(m_followUpText, 1);
    row->addWidget(m_followUpOthers);
    row->addWidget(send);
    m_followUpEditor->hide();
    return m_followUpEditor;
}

QWidget* OutputColumn::buildFooter()
{
    auto* footer = new QWidget(this);
    auto* row = new QHBoxLayout(footer);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(2);
    m_pass = toolButton(tr("✓ Pass"), tr("Mark this attempt as passed"), footer, true);
    m_fail = toolButton(tr("✗ Fail"), tr("Mark this attempt as failed"), footer, true);
    m_pass->setObjectName(QStringLiteral("passButton"));
    m_fail->setObjectName(QStringLiteral("failButton"));
    auto judge = [this](QToolButton* self, QToolButton* other, const QString& verdict) {
        if (self->isChecked())
            other->setChecked(false);
        Q_EMIT judgementEdited(m_callId, self->isChecked() ? verdict : QString());
    };
    connect(m_pass, &QToolButton::clicked, this, [this, judge] { judge(m_pass, m_fail, QStringLiteral("pass")); });
    connect(m_fail, &QToolButton::clicked, this, [this, judge] { judge(m_fail, m_pass, QStringLiteral("fail")); });
    m_rating = new QComboBox(footer);
    m_rating->setObjectName(QStringLiteral("ratingBox"));
    m_rating->addItem(tr("Rate"));
    for (int i = 1; i <= 5; ++i)
        m_rating->addItem(QString(i, QChar(0x2605)), i);
    m_rating->setToolTip(tr("Your rating of this answer, 1 to 5"));
    connect(m_rating, &QComboBox::activated, this, [this] { emitReview(); });
    m_note = new QLineEdit(footer);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Note"));
    ImeComposition::watch(m_note);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_note->text() != m_call.note)
            emitReview();
    });
    m_continue = toolButton(tr("Continue…"), tr("Send a follow-up message to this model"), footer, true);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    connect(m_continue, &QToolButton::toggled, m_followUpEditor, &QWidget::setVisible);
    row->addWidget(m_pass);
    row->addWidget(m_fail);
    row->addWidget(m_rating);
    row->addWidget(m_note, 1);
    row->addWidget(m_continue);
    return footer;
}

void OutputColumn::emitReview()
{
    const QVariant r = m_rating->currentData();
    m_call.rating = r.isValid() ? std::optional<int>(r.toInt()) : std::nullopt;
    m_call.note = m_note->text();
    Q_EMIT reviewEdited(m_callId, m_call.rating, m_call.note);
}

void OutputColumn::setJudgementButtons(const QString& judgement)
{
    m_pass->setChecked(judgement == QLatin1String("pass"));
    m_fail->setChecked(judgement == QLatin1String("fail"));
}

namespace {

// The kind of failure (Core::errorCodeName(): "server", "quota"…) in the interface's words; a
// code this list does not know is shown as recorded.
QString errorKindLabel(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* label;
    } kinds[] = {
        {"io", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "io")},
        {"parse", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "parse")},
        {"unsupported", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "unsupported")},
        {"too_large", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "too_large")},
        {"invalid_input", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "invalid_input")},
        {"not_found", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "not_found")},
        {"database", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "database")},
        {"network", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "network")},
        {"timeout", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "timeout")},
        {"auth", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "auth")},
        {"rate_limited", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "rate_limited")},
        {"quota", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "quota")},
        {"server", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "server")},
        {"provider", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "provider")},
        {"cancelled", QT_TRANSLATE_NOOP("Cb::Ui::OutputColumn", "cancelled")},
    };
    for (const auto& k : kinds)
        if (code == QLatin1String(k.code))
            return OutputColumn::tr(k.label);
    return code;
}

} // namespace

QString OutputColumn::noticeHtml(const Core::CallRecord& call) const
{
    const QString message = !m_blindLabel.isEmpty()      ? tr("details hidden until you vote")
                            : call.errorMessage.isEmpty() ? tr("no message")
                                                          : call.errorMessage.toHtmlEscaped();
    if (call.status == Core::CallStatus::Refused)
        return tr("<b>Refused</b> — %1").arg(message);
    if (call.status == Core::CallStatus::Done && call.errorCode == QLatin1String("no_text"))
        return tr("<b>No answer text</b> — %1").arg(message);
    if (call.status == Core::CallStatus::Done && call.errorCode == QLatin1String("truncated"))
        return tr("<b>Cut short</b> — %1").arg(message);
    if (call.status == Core::CallStatus::Done && call.errorCode == QLatin1String("tool_request"))
        return tr("<b>Stopped to call a tool</b> — %1").arg(message);
    if (call.errorCode == QLatin1String("loading_pack")) // waits for its pack file, read off the GUI thread
        return tr("<b>Reading the pack</b> — %1").arg(message);
    if (call.errorCode == QLatin1String("resumed")) // a tools-mode call continued after a restart
        return tr("<b>Continued after a restart</b> — %1").arg(message);
    return tr("<b>Failed</b> %1 — %2").arg(errorKindLabel(call.errorCode).toHtmlEscaped(), message) +
           (call.partial ? tr("<br>The text below is what arrived before the error.") : QString());
}

void OutputColumn::setCall(const Core::CallRecord& call)
{
    Core::CallRecord meta = call;
    meta.text.clear();
    meta.reasoning.clear();
    m_call = meta;
    const bool notice = call.status == Core::CallStatus::Failed || !call.errorMessage.isEmpty();
    m_error->setVisible(notice);
    if (notice)
        m_error->setText(noticeHtml(call));
    m_trail->setTrail(call.contextMode == QLatin1String("tools"), call.toolTrail);
    setJudgementButtons(call.judgement);
    m_pass->setToolTip(call.judgementReason.isEmpty() ? tr("Mark this attempt as passed") : call.judgementReason);
    m_fail->setToolTip(call.judgementReason.isEmpty() ? tr("Mark this attempt as failed") : call.judgementReason);
    m_rating->setCurrentIndex(call.rating ? std::clamp(*call.rating, 1, 5) : 0);
    if (!m_note->hasFocus())
        m_note->setText(call.note);
    updateHeader();
}

void OutputColumn::flushText(const Core::CallRecord& call)
{
    // Checked citations read as footnotes with a Sources list (the check runs when the call ends).
    m_view->setMarkdownText(m_call.citations.total() > 0
                                ? Core::CitationFootnotes::markdown(call.text, m_call.citations)
                                : call.text);
    if (!call.reasoning.isEmpty()) {
        m_reasoningToggle->setVisible(m_blindLabel.isEmpty());
        // Reasoning only grows while streaming: append the new part instead of re-setting it all.
        if (call.reasoning.startsWith(m_reasoningShown)) {
            QTextCursor cursor(m_reasoning->document());
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(call.reasoning.mid(m_reasoningShown.size()));
        } else {
            m_reasoning->setPlainText(call.reasoning);
        }
        m_reasoningShown = call.reasoning;
    }
}

void OutputColumn::tick(const QDateTime& now)
{
    // Blind: how long an answer took gives the model away (o3-pro takes minutes).
    const auto ms = m_blindLabel.isEmpty() ? CallFormat::elapsedMs(m_call, now) : std::nullopt;
    const QString color = CallFormat::stateColor(m_call.status);
    m_state->setText(QStringLiteral("<span style='color:%1'>●</span> %2%3")
                         .arg(color, CallFormat::state(m_call.status),
                              ms ? QStringLiteral(" · ") + CallFormat::duration(*ms) : QString()));
}

void OutputColumn::updateHeader()
{
    const bool blind = !m_blindLabel.isEmpty();
    m_title->setText(blind              ? m_blindLabel
                     : isFused()        ? m_fusedTitle
                                        : m_call.model + QStringLiteral("  #%1").arg(m_call.repeatIndex + 1));
    m_title->setToolTip(blind      ? tr("Hidden until you vote")
                        : isFused() ? tr("Not an answer: the answers fused into one plan. Hover a section to see "
                                         "where it came from.")
                                    : m_call.modelKey());
    QStringList meta;
    if (!blind)
        meta << CallFormat::effort(m_call.params) << CallFormat::tokens(m_call) << CallFormat::cost(m_call.costUsd);
    meta.removeAll(QString());
    m_meta->setText(meta.isEmpty() ? QStringLiteral(" ") : meta.join(QStringLiteral(" · ")));
    const Core::CitationReport& cites = m_call.citations;
    m_citations->setVisible(cites.checked && cites.total() > 0);
    if (cites.notFound() > 0)
        m_citations->setText(tr("claims cited %1, verified %2, <span style='color:#c62828; font-weight:bold'>"
                                "not found %3</span>")
                                 .arg(cites.total())
                                 .arg(cites.verified())
                                 .arg(cites.notFound()));
    else
        m_citations->setText(tr("claims cited %1, <span style='color:#2e7d32'>verified %2</span>, not found 0")
                                 .arg(cites.total())
                                 .arg(cites.verified()));
    m_continue->setEnabled(!blind);
    // Reasoning summaries differ in style between providers: they would give the model away.
    m_reasoningToggle->setVisible(!blind && !m_reasoningShown.isEmpty());
    if (blind)
        m_reasoningToggle->setChecked(false);
    tick(QDateTime::currentDateTimeUtc());
}

void OutputColumn::setBlindLabel(const QString& label)
{
    m_blindLabel = label;
    if (!m_error->isHidden())
        m_error->setText(noticeHtml(m_call));
    updateHeader();
    showFollowUps();
}

QString OutputColumn::title() const { return m_title->text(); }

void OutputColumn::setMaximized(bool maximized)
{
    const QSignalBlocker block(m_maximize);
    m_maximize->setChecked(maximized);
}

QString OutputColumn::followUpDraft() const
{
    ImeComposition::commitPending(m_followUpText);
    return m_followUpText->text();
}

void OutputColumn::setFollowUpDraft(const QString& text)
{
    m_followUpText->setText(text);
    if (!text.isEmpty())
        m_continue->setChecked(true);
}

void OutputColumn::setFollowUps(const QList<Core::FollowUpRecord>& followUps)
{
    m_followUps = followUps;
    showFollowUps();
}

void OutputColumn::showFollowUps()
{
    m_followUpView->setVisible(!m_followUps.isEmpty());
    const bool blind = !m_blindLabel.isEmpty();
    QStringList parts;
    for (const Core::FollowUpRecord& f : std::as_const(m_followUps)) {
        QString part = QStringLiteral("**") + tr("You:") + QStringLiteral("** ") + f.message + QStringLiteral("\n\n");
        // Checked citations read as the answer's do: footnotes and a Sources list with the count.
        if (!f.text.isEmpty())
            part += (f.citations.total() > 0 ? Core::CitationFootnotes::markdown(f.text, f.citations) : f.text) +
                    QStringLiteral("\n\n");
        QString state;
        if (f.status == Core::CallStatus::Failed || f.status == Core::CallStatus::Cancelled) {
            // Blind: an error often names the provider, which would give the model away.
            state = blind ? tr("The follow-up failed.") : tr("The follow-up failed: %1").arg(f.errorMessage);
            if (f.partial)
                state += QLatin1Char(' ') + tr("The reply above is partial: it is what arrived before the error.");
        } else if (!Core::isTerminal(f.status)) {
            // A reopened run's pack is read off the GUI thread before a follow-up with tools goes.
            state = f.errorCode == QLatin1String("loading_pack") ? f.errorMessage
                                                                 : CallFormat::state(f.status) + QStringLiteral("…");
        } else if (!blind) {
            QStringList meta{CallFormat::tokens(m_call.provider, f.usage), CallFormat::cost(f.costUsd)};
            meta.removeAll(QString());
            state = meta.join(QStringLiteral(" · "));
        }
        if (!state.isEmpty())
            part += QStringLiteral("*") + state + QStringLiteral("*\n");
        parts << part;
    }
    m_followUpView->setMarkdownText(parts.join(QStringLiteral("\n---\n\n")));
}

} // namespace Cb::Ui
