#pragma once

#include "core/importing/importeddocument.h"
#include "core/pack/packitem.h"

namespace Cb::Core {

// How imported documents become pack items, shared by the window and `contextbench pack add`:
// the item fields taken from an ImportedDocument, the section a format goes to when the user did
// not choose one (transcripts -> Meetings, audio -> Memos, code -> Code, the rest -> Documents),
// and what a refresh replaces (the snapshot and its source facts, never title, tags or the
// enabled state the user set). Stateless.
class PackImportMapping
{
public:
    static PackItem itemFrom(const ImportedDocument& document);
    static QString sectionFor(const ImportedDocument& document);
    // item with the snapshot of a re-import of its source; id, title, tags, enabled kept.
    static PackItem refreshed(const PackItem& item, const ImportedDocument& document);
};

} // namespace Cb::Core
