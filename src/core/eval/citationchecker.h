#pragma once

#include "core/eval/citationreport.h"
#include "core/pack/pack.h"

namespace Cb::Core {

// Finds the citations in a model's answer — [[id: "exact quote"]], the form the "Cite sources"
// template option asks for — and checks each against the pack the run was sent with: the id must
// name an enabled item (PackItemRef::resolve; a disabled item was not in the prompt, so it counts
// as unknown) and the quote must occur in that item's text after both are normalised (NFKC,
// typographic quotes and dashes to ASCII, soft hyphens and zero-width characters removed, runs
// of whitespace to one space). Nothing fuzzier: case, punctuation and word order must match.
//
// Accepted syntax: straight or typographic quotation marks as delimiters (" … ", “ … ”, „ … “,
// « … », 「 … 」, 『 … 』), line breaks inside the quote, several quotes for one id separated by
// commas ([[id: "a", "b"]]), and a bare quote without marks. Holds a copy of the pack (cheap:
// Qt strings are shared); check() is const and may run on any thread.
class CitationChecker
{
public:
    explicit CitationChecker(Pack pack);

    CitationReport check(const QString& answer) const;

    // Every citation in the answer, unchecked (status UnknownItem, no item or title).
    static QList<Citation> find(const QString& answer);
    // The text both sides are compared in.
    static QString normalise(const QString& text);

private:
    Pack m_pack;
};

} // namespace Cb::Core
