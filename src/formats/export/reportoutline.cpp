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

QString interval(const WinRate& rate)
{
    if (!rate.defined())
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2–%3)")
        .arg(ReportText::percent(rate.rate), ReportText::percent(rate.ci.low),
             ReportText::percent(rate.ci.high));
}

// "3 of 4, 75% (30–95%)"; a dash when no decisive vote had a known side.
QString positionBias(const PairStats& p)
{
    const int decisive = p.leftWins + p.rightWins;
    if (decisive == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 of %2, %3").arg(p.leftWins).arg(decisive).arg(interval(p.leftRate));
}

ReportTable summaryTable(const RunRecord& run, const ReportFacts& facts)
{
    ReportTable t;
    auto row = [&t](const char* key, const QString& value) {
        t.rows.append({QString::fromUtf8(key), value});
    };
    row("Goal", run.packGoal.isEmpty() ? QStringLiteral("—") : run.packGoal);
    row("Date", ReportText::dateTime(run.createdAt));
    row(facts.models.size() == 1 ? "Model" : "Models", facts.models.join(QStringLiteral(", ")));
    row("Template", run.templateName.isEmpty() ? QStringLiteral("—") : run.templateName);
    row("Settings", ReportText::settings(run.settings));
    QString tokens =
        QStringLiteral("%1 input · %2 output")
            .arg(ReportText::tokens(facts.inputTokens), ReportText::tokens(facts.outputTokens));
    if (facts.reasoningTokens > 0)
        tokens += QStringLiteral(" (%1 reasoning)").arg(ReportText::tokens(facts.reasoningTokens));
    row("Tokens", tokens);
    row("Cost", facts.costKnown ? ReportText::cost(facts.costUsd) : QStringLiteral("—"));
    row("Prompt sha256", run.promptSha256.isEmpty() ? QStringLiteral("—") : run.promptSha256);
    row("Run", run.uuid.isEmpty() ? QString::number(run.id)
                                  : QStringLiteral("%1 (%2)").arg(run.id).arg(run.uuid));
    return t;
}

ReportTable callsTable(const RunRecord& run, const ReportFacts& facts)
{
    ReportTable t;
    t.heading = QStringLiteral("Outputs");
    t.header = {
        QStringLiteral("#"),           QStringLiteral("Model"),       QStringLiteral("Status"),
        QStringLiteral("Input"),       QStringLiteral("Output"),      QStringLiteral("Reasoning"),
        QStringLiteral("Cost"),        QStringLiteral("First token"), QStringLiteral("Total"),
        QStringLiteral("Votes W-L-T"), QStringLiteral("Rating"),      QStringLiteral("Judgement")};
    t.numericColumns = {0, 3, 4, 5, 6, 7, 8};
    for (int i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        const CallFacts& f = facts.calls[i];
        t.rows.append({QString::number(i + 1), f.label, ReportText::statusLabel(c),
                       ReportText::tokens(f.usage.inputTokens),
                       ReportText::tokens(f.usage.outputTokens),
                       ReportText::tokens(f.usage.reasoningTokens), ReportText::cost(c.costUsd),
                       ReportText::seconds(c.firstTokenMs), ReportText::seconds(c.totalMs),
                       QStringLiteral("%1-%2-%3").arg(f.votesWon).arg(f.votesLost).arg(f.votesTied),
                       ReportText::rating(c.rating),
                       c.judgement.isEmpty() ? QStringLiteral("—") : c.judgement});
    }
    return t;
}

// Who voted: one row per rater and pair, their left-side win rate, then the verdict and agreement.
ReportTable panelTable(const ReportFacts& facts)
{
    const PanelStats& panel = facts.panel;
    ReportTable t;
    t.heading = QStringLiteral("Panel");
    t.header = {QStringLiteral("Rater"), QStringLiteral("Votes"), QStringLiteral("Pair"),
                QStringLiteral("n"), QStringLiteral("Win rate (95% CI)"), QStringLiteral("Left side won (95% CI)")};
    t.numericColumns = {1, 3};
    for (const PanelStats::Rater& r : panel.raters) {
        const int decisive = r.bias.leftWins + r.bias.rightWins;
        const QString bias = decisive == 0 ? QStringLiteral("—")
                                           : QStringLiteral("%1 of %2, %3")
                                                 .arg(r.bias.leftWins)
                                                 .arg(decisive)
                                                 .arg(interval(r.bias.leftRate));
        for (const PairStats& p : r.pairs)
            t.rows.append({r.name, QString::number(r.votes),
                           QStringLiteral("%1 vs %2").arg(facts.label(p.first), facts.label(p.second)),
                           QString::number(p.votes), interval(p.rate), bias});
    }
    t.note = QStringLiteral("Verdict: %1. %2. Win rate of the first model of the pair; a tie or both-bad vote "
                            "counts as half a win.")
                 .arg(panel.verdict, PanelVerdict::agreementLine(panel));
    if (panel.judge.votes > 0)
        t.note += QStringLiteral(" %1 votes of judge models are kept apart from these figures.").arg(panel.judge.votes);
    return t;
}

QList<ReportTable> statsTables(const ReportFacts& facts)
{
    QList<ReportTable> tables;
    if (facts.hasVotes()) {
        ReportTable pairs;
        pairs.heading = QStringLiteral("Votes");
        pairs.header = {QStringLiteral("Pair"),     QStringLiteral("Wins"),
                        QStringLiteral("Losses"),   QStringLiteral("Ties"),
                        QStringLiteral("Both bad"), QStringLiteral("Win rate (95% CI)"),
                        QStringLiteral("Left side won (95% CI)")};
        pairs.numericColumns = {1, 2, 3, 4};
        for (const PairStats& p : facts.pairs)
            pairs.rows.append({QStringLiteral("%1 vs %2").arg(facts.label(p.first), facts.label(p.second)),
                               QString::number(p.wins), QString::number(p.losses),
                               QString::number(p.ties - p.bothBad), QString::number(p.bothBad),
                               interval(p.rate), positionBias(p)});
        pairs.note = QStringLiteral("Win rate of the first model; a tie counts as half a win. "
                                    "Wilson score intervals. \"Left side won\": of the decisive votes, how "
                                    "many went to the answer shown on the left; an interval that excludes "
                                    "50% means the layout swayed the judge.");
        int ranked = 0;
        for (const PairStats& p : facts.pairs)
            ranked += p.fromRankings;
        if (ranked > 0) // a ranking counts once per model pair; say so, as n would otherwise mislead
            pairs.note += QStringLiteral(" %1 of the votes are implied by rankings of several outputs "
                                         "(one per model pair per ranking).")
                              .arg(ranked);
        tables.append(pairs);
    }
    if (facts.hasVotes() && !facts.panel.raters.isEmpty())
        tables.append(panelTable(facts));
    if (facts.ranking && facts.ranking->entries.size() > 1) {
        ReportTable bt;
        bt.heading = QStringLiteral("Ranking (Bradley–Terry)");
        bt.header = {QStringLiteral("Rank"), QStringLiteral("Model"), QStringLiteral("Strength"),
                     QStringLiteral("Wins"), QStringLiteral("Comparisons")};
        bt.numericColumns = {0, 2, 3, 4};
        const bool grouped = !facts.ranking->connected();
        if (grouped)
            bt.header.append(QStringLiteral("Group"));
        for (const BradleyTerry::Entry& e : facts.ranking->entries) {
            bt.rows.append({QString::number(e.rank), facts.label(e.model), QString::number(e.strength, 'f', 3),
                            QString::number(e.wins, 'g', 4), QString::number(e.comparisons)});
            if (grouped)
                bt.rows.last().append(QString::number(e.group));
        }
        bt.note = QStringLiteral("Strengths sum to 1; ties count as half a win. Prior: every model is given "
                                 "%1 win and %1 loss against a virtual opponent of strength 1, which keeps a "
                                 "model without wins above zero.")
                      .arg(BradleyTerry::Options{}.prior);
        if (grouped)
            bt.note += QStringLiteral(" These models fall into %1 groups that were never compared with each other: "
                                      "across groups the order rests on the prior alone, so read ranks only "
                                      "within a group.")
                           .arg(facts.ranking->groups);
        tables.append(bt);
    }
    if (!facts.ratings.isEmpty() || !facts.reliability.isEmpty()) {
        ReportTable rev;
        rev.heading = QStringLiteral("Ratings and reliability");
        rev.header = {QStringLiteral("Model"), QStringLiteral("Mean rating"),
                      QStringLiteral("Rated"), QStringLiteral("k-of-k"),
                      QStringLiteral("Pass rate (95% CI)"), QStringLiteral("All k passed (95% CI)")};
        rev.numericColumns = {1, 2};
        for (const QString& model : facts.models) {
            QStringList row{facts.label(model), QStringLiteral("—"), QStringLiteral("0"), QStringLiteral("—"),
                            QStringLiteral("—"), QStringLiteral("—")};
            for (const ReportFacts::ModelRating& r : facts.ratings)
                if (r.model == model)
                    row[1] = QString::number(r.mean, 'f', 1), row[2] = QString::number(r.count);
            for (const ReliabilityStats& s : facts.reliability)
                if (s.model == model)
                    row[3] = s.label(), row[4] = interval(s.passRate), row[5] = s.passAtK.isEmpty() ? QStringLiteral("—") : s.passAtKLabel(QStringLiteral("; "));
            rev.rows.append(row);
        }
        tables.append(rev);
    }
    return tables;
}

ReportTable manifestTable(const RunRecord& run)
{
    ReportTable t;
    t.heading = QStringLiteral("Appendix: context manifest");
    t.header = {QStringLiteral("Section"), QStringLiteral("Item"), QStringLiteral("Source"),
                QStringLiteral("Bytes"), QStringLiteral("Tokens")};
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
                       o.value(QStringLiteral("source")).toString(), ReportText::tokens(b),
                       ReportText::tokens(n)});
    }
    t.rows.append({QStringLiteral("Total"), QStringLiteral("%1 items").arg(run.manifest.size()),
                   QString(), ReportText::tokens(bytes), ReportText::tokens(tokens)});
    t.note = QStringLiteral("sha256 of the assembled prompt: %1")
                 .arg(run.promptSha256.isEmpty() ? QStringLiteral("—") : run.promptSha256);
    return t;
}

