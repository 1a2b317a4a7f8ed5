#include "formats/export/reportoutline.h"

#include "core/compare/headingalignment.h"
#include "core/eval/citationfootnotes.h"
#include "core/eval/panelverdict.h"
#include "core/fusion/fusionlineage.h"
#include "core/models/costestimator.h"
#include "formats/export/reportharness.h"
#include "formats/export/reporttext.h"
#include "formats/export/secretredactor.h"

#include <QJsonObject>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

QString interval(const WinRate& rate, const ReportText& text)
{
    if (!rate.defined())
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2–%3)")
        .arg(text.percent(rate.rate), text.percent(rate.ci.low), text.percent(rate.ci.high));
}

// "3 of 4, 75% (30–95%)"
QString leftWon(int leftWins, int decisive, const WinRate& rate, const ReportText& text)
{
    return text.language().translate("Report", "%1 of %2, %3").arg(leftWins).arg(decisive).arg(interval(rate, text));
}

// "3 of 4, 75% (30–95%)"; a dash when no decisive vote had a known side.
QString positionBias(const PairStats& p, const ReportText& text)
{
    const int decisive = p.leftWins + p.rightWins;
    if (decisive == 0)
        return QStringLiteral("—");
    return leftWon(p.leftWins, decisive, p.leftRate, text);
}

QString versus(const ReportFacts& facts, const QString& first, const QString& second, const ReportText& text)
{
    return text.language().translate("Report", "%1 vs %2").arg(facts.label(first), facts.label(second));
}

ReportTable summaryTable(const RunRecord& run, const ReportFacts& facts, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    ReportTable t;
    auto row = [&t](const QString& key, const QString& value) { t.rows.append({key, value}); };
    row(l.translate("Report", "Goal"), run.packGoal.isEmpty() ? QStringLiteral("—") : run.packGoal);
    row(l.translate("Report", "Date"), text.dateTime(run.createdAt));
    row(facts.models.size() == 1 ? l.translate("Report", "Model") : l.translate("Report", "Models"),
        facts.models.join(QStringLiteral(", ")));
    row(l.translate("Report", "Template"), run.templateName.isEmpty() ? QStringLiteral("—") : run.templateName);
    row(l.translate("Report", "Settings"), text.settings(run.settings));
    QString tokens = l.translate("Report", "%1 input · %2 output")
                         .arg(text.tokens(facts.inputTokens), text.tokens(facts.outputTokens));
    if (facts.reasoningTokens > 0)
        tokens += l.translate("Report", " (%1 reasoning)").arg(text.tokens(facts.reasoningTokens));
    row(l.translate("Report", "Tokens"), tokens);
    row(l.translate("Report", "Cost"), facts.costKnown ? text.cost(facts.costUsd) : QStringLiteral("—"));
    row(l.translate("Report", "Prompt sha256"), run.promptSha256.isEmpty() ? QStringLiteral("—") : run.promptSha256);
    row(l.translate("Report", "Run"), run.uuid.isEmpty() ? QString::number(run.id)
                                                         : QStringLiteral("%1 (%2)").arg(run.id).arg(run.uuid));
    return t;
}

ReportTable callsTable(const RunRecord& run, const ReportFacts& facts, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    ReportTable t;
    t.heading = l.translate("Report", "Outputs");
    t.header = {QStringLiteral("#"),
                l.translate("Report", "Model"),
                l.translate("Report", "Status"),
                l.translate("Report", "Input", "tokens"),
                l.translate("Report", "Output", "tokens"),
                l.translate("Report", "Reasoning", "tokens"),
                l.translate("Report", "Cost"),
                l.translate("Report", "First token"),
                l.translate("Report", "Total", "seconds"),
                l.translate("Report", "Votes W-L-T"),
                l.translate("Report", "Rating"),
                l.translate("Report", "Judgement")};
    t.numericColumns = {0, 3, 4, 5, 6, 7, 8};
    for (int i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        const CallFacts& f = facts.calls[i];
        t.rows.append({QString::number(i + 1), f.label, text.statusLabel(c),
                       text.tokens(f.usage.inputTokens),
                       text.tokens(f.usage.outputTokens),
                       text.tokens(f.usage.reasoningTokens), text.cost(c.costUsd),
                       text.seconds(c.firstTokenMs), text.seconds(c.totalMs),
                       QStringLiteral("%1-%2-%3").arg(f.votesWon).arg(f.votesLost).arg(f.votesTied),
                       text.rating(c.rating),
                       text.judgement(c.judgement)});
    }
    return t;
}

