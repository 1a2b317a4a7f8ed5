#pragma once

#include "core/history/runrecord.h"
#include "formats/export/exportoptions.h"
#include "formats/export/reportfacts.h"
#include "formats/export/reporttext.h"

#include <QList>
#include <QStringList>

namespace Cb::Formats {

// A table of plain strings; each report format draws it its own way (pipe table, <table>,
// QTextTable).
struct ReportTable
{
    QString heading;    // section heading above the table, may be empty
    QStringList header; // column titles; empty = a key/value table without header row
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned
    QString note;              // a line under the table, may be empty
};

// What a run report contains, in reading order, independent of the output format: the summary
// key/value table, the outputs table, vote and review statistics, each output's one-line facts,
// the manifest appendix. Markdown, HTML and PDF writers walk the same outline so the three say
// the same thing. Built from a run that SecretRedactor has already cleaned. A plain value.
struct ReportOutline
{
    struct Output
    {
        QString title;     // "Output 1 — o3"
        QString meta;      // "openai · done · 6 120 output tokens · $0.0678 · 41.2 s"
        QString reasoning; // empty unless included and present
        QString markdown;  // the model's text (Markdown)
        QString review;    // rating/judgement/note line, may be empty
        QString error;     // "rate_limited: ...", may be empty
        struct FollowUp
        {
            QString message;  // what the user asked after the answer
            QString meta;     // "done · 310 output tokens · $0.0031 · 4.0 s"
            QString markdown; // the reply (partial when it failed)
            QString error;    // may be empty
        };
        QList<FollowUp> followUps; // in the order they were sent
    };

    // A fused plan (issue 17), after the answers: each section with a "Sources" note saying
    // which answers it came from and which model merged them.
    struct Fused
    {
        QString title{}; // "Fused plan · merged by gpt-4.1"
        QString meta{};  // "done · $0.0123 · 2.5 s"
        QString error{};
        struct Section
        {
            QString markdown{}; // heading and body
            QString sources{};  // "Sources: from o3 #1 and Claude #2, merged by gpt-4.1"
        };
        QList<Section> sections{};
    };

    QString title;
    QString subtitle;
    ReportTable summary;
    ReportTable outputsTable;
    QList<ReportTable> stats; // empty when the run has no votes, ratings or judgements
    QList<ReportChart> charts; // drawn after the statistics tables, from ExportOptions
    QList<Output> outputs;
    QList<Fused> fused{}; // never counted in the outputs table or the statistics
    std::optional<ReportTable> manifest; // when included
    QString promptSha256;
    bool includePrompt = false;
    QString instructions;
    QString input;
    ReportText text{}; // the report's language, for the words the writers add (headings, labels)

    // `run` is what is exported (the selected calls); `whole` is the run before the selection,
    // which names a fused plan's sources, also those left out of the export.
    static ReportOutline build(const Cb::Core::RunRecord& run, const ReportFacts& facts,
                               const ExportOptions& options, const Cb::Core::RunRecord& whole,
                               const ReportText& text = ReportText());
};

} // namespace Cb::Formats