ReportOutline::Output::FollowUp followUpOf(const Cb::Core::FollowUpRecord& f)
{
    ReportOutline::Output::FollowUp out;
    out.message = f.message;
    const qint64 outputTokens = f.usage.value(QStringLiteral("output_tokens")).toInteger(-1);
    QStringList meta{callStatusName(f.status)};
    if (outputTokens >= 0)
        meta.append(QStringLiteral("%1 output tokens").arg(ReportText::tokens(outputTokens)));
    meta.append(ReportText::cost(f.costUsd));
    meta.append(ReportText::seconds(f.totalMs));
    meta.removeAll(QString());
    out.meta = meta.join(QStringLiteral(" · "));
    out.markdown = f.text;
    QStringList error{f.errorCode, f.errorMessage};
    error.removeAll(QString());
    out.error = error.join(QStringLiteral(": "));
    if (f.partial && !out.error.isEmpty())
        out.error += QStringLiteral(" (the reply is partial)");
    return out;
}

ReportOutline::Output outputOf(const CallRecord& c, const CallFacts& f, int index,
                               const ExportOptions& options)
{
    ReportOutline::Output o;
    o.title = ReportText::sectionTitle(index, f.label);
    QStringList meta{
        c.provider, ReportText::statusLabel(c),
        QStringLiteral("%1 output tokens").arg(ReportText::tokens(f.usage.outputTokens))};
    if (f.usage.reasoningTokens > 0)
        meta.append(
            QStringLiteral("%1 reasoning").arg(ReportText::tokens(f.usage.reasoningTokens)));
    meta.append(ReportText::cost(c.costUsd));
    meta.append(ReportText::seconds(c.totalMs));
    o.meta = meta.join(QStringLiteral(" · "));
    if (options.includeReasoning)
        o.reasoning = c.reasoning.trimmed();
    // Citations become footnotes with a Sources list; the tool trail follows the answer.
    o.markdown = CitationFootnotes::markdown(c.text, c.citations);
    if (const QString trail = ReportHarness::toolTrailMarkdown(c); !trail.isEmpty())
        o.markdown = o.markdown.trimmed() + QStringLiteral("\n\n") + trail;
    if (c.citations.checked && c.citations.total() > 0)
        o.meta += QStringLiteral(" · ") + c.citations.summary();
    QStringList review;
    if (c.rating)
        review.append(QStringLiteral("Rating %1").arg(ReportText::rating(c.rating)));
    if (!c.judgement.isEmpty())
        review.append(c.judgementReason.isEmpty()
                          ? QStringLiteral("Judged %1").arg(c.judgement)
                          : QStringLiteral("Judged %1: %2").arg(c.judgement, c.judgementReason));
    if (!c.note.isEmpty())
        review.append(QStringLiteral("Note: %1").arg(c.note));
    o.review = review.join(QStringLiteral(" · "));
    QStringList error{c.errorCode, c.errorMessage};
    error.removeAll(QString());
    o.error = error.join(QStringLiteral(": "));
    for (const Cb::Core::FollowUpRecord& f : c.followUps)
        o.followUps.append(followUpOf(f));
    return o;
}

