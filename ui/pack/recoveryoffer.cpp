#include "ui/pack/recoveryoffer.h"

#include "core/pack/packdocument.h"
#include "core/pack/packrecovery.h"
#include "ui/common/messagebox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Cb::Ui {

using Core::PackRecovery;

bool RecoveryOffer::offer(QWidget* parent, Core::PackDocument* document, PackRecovery* recovery,
                          const QString& packPath)
{
    const QString wanted = packPath.isEmpty() ? QString() : QFileInfo(packPath).absoluteFilePath();
    PackRecovery::Entry entry;
    for (const PackRecovery::Entry& candidate : PackRecovery::available(recovery->directory())) {
        if (wanted.isEmpty() || QFileInfo(candidate.packPath).absoluteFilePath() == wanted) {
            entry = candidate;
            break;
        }
    }
    if (entry.recoveryPath.isEmpty())
        return false;
    const QString when = QLocale().toString(entry.written, QLocale::ShortFormat);
    const QString text =
        entry.packPath.isEmpty()
            ? QObject::tr("ContextBench closed while an unsaved pack had edits. They were kept "
                          "automatically at %1.\n\n"
                          "Restore them?")
                  .arg(when)
            : QObject::tr("ContextBench closed before the edits to %1 were saved. They were kept "
                          "automatically at "
                          "%2.\n\nRestore them? The pack file stays as it is until you save.")
                  .arg(QDir::toNativeSeparators(entry.packPath), when);
    const auto answer =
        MessageBox::ask(parent, QMessageBox::Question, QObject::tr("Restore unsaved edits?"), text,
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        QFile::remove(entry.recoveryPath);
        return false;
    }
    auto pack = PackRecovery::read(entry);
    if (!pack) {
        MessageBox::warning(
            parent, QObject::tr("Cannot restore"),
            QObject::tr("The autosaved edits could not be read (%1). The file %2 was kept.")
                .arg(pack.error().message, QDir::toNativeSeparators(entry.recoveryPath)));
        return false;
    }
    document->reset(std::move(*pack), entry.packPath, true);
    recovery->adopt(entry.recoveryPath);
    recovery->writeNow(); // under this session's name, which also drops the old file if it differs
    return true;
}

} // namespace Cb::Ui
