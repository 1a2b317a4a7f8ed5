#pragma once

#include "core/importing/importeddocument.h"
#include "core/pack/pack.h"
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
    // The English name of that section (stable: tests and scripts use it).
    static QString sectionFor(const ImportedDocument& document);
    // The section name to import into `pack`: an existing section with that English name or its
    // name in the interface language (a Korean window starts packs with 회의록, 업무 메모, 문서;
    // `pack new` with the English names), else the name in the interface language, so one kind
    // of document never ends up split over two sections.
    static QString sectionIn(const Pack& pack, const ImportedDocument& document);
    // item with the snapshot of a re-import of its source; id, title, tags, enabled kept.
    static PackItem refreshed(const PackItem& item, const ImportedDocument& document);
};

} // namespace Cb::Core
