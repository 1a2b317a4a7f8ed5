#include "formats/export/packexporter.h"

#include "core/pack/packfile.h"
#include "formats/export/secretredactor.h"

#include <QFileInfo>

namespace Cb::Formats {

using namespace Cb::Core;

Pack PackExporter::shareable(const Pack& pack)
{
    Pack out = pack;
    out.title = SecretRedactor::redactText(out.title);
    out.goal = SecretRedactor::redactText(out.goal);
    out.extra = SecretRedactor::redactObject(out.extra);
    for (PackSection& section : out.sections) {
        section.extra = SecretRedactor::redactObject(section.extra);
        for (PackItem& item : section.items) {
            item.title = SecretRedactor::redactText(item.title);
            item.text = SecretRedactor::redactText(item.text);
            item.extra = SecretRedactor::redactObject(item.extra);
            item.sourceExtra = SecretRedactor::redactObject(item.sourceExtra);
            for (QString& note : item.notes)
                note = SecretRedactor::redactText(note);
            if (!item.sourcePath.isEmpty())
                item.sourcePath = QFileInfo(item.sourcePath).fileName();
        }
    }
    return out;
}

VoidResult PackExporter::exportPack(const Pack& pack, const QString& path)
{
    return PackFile::save(shareable(pack), path);
}

} // namespace Cb::Formats
