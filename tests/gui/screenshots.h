#pragma once

class QWidget;
class QString;

namespace Cb::Test {

// Saves a picture of a widget to $CB_SCREENSHOT_DIR/<name>.png when that variable is set, so a
// developer can look at dialogs that tests open offscreen. No-op otherwise.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace Cb::Test