// Who voted: one row per rater and pair, their left-side win rate, then the verdict and agreement.
ReportTable panelTable(const ReportFacts& facts, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    const PanelStats& panel = facts.panel;
    ReportTable t;
    t.heading = l.translate("Report", "Panel");
    t.header = {l.translate("Report", "Rater"),
                l.translate("Report", "Votes"),
                l.translate("Report", "Pair"),
                QStringLiteral("n"),
                l.translate("Report", "Win rate (95% CI)"),
                l.translate("Report", "Left side won (95% CI)")};
    t.numericColumns = {1, 3};
    for (const PanelStats::Rater& r : panel.raters) {
        const int decisive = r.bias.leftWins + r.bias.rightWins;
        const QString bias = decisive == 0 ? QStringLiteral("—")
                                           : leftWon(r.bias.leftWins, decisive, r.bias.leftRate, text);
        // The person at the keyboard is Core's "You": the report names them in its own language.
        const QString name =
            r.id == 0 ? l.translate("Report", "You", "the person who exported the report, as a rater") : r.name;
        for (const PairStats& p : r.pairs)
            t.rows.append({name, QString::number(r.votes), versus(facts, p.first, p.second, text),
                           QString::number(p.votes), interval(p.rate, text), bias});
    }
    t.note = l.translate("Report", "Verdict: %1. %2. Win rate of the first model of the pair; a tie or both-bad "
                                   "vote counts as half a win.")
                 .arg(PanelVerdict::of(panel, l), PanelVerdict::agreementLine(panel, l));
    if (panel.judge.votes > 0)
        t.note += l.translate("Report", " Votes of judge models kept apart from these figures: %1.")
                      .arg(panel.judge.votes);
    return t;
}

QList<ReportTable> statsTables(const ReportFacts& facts, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    QList<ReportTable> tables;
    if (facts.hasVotes()) {
        ReportTable pairs;
        pairs.heading = l.translate("Report", "Votes");
        pairs.header = {l.translate("Report", "Pair"),
                        l.translate("Report", "Wins"),
                        l.translate("Report", "Losses"),
                        l.translate("Report", "Ties"),
                        l.translate("Report", "Both bad"),
                        l.translate("Report", "Win rate (95% CI)"),
                        l.translate("Report", "Left side won (95% CI)")};
        pairs.numericColumns = {1, 2, 3, 4};
        for (const PairStats& p : facts.pairs)
            pairs.rows.append({versus(facts, p.first, p.second, text), QString::number(p.wins),
                               QString::number(p.losses), QString::number(p.ties - p.bothBad),
                               QString::number(p.bothBad), interval(p.rate, text), positionBias(p, text)});
        pairs.note = l.translate("Report", "Win rate of the first model; a tie counts as half a win. Wilson score "
                                           "intervals. \"Left side won\": of the decisive votes, how many went to "
                                           "the answer shown on the left; an interval that excludes 50% means the "
                                           "layout swayed the judge.");
        int ranked = 0;
        for (const PairStats& p : facts.pairs)
            ranked += p.fromRankings;
        if (ranked > 0) // a ranking counts once per model pair; say so, as n would otherwise mislead
            pairs.note += l.translate("Report", " %1 of the votes are implied by rankings of several outputs "
                                                "(one per model pair per ranking).")
                              .arg(ranked);
        tables.append(pairs);
    }
    if (facts.hasVotes() && !facts.panel.raters.isEmpty())
        tables.append(panelTable(facts, text));
    if (facts.ranking && facts.ranking->entries.size() > 1) {
        ReportTable bt;
        bt.heading = l.translate("Report", "Ranking (Bradley–Terry)");
        bt.header = {l.translate("Report", "Rank"), l.translate("Report", "Model"), l.translate("Report", "Strength"),
                     l.translate("Report", "Wins"), l.translate("Report", "Comparisons")};
        bt.numericColumns = {0, 2, 3, 4};
        const bool grouped = !facts.ranking->connected();
        if (grouped)
            bt.header.append(l.translate("Report", "Group"));
        for (const BradleyTerry::Entry& e : facts.ranking->entries) {
            bt.rows.append({QString::number(e.rank), facts.label(e.model), QString::number(e.strength, 'f', 3),
                            QString::number(e.wins, 'g', 4), QString::number(e.comparisons)});
            if (grouped)
                bt.rows.last().append(QString::number(e.group));
        }
        bt.note = l.translate("Report", "Strengths sum to 1; ties count as half a win. Prior: every model is "
                                        "given %1 win and %1 loss against a virtual opponent of strength 1, which "
                                        "keeps a model without wins above zero.")
                      .arg(BradleyTerry::Options{}.prior);
        if (grouped)
            bt.note += l.translate("Report", " These models fall into %1 groups that were never compared with each "
                                             "other: across groups the order rests on the prior alone, so read ranks "
                                             "only within a group.")
                           .arg(facts.ranking->groups);
        tables.append(bt);
    }
    if (!facts.ratings.isEmpty() || !facts.reliability.isEmpty()) {
        ReportTable rev;
        rev.heading = l.translate("Report", "Ratings and reliability");
        rev.header = {l.translate("Report", "Model"),
                      l.translate("Report", "Mean rating"),
                      l.translate("Report", "Rated"),
                      QStringLiteral("k-of-k"),
                      l.translate("Report", "Pass rate (95% CI)"),
                      l.translate("Report", "All k passed (95% CI)")};
        rev.numericColumns = {1, 2};
        for (const QString& model : facts.models) {
            QStringList row{facts.label(model), QStringLiteral("—"), QStringLiteral("0"), QStringLiteral("—"),
                            QStringLiteral("—"), QStringLiteral("—")};
            for (const ReportFacts::ModelRating& r : facts.ratings)
                if (r.model == model)
                    row[1] = QString::number(r.mean, 'f', 1), row[2] = QString::number(r.count);
            for (const ReliabilityStats& s : facts.reliability)
                if (s.model == model)
                    row[3] = s.label(l), row[4] = interval(s.passRate, text),
                    row[5] = s.passAtK.isEmpty() ? QStringLiteral("—") : s.passAtKLabel(QStringLiteral("; "), l);
            rev.rows.append(row);
        }
        tables.append(rev);
    }
    return tables;
}

