#pragma once

#include <QString>

class QWidget;

namespace Cb::Core {
class PackDocument;
class PackRecovery;
} // namespace Cb::Core

namespace Cb::Ui {

// Offers, through the MessageBox seam, to restore edits that were autosaved before the app
// ended without saving them. Yes: the pack comes back marked modified (its file untouched until
// the user saves). No: the recovery file is deleted. A recovery that cannot be read is reported
// and kept, so nothing is lost by a bug here.
class RecoveryOffer
{
public:
    // packPath empty: offer the newest recovery of any pack (start-up); otherwise only that pack's.
    // Returns true when a pack was restored into document.
    static bool offer(QWidget* parent, Core::PackDocument* document, Core::PackRecovery* recovery,
                      const QString& packPath = {});
};

} // namespace Cb::Ui
