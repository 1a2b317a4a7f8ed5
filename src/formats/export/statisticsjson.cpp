#include "formats/export/statisticsjson.h"

#include "core/eval/panelverdict.h"
#include "formats/export/paneljson.h"

#include <QJsonArray>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

using PanelJson::putRate;

QJsonArray reliability(const ReportFacts& facts)
{
    QJsonArray out;
    for (const ReliabilityStats& r : facts.reliability) {
        QJsonObject o{{QStringLiteral("model"), r.model},       {QStringLiteral("attempts"), r.attempts},
                      {QStringLiteral("passes"), r.passes},     {QStringLiteral("fails"), r.fails},
                      {QStringLiteral("refused"), r.refused},   {QStringLiteral("unjudged"), r.unjudged},
                      {QStringLiteral("failed_calls"), r.failedCalls},
                      {QStringLiteral("k_of_k"), r.kOfK()}};
        putRate(o, QStringLiteral("pass_rate"), r.passRate);
        out.append(o);
    }
    return out;
}


QJsonArray bradleyTerry(const ReportFacts& facts)
{
    QJsonArray out;
    if (!facts.ranking)
        return out;
    for (const BradleyTerry::Entry& e : facts.ranking->entries)
        out.append(QJsonObject{{QStringLiteral("model"), e.model},
                               {QStringLiteral("rank"), e.rank},
                               {QStringLiteral("strength"), e.strength},
                               {QStringLiteral("wins"), e.wins},
                               {QStringLiteral("comparisons"), e.comparisons},
                               {QStringLiteral("group"), e.group}});
    return out;
}

} // namespace

QJsonObject StatisticsJson::of(const ReportFacts& facts)
{
    return {{QStringLiteral("models"), QJsonArray::fromStringList(facts.models)},
            {QStringLiteral("pairs"), PanelJson::pairs(facts.pairs)},
            {QStringLiteral("reliability"), reliability(facts)},
            {QStringLiteral("k_of_k"), PanelJson::kOfK(facts.reliability)},
            {QStringLiteral("bradley_terry"), bradleyTerry(facts)},
            {QStringLiteral("bradley_terry_groups"), facts.ranking ? facts.ranking->groups : 0},
            {QStringLiteral("bradley_terry_prior"), BradleyTerry::Options{}.prior},
            {QStringLiteral("panel"), QJsonObject{{QStringLiteral("raters"), PanelJson::raters(facts.panel)},
                                                  {QStringLiteral("agreement"), PanelJson::agreement(facts.panel)},
                                                  {QStringLiteral("judge"), PanelJson::judge(facts.panel)},
                                                  {QStringLiteral("verdict"), facts.panel.verdict},
                                                  {QStringLiteral("agreement_line"),
                                                   PanelVerdict::agreementLine(facts.panel)}}}};
}

} // namespace Cb::Formats
