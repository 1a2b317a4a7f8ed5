#pragma once

#include <QString>

namespace Cb::Core {

struct AssembledPrompt;
struct PackCorpus;

// What a tools-mode model receives in place of the pack: the goal, the sections and, per
// item, its short id, title and size in tokens, then how to use list_items / read_item /
// search_pack. Pure functions.
class PackManifest
{
public:
    static QString text(const PackCorpus& corpus);
    // The assembled prompt with the pack's items taken out of the user input and the manifest
    // put where they were (the template's own words and the goal stay); when the template
    // placed no items in the input, the manifest is appended. Instructions are unchanged.
    static AssembledPrompt toolsPrompt(const AssembledPrompt& full, const PackCorpus& corpus);
};

} // namespace Cb::Core
