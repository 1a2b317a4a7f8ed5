#pragma once

#include "core/prompt/assembledprompt.h"
#include "core/prompt/prompttemplate.h"

#include <QHash>

namespace Cb::Core {

struct Pack;
struct PackItem;

// Writes pack items into one part of an assembled prompt in a wrap style, recording a segment for
// each item and section. Item text goes in verbatim and is never expanded as a template; the one
// exception is the XML style, where "</document" inside an item is written as "&lt;/document" (with
// a warning) so the model cannot mistake it for the end of the document.
// Layout (no trailing line break; the template places the block):
//   xml       <document title="…" source="…" section="…">\ntext\n</document>   (source only for
//             imported documents: the file name, never the full path)
//   markdown  ## Section\n\n### Title\nSource: file\n\ntext
//   plain     === Section ===\n\n--- Document: Title (source: file) ---\ntext\n--- End of document
//   ---
// Items are separated by one blank line, as are sections. Short-lived, used by PromptAssembler.
class ContextWriter
{
public:
    ContextWriter(WrapStyle style, PromptSegment::Part part, QString& out, AssembledPrompt& prompt);
    // Cite sources: each item also carries its short id (item UUID -> id, PackItemRef) —
    // xml ` id="…"` first among the attributes, markdown an "Id: …" line, plain "(id: …)".
    void setItemIds(const QHash<QString, QString>* ids) { m_ids = ids; }

    // All enabled items of all sections, grouped under section headings (sections with no enabled
    // item are left out).
    void writeContext(const Pack& pack);
    // One section's enabled items, without its heading.
    void writeSection(const Pack& pack, int section);

private:
    void writeItems(const Pack& pack, int section);
    void writeItem(const PackItem& item, const QString& sectionName, int section);
    void separate();
    void addSegment(PromptSegment::Kind kind, int section, qsizetype start,
                    const QString& itemId = {});
    void warn(const QString& warning);

    WrapStyle m_style;
    PromptSegment::Part m_part;
    QString& m_out;
    AssembledPrompt& m_prompt;
    const QHash<QString, QString>* m_ids = nullptr;
    bool m_needSeparator = false; // a block was written: the next one starts after a blank line
};

} // namespace Cb::Core
