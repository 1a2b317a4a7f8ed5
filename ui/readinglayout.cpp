#include "ui/readinglayout.h"

#include "core/settings/settings.h"
#include "ui/readingstrip.h"

#include <QAction>
#include <QLayout>
#include <QSplitter>

namespace Cb::Ui {

ReadingLayout::ReadingLayout(QSplitter* splitter, QList<QWidget*> panes, Core::Settings& settings, QObject* parent)
    : QObject(parent),
      m_splitter(splitter),
      m_panes(std::move(panes)),
      m_settings(settings),
      m_action(new QAction(tr("&Reading Layout"), this)),
      m_strip(new ReadingStrip)
{
    m_action->setObjectName(QStringLiteral("actionReadingLayout"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_action->setToolTip(tr("Give the answers the whole window (Ctrl+Shift+R)"));
    m_strip->hide();
    connect(m_action, &QAction::triggered, this, &ReadingLayout::setActive);
    connect(m_strip, &ReadingStrip::restoreRequested, this, [this] { setActive(false); });
}

void ReadingLayout::setActive(bool active)
{
    m_settings.set(Core::Keys::ReadingLayoutOnAnswers, active);
    apply(active);
}

void ReadingLayout::answersArriving()
{
    if (m_settings.get(Core::Keys::ReadingLayoutOnAnswers))
        apply(true);
}

QByteArray ReadingLayout::normalSplitterState() const
{
    return m_active ? m_normalState : m_splitter->saveState();
}

void ReadingLayout::apply(bool active)
{
    m_action->setChecked(active);
    if (active == m_active)
        return;
    if (active) {
        m_normalState = m_splitter->saveState();
    }
    m_active = active;
    // Hide before showing, so the window never needs the strip and the panes at once (which
    // would widen it).
    QLayout* host = m_splitter->parentWidget() ? m_splitter->parentWidget()->layout() : nullptr;
    if (!active) {
        m_strip->hide();
        if (host)
            host->activate();
    }
    for (QWidget* pane : m_panes)
        pane->setVisible(!active);
    if (active)
        m_strip->show();
    if (!active && !m_normalState.isEmpty()) {
        // The strip's width goes back to the splitter first, so the saved sizes fit exactly.
        // The state, not sizes(): before the window is first shown (a restart restoring the
        // reading layout) sizes() reads the panes' unlaid-out geometry, zeros.
        if (host)
            host->activate();
        m_splitter->restoreState(m_normalState);
    }
    Q_EMIT activeChanged(active);
}

} // namespace Cb::Ui