// The plan split at its headings, which are the fusion's sections in order.
// Sources are named as in the whole run (the labels the window and JSON use); those the export
// left out say so rather than go blank.
ReportOutline::Fused fusedOf(const RunRecord& run, const RunRecord& whole, const Cb::Core::FusionRecord& f)
{
    QList<qint64> leftOut;
    for (const Cb::Core::CallRecord& c : whole.calls)
        if (!run.call(c.id))
            leftOut.append(c.id);
    ReportOutline::Fused out;
    out.title = Cb::Core::FusionLineage::title(f);
    QStringList meta{Cb::Core::callStatusName(f.status)};
    if (f.costUsd && !f.modelKey().isEmpty())
        meta.append(Cb::Core::CostRange::formatUsd(*f.costUsd));
    if (f.totalMs && *f.totalMs > 0)
        meta.append(QStringLiteral("%1 s").arg(double(*f.totalMs) / 1000.0, 0, 'f', 1));
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
        const QString sources = i < f.sections.size() ? Cb::Core::FusionLineage::describe(f.sections[i], whole, leftOut)
                                                      : QStringLiteral("not recorded");
        out.sections.append({markdown.trimmed(), QStringLiteral("Sources: ") + sources});
    }
    return out;
}

} // namespace

ReportOutline ReportOutline::build(const RunRecord& run, const ReportFacts& facts,
                                   const ExportOptions& options, const RunRecord& whole)
{
    ReportOutline r;
    r.title = ReportText::title(run);
    r.subtitle = ReportText::subtitle(run);
    r.summary = summaryTable(run, facts);
    r.outputsTable = callsTable(run, facts);
    r.stats = statsTables(facts);
    if (auto coverage = ReportHarness::coverageTable(run))
        r.stats.append(*coverage);
    for (const ReportChart& chart : options.charts)
        if (!chart.image.isNull())
            r.charts.append(chart);
    for (int i = 0; i < run.calls.size(); ++i)
        r.outputs.append(outputOf(run.calls[i], facts.calls[i], i, options));
    for (const Cb::Core::FusionRecord& f : options.fusions)
        if (!f.plan.trimmed().isEmpty() || !f.errorMessage.isEmpty())
            r.fused.append(fusedOf(run, whole, f));
    if (options.includeManifest)
        r.manifest = manifestTable(run);
    r.promptSha256 = run.promptSha256;
    r.includePrompt = options.includePrompt;
    r.instructions = run.instructions;
    r.input = run.input;
    return r;
}

} // namespace Cb::Formats