ReportTable manifestTable(const RunRecord& run, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    ReportTable t;
    t.heading = l.translate("Report", "Appendix: context manifest");
    t.header = {l.translate("Report", "Section"), l.translate("Report", "Item"), l.translate("Report", "Source"),
                l.translate("Report", "Bytes"), l.translate("Report", "Tokens")};
    t.numericColumns = {3, 4};
    qint64 bytes = 0;
    qint64 tokens = 0;
    for (const QJsonValue& v : run.manifest) {
        const QJsonObject o = v.toObject();
        const qint64 b = qint64(o.value(QStringLiteral("bytes")).toDouble());
        const qint64 n = qint64(o.value(QStringLiteral("tokens")).toDouble());
        bytes += b;
        tokens += n;
        t.rows.append({o.value(QStringLiteral("section")).toString(),
                       o.value(QStringLiteral("title")).toString(),
                       o.value(QStringLiteral("source")).toString(), text.number(b),
                       text.tokens(n)});
    }
    t.rows.append({l.translate("Report", "Total", "manifest"),
                   l.translate("Report", "%n items", nullptr, int(run.manifest.size())), QString(),
                   text.number(bytes), text.tokens(tokens)});
    t.note = l.translate("Report", "sha256 of the assembled prompt: %1")
                 .arg(run.promptSha256.isEmpty() ? QStringLiteral("—") : run.promptSha256);
    return t;
}

ReportOutline::Output::FollowUp followUpOf(const Cb::Core::FollowUpRecord& f, const ReportText& text)
{
    ReportOutline::Output::FollowUp out;
    out.message = f.message;
    const qint64 outputTokens = f.usage.value(QStringLiteral("output_tokens")).toInteger(-1);
    QStringList meta{text.statusName(f.status)};
    if (outputTokens >= 0)
        meta.append(text.language().translate("Report", "%1 output tokens").arg(text.tokens(outputTokens)));
    meta.append(text.cost(f.costUsd));
    meta.append(text.seconds(f.totalMs));
    meta.removeAll(QString());
    out.meta = meta.join(QStringLiteral(" · "));
    out.markdown = f.text;
    QStringList error{f.errorCode, f.errorMessage};
    error.removeAll(QString());
    out.error = error.join(QStringLiteral(": "));
    if (f.partial && !out.error.isEmpty())
        out.error += text.language().translate("Report", " (the reply is partial)");
    return out;
}

