#pragma once

#include "core/history/runrecord.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWidget;

namespace Cb::Ui {

class MarkdownStreamView;
class ToolTrailView;

// One call's column in the comparison: a header (model or blind label, effort, state with a
// live elapsed time, tokens, cost), a red banner when the call failed, the collapsible
// reasoning summary, the answer as streaming Markdown, the follow-up exchange, and the review
// controls (pass/fail, 1–5 rating, note). Holds no call data of its own beyond what it shows:
// the panel pushes a CallRecord with setCall() and text with flushText(); edits leave as
// signals. GUI thread.
class OutputColumn : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kMinimumWidth = 220;

    explicit OutputColumn(qint64 callId, QWidget* parent = nullptr);

    qint64 callId() const { return m_callId; }
    // Header, banner and review controls; not the (possibly long) text.
    void setCall(const Core::CallRecord& call);
    // Answer and reasoning so far; cheap when they only grew.
    void flushText(const Core::CallRecord& call);
    // Refreshes the elapsed time of a running call.
    void tick(const QDateTime& now);
    // Blind mode: a neutral label instead of the model, and no effort, tokens or cost.
    void setBlindLabel(const QString& label);
    QString title() const;
    void setMaximized(bool maximized);

    // Follow-up exchanges under the answer: each message, its reply as it streams and its
    // state (waiting, streaming, failed with the error and the partial reply kept).
    void setFollowUps(const QList<Core::FollowUpRecord>& followUps);
    // The follow-up being written and not sent yet (a syllable still being composed included);
    // setting a non-empty draft opens the follow-up box with it, as a language restart does.
    QString followUpDraft() const;
    void setFollowUpDraft(const QString& text);

    // A fused plan (issue 17) in place of an answer: a distinct header, no review controls or
    // follow-ups, and over each section the lineage of that section as its tooltip. `lineage`
    // has one entry per section of the plan; `preamble`: the plan starts with text before its
    // first heading (the first entry is for that text).
    void setFused(const QString& title, const QStringList& lineage, bool preamble);
    bool isFused() const { return !m_fusedTitle.isEmpty(); }
    // The lineage of the section under a point of the answer view's viewport; empty if none.
    QString lineageAt(const QPoint& viewportPos) const;

    MarkdownStreamView* view() const { return m_view; }
    MarkdownStreamView* followUpView() const { return m_followUpView; }
    QLabel* errorBanner() const { return m_error; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* metaLabel() const { return m_meta; }
    QLabel* citationsLabel() const { return m_citations; }
    ToolTrailView* toolTrail() const { return m_trail; }

Q_SIGNALS:
    void reviewEdited(qint64 callId, std::optional<int> rating, const QString& note);
    void judgementEdited(qint64 callId, const QString& judgement);
    void maximizeToggled(qint64 callId, bool maximized);
    void followUpRequested(qint64 callId, const QString& message, bool alsoOthers);
    void linkActivated(const QUrl& url);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The line above the answer that says how the call ended when that is not a plain success.
    // Blind: the message is left out, since providers name themselves in their errors.
    QString noticeHtml(const Core::CallRecord& call) const;
    QWidget* buildHeader();
    QWidget* buildFooter();
    QWidget* buildFollowUpEditor();
    void updateHeader();
    void emitReview();
    void setJudgementButtons(const QString& judgement);
    void showFollowUps();

    qint64 m_callId;
    Core::CallRecord m_call; // metadata only; text lives in the views
    QString m_blindLabel;
    QList<Core::FollowUpRecord> m_followUps;
    QString m_reasoningShown;
    QString m_fusedTitle;
    QStringList m_lineage;
    bool m_preamble = false;
    QWidget* m_footer = nullptr;

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_citations;
    QLabel* m_state;
    QToolButton* m_copy;
    QToolButton* m_maximize;
    QLabel* m_error;
    ToolTrailView* m_trail;
    QToolButton* m_reasoningToggle;
    QPlainTextEdit* m_reasoning;
    MarkdownStreamView* m_view;
    MarkdownStreamView* m_followUpView;
    QWidget* m_followUpEditor;
    QLineEdit* m_followUpText;
    QCheckBox* m_followUpOthers;
    QToolButton* m_pass;
    QToolButton* m_fail;
    QComboBox* m_rating;
    QLineEdit* m_note;
    QToolButton* m_continue;
};

} // namespace Cb::Ui
