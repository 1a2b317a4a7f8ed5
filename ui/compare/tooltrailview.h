#pragma once

#include "core/harness/tooltrailentry.h"

#include <QLabel>

namespace Cb::Ui {

// The compact trail under a tools-mode column's header: what the model fetched, in order
// ("searched 'retention' → 3 hits · read Launch planning call 227 tokens"), failed calls in
// red, the last few shown with a count of the earlier ones; the whole trail, with arguments,
// in the tooltip. Hidden for full-context calls. GUI thread.
class ToolTrailView : public QLabel
{
    Q_OBJECT
public:
    static constexpr int kShown = 6;

    explicit ToolTrailView(QWidget* parent = nullptr);

    void setTrail(bool toolsMode, const QList<Core::ToolTrailEntry>& trail);
    static QString html(const QList<Core::ToolTrailEntry>& trail);
};

} // namespace Cb::Ui
