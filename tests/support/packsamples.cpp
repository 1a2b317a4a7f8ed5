#include "support/packsamples.h"

#include <QFileInfo>

namespace Cb::Test {

Core::Pack PackSamples::withSections(const QStringList& names)
{
    Core::Pack pack;
    for (const QString& name : names)
        pack.sections.append(Core::PackSection{Core::PackItem::newId(), name, {}, {}});
    return pack;
}

Core::PackItem PackSamples::documentFor(const QString& path, const QString& text,
                                        const QString& format)
{
    const QFileInfo info(path);
    Core::PackItem item;
    item.id = Core::PackItem::newId();
    item.kind = Core::PackItem::Kind::Document;
    item.title = info.fileName();
    item.text = text;
    item.format = format;
    item.sourcePath = info.absoluteFilePath();
    item.sourceModified = info.lastModified();
    item.sourceBytes = info.size();
    return item;
}

} // namespace Cb::Test
