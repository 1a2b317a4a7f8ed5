#pragma once

namespace Cb::Ui {

// Registers the icons and other Qt resources compiled into cb_ui. Static libraries' resources
// are not registered automatically: call once after creating the QApplication.
void initResources();

} // namespace Cb::Ui
