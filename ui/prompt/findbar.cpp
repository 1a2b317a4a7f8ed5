#include "ui/prompt/findbar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

namespace Cb::Ui {

namespace {
constexpr int kMaxHighlights =
    2000; // beyond this, painting the highlights costs more than it helps
}

FindBar::FindBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 2, 0, 2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in prompt"));
    m_edit->setClearButtonEnabled(true);
    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNext"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(90);
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    row->addWidget(m_edit, 1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_status);
    row->addWidget(close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

void FindBar::setTargets(const QList<QPlainTextEdit*>& views, const QStringList& texts)
{
    m_views = views;
    m_texts = texts;
    if (isVisible() && !m_edit->text().isEmpty())
        search();
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::search()
{
    m_matches.clear();
    m_capped = false;
    m_current = -1;
    const QString needle = m_edit->text();
    if (!needle.isEmpty()) {
        for (int v = 0; v < m_texts.size() && !m_capped; ++v) {
            for (qsizetype at = m_texts[v].indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
                 at = m_texts[v].indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
                if (m_matches.size() >= MaxMatches) {
                    m_capped = true;
                    break;
                }
                m_matches.append({v, at});
            }
        }
    }
    if (!m_matches.isEmpty())
        m_current = 0;
    showCurrent();
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_matches.size());
    showCurrent();
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + int(m_matches.size())) % int(m_matches.size());
    showCurrent();
}

void FindBar::showCurrent()
{
    m_note.clear();
    if (m_current >= 0) {
        const Match& m = m_matches[m_current];
        QPlainTextEdit* view = m_views.value(m.view);
        const qsizetype end = m.start + m_edit->text().size();
        if (view && end < view->document()->characterCount()) {
            QTextCursor cursor(view->document());
            cursor.setPosition(int(m.start));
            cursor.setPosition(int(end), QTextCursor::KeepAnchor);
            const QSignalBlocker block(view); // finding is not clicking an item
            view->setTextCursor(cursor);
            view->centerCursor();
        } else {
            m_note = tr("past the shown part");
        }
    }
    m_status->setText(statusText());
    m_edit->setStyleSheet(!m_edit->text().isEmpty() && m_matches.isEmpty()
                              ? QStringLiteral("QLineEdit { background: #fbe3e1; }")
                              : QString());
    Q_EMIT highlightsChanged();
}

QString FindBar::statusText() const
{
    if (m_edit->text().isEmpty())
        return {};
    if (m_matches.isEmpty())
        return tr("No matches");
    const QLocale c = QLocale::c();
    QString text = tr("%1 of %2%3")
                       .arg(c.toString(m_current + 1), c.toString(m_matches.size()),
                            m_capped ? QStringLiteral("+") : QString());
    if (!m_note.isEmpty())
        text += QStringLiteral(" (") + m_note + QLatin1Char(')');
    return text;
}

QList<QTextEdit::ExtraSelection> FindBar::selections(const QPlainTextEdit* view) const
{
    QList<QTextEdit::ExtraSelection> out;
    const int v = int(m_views.indexOf(const_cast<QPlainTextEdit*>(view)));
    if (v < 0 || !isVisible() || m_matches.isEmpty())
        return out;
    const qsizetype length = m_edit->text().size();
    const int limit = view->document()->characterCount() - 1;
    for (int i = 0; i < m_matches.size() && out.size() < kMaxHighlights; ++i) {
        const Match& m = m_matches[i];
        if (m.view != v || m.start + length > limit)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(view->document());
        s.cursor.setPosition(int(m.start));
        s.cursor.setPosition(int(m.start + length), QTextCursor::KeepAnchor);
        // Current match orange, the others yellow: the usual find colours.
        s.format.setBackground(i == m_current ? QColor(255, 150, 50) : QColor(255, 235, 120));
        s.format.setForeground(Qt::black);
        out.append(s);
    }
    return out;
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Cb::Ui
