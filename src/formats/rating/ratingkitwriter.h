#pragma once

#include "core/common/reportlanguage.h"
#include "core/common/result.h"
#include "core/rating/ratingkitplan.h"

namespace Cb::Formats {

// Writes a rating kit: one self-contained HTML file per rater (docs/RATINGS_FILE.md). Inline
// style and script only, allowed by hash in a Content-Security-Policy that forbids loading
// anything else; answers rendered from Markdown by MarkdownHtml (all text escaped, links made
// inert). What reaches the page is the kit's uuid, the rater's name, the kit's secret (for the
// integrity code), and per question its opaque item id, the task and the two answers: no model,
// provider, price, timing, token count, run or call id, reasoning or follow-up.
// The page speaks `language` (the rater's, as a report's: the interface language by default in the
// window and on the command line); the data and the ratings file are the same in every language.
// Pure; any thread (QTextDocument is used only as a Markdown parser).
class RatingKitWriter
{
public:
    static QString html(const Core::RatingKitDraft& draft, const Core::ReportLanguage& language = {});
    // Writes every draft's kit into `dir` as rating-kit-<name>.html, never replacing an existing
    // file ("-2", "-3"... instead); returns the paths in draft order. All or nothing: on a
    // failure the files already written are removed.
    static Core::Result<QStringList> writeAll(const QList<Core::RatingKitDraft>& drafts, const QString& dir,
                                              const Core::ReportLanguage& language = {});
    // The interface's language for a kit, with a translator of its own so a worker thread can
    // write with it; English when it cannot be loaded. Call on the GUI (main) thread.
    static Core::ReportLanguage interfaceLanguage();
    // Letters, digits, '-' and '_' of the name; other runs become '_'.
    static QString safeFileStem(const QString& raterName);
};

} // namespace Cb::Formats
