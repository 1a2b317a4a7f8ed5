#include "core/fusion/fusionplan.h"

#include "core/compare/headingalignment.h"
#include "core/compare/sectiongrid.h"

#include <QRegularExpression>

namespace Cb::Core {

namespace {

// A section body without the blank lines around it (indentation inside is kept).
QString trimmedLines(const QString& body)
{
    QStringList lines = body.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

std::optional<QList<int>> FusionPlan::sourceMarker(const QString& line)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:<!--\\s*)?[*_]*\\s*sources?\\s*[*_]*\\s*:\\s*[*_]*([^<>]*?)[*_]*\\s*(?:-->)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("\\d+"));
    const QRegularExpressionMatch m = marker.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    QList<int> numbers;
    for (auto it = number.globalMatch(m.captured(1)); it.hasNext();)
        if (const int n = it.next().captured().toInt(); !numbers.contains(n))
            numbers.append(n);
    // "Sources: see below" is prose, not a marker.
    if (numbers.isEmpty() && !line.contains(QStringLiteral("<!--")))
        return std::nullopt;
    return numbers;
}

FusionPlan FusionPlan::fromReply(const QString& reply, const QList<FusionAnswer>& answers, const QString& mergedBy)
{
    FusionPlan plan;
    QString clean;
    for (const MarkdownSection& s : HeadingAlignment::sections(reply)) {
        FusionSection section{s.title, s.level, {}, mergedBy};
        QStringList kept;
        for (const QString& line : s.body.split(QLatin1Char('\n'))) {
            const auto numbers = sourceMarker(line);
            if (!numbers) {
                kept.append(line);
                continue;
            }
            for (int n : *numbers)
                if (n >= 1 && n <= answers.size() && !section.sources.contains(answers[n - 1].callId))
                    section.sources.append(answers[n - 1].callId);
        }
        const QString body = trimmedLines(kept.join(QLatin1Char('\n')));
        if (s.level == 0 && body.isEmpty())
            continue;
        if (!clean.isEmpty())
            clean += QStringLiteral("\n\n");
        if (s.level > 0)
            clean += QString(s.level, QLatin1Char('#')) + QLatin1Char(' ') + s.title + (body.isEmpty() ? QString() : QStringLiteral("\n\n"));
        clean += body;
        plan.sections.append(section);
    }
    plan.text = clean.isEmpty() ? clean : clean + QLatin1Char('\n');
    return plan;
}

FusionPlan FusionPlan::pick(const SectionGrid& grid, const QList<FusionAnswer>& answers, const FusionChoices& choices)
{
    FusionPlan plan;
    QStringList parts;
    for (int row = 0; row < grid.rows().size() && row < choices.size(); ++row) {
        const MarkdownSection* first = nullptr;
        FusionSection section;
        QStringList bodies;
        for (int answer : choices[row]) {
            const MarkdownSection* s = grid.section(row, answer);
            if (!s || answer < 0 || answer >= answers.size())
                continue;
            if (!first)
                first = s;
            if (!section.sources.contains(answers[answer].callId))
                section.sources.append(answers[answer].callId);
            if (const QString body = trimmedLines(s->body); !body.isEmpty())
                bodies.append(body);
        }
        if (!first)
            continue;
        section.title = first->title;
        section.level = first->level;
        QString part = first->level > 0 ? QString(first->level, QLatin1Char('#')) + QLatin1Char(' ') + first->title : QString();
        if (!bodies.isEmpty())
            part += (part.isEmpty() ? QString() : QStringLiteral("\n\n")) + bodies.join(QStringLiteral("\n\n"));
        parts.append(part);
        plan.sections.append(section);
    }
    plan.text = parts.isEmpty() ? QString() : parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return plan;
}

} // namespace Cb::Core