ReportOutline::Output outputOf(const CallRecord& c, const CallFacts& f, int index,
                               const ExportOptions& options, const ReportText& text)
{
    const ReportLanguage& l = text.language();
    ReportOutline::Output o;
    o.title = text.sectionTitle(index, f.label);
    QStringList meta{c.provider, text.statusLabel(c),
                     l.translate("Report", "%1 output tokens").arg(text.tokens(f.usage.outputTokens))};
    if (f.usage.reasoningTokens > 0)
        meta.append(l.translate("Report", "%1 reasoning").arg(text.tokens(f.usage.reasoningTokens)));
    meta.append(text.cost(c.costUsd));
    meta.append(text.seconds(c.totalMs));
    o.meta = meta.join(QStringLiteral(" · "));
    if (options.includeReasoning)
        o.reasoning = c.reasoning.trimmed();
    // Citations become footnotes with a Sources list; the tool trail follows the answer.
    o.markdown = CitationFootnotes::markdown(c.text, c.citations, l);
    if (const QString trail = ReportHarness::toolTrailMarkdown(c, text); !trail.isEmpty())
        o.markdown = o.markdown.trimmed() + QStringLiteral("\n\n") + trail;
    if (c.citations.checked && c.citations.total() > 0)
        o.meta += QStringLiteral(" · ") + CitationFootnotes::summary(c.citations, l);
    QStringList review;
    if (c.rating)
        review.append(l.translate("Report", "Rating %1").arg(text.rating(c.rating)));
    if (!c.judgement.isEmpty())
        review.append(c.judgementReason.isEmpty()
                          ? l.translate("Report", "Judged %1").arg(text.judgement(c.judgement))
                          : l.translate("Report", "Judged %1: %2").arg(text.judgement(c.judgement), c.judgementReason));
    if (!c.note.isEmpty())
        review.append(l.translate("Report", "Note: %1").arg(c.note));
    o.review = review.join(QStringLiteral(" · "));
    QStringList error{c.errorCode, c.errorMessage};
    error.removeAll(QString());
    o.error = error.join(QStringLiteral(": "));
    for (const Cb::Core::FollowUpRecord& f : c.followUps)
        o.followUps.append(followUpOf(f, text));
    return o;
}

// The plan split at its headings, which are the fusion's sections in order.
// Sources are named as in the whole run (the labels the window and JSON use); those the export
// left out say so rather than go blank.
ReportOutline::Fused fusedOf(const RunRecord& run, const RunRecord& whole, const Cb::Core::FusionRecord& f,
                             const ReportText& text)
{
    const ReportLanguage& l = text.language();
    QList<qint64> leftOut;
    for (const Cb::Core::CallRecord& c : whole.calls)
        if (!run.call(c.id))
            leftOut.append(c.id);
    ReportOutline::Fused out;
    out.title = Cb::Core::FusionLineage::title(f, &l);
    QStringList meta{text.statusName(f.status)};
    if (f.costUsd && !f.modelKey().isEmpty())
        meta.append(Cb::Core::CostRange::formatUsd(*f.costUsd));
    if (f.totalMs && *f.totalMs > 0)
        meta.append(text.seconds(f.totalMs));
    out.meta = meta.join(QStringLiteral(" · "));
    if (!f.errorMessage.isEmpty())
        out.error = f.errorCode + QStringLiteral(": ") + f.errorMessage;
    // Credentials pasted into a plan are removed like those in the answers.
    const QList<Cb::Core::MarkdownSection> parts =
        Cb::Core::HeadingAlignment::sections(SecretRedactor::redactText(f.plan));
    for (int i = 0; i < parts.size(); ++i) {
        const Cb::Core::MarkdownSection& p = parts[i];
        QString markdown = p.level > 0 ? QString(p.level, QLatin1Char('#')) + QLatin1Char(' ') + p.title +
                                             QStringLiteral("\n\n") + p.body.trimmed()
                                       : p.body.trimmed();
        const QString sources = i < f.sections.size()
                                    ? Cb::Core::FusionLineage::describe(f.sections[i], whole, leftOut, &l)
                                    : l.translate("Report", "not recorded", "sources");
        out.sections.append({markdown.trimmed(), l.translate("Report", "Sources: %1").arg(sources)});
    }
    return out;
}

} // namespace

ReportOutline ReportOutline::build(const RunRecord& run, const ReportFacts& facts,
                                   const ExportOptions& options, const RunRecord& whole,
                                   const ReportText& text)
{
    ReportOutline r;
    r.text = text;
    r.title = text.title(run);
    r.subtitle = text.subtitle(run);
    r.summary = summaryTable(run, facts, text);
    r.outputsTable = callsTable(run, facts, text);
    r.stats = statsTables(facts, text);
    if (auto coverage = ReportHarness::coverageTable(run, text))
        r.stats.append(*coverage);
    for (const ReportChart& chart : options.charts)
        if (!chart.image.isNull())
            r.charts.append(chart);
    for (int i = 0; i < run.calls.size(); ++i)
        r.outputs.append(outputOf(run.calls[i], facts.calls[i], i, options, text));
    for (const Cb::Core::FusionRecord& f : options.fusions)
        if (!f.plan.trimmed().isEmpty() || !f.errorMessage.isEmpty())
            r.fused.append(fusedOf(run, whole, f, text));
    if (options.includeManifest)
        r.manifest = manifestTable(run, text);
    r.promptSha256 = run.promptSha256;
    r.includePrompt = options.includePrompt;
    r.instructions = run.instructions;
    r.input = run.input;
    return r;
}

} // namespace Cb::Formats
