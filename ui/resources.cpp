#include "ui/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initCbUiResources() { Q_INIT_RESOURCE(resources); }

namespace Cb::Ui {

void initResources() { initCbUiResources(); }

} // namespace Cb::Ui
