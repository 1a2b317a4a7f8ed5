#include "formats/export/paneljson.h"

#include "core/eval/panelverdict.h"
#include "core/eval/ratername.h"

#include <cmath>

namespace Cb::Formats {

using namespace Cb::Core;
using PanelJson::putRate;

namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }
QJsonValue number(const std::optional<double>& v) { return v ? number(*v) : QJsonValue(); }

QJsonObject bias(int leftWins, int rightWins, const WinRate& rate)
{
    QJsonObject o{{QStringLiteral("left_wins"), leftWins}, {QStringLiteral("right_wins"), rightWins}};
    putRate(o, QStringLiteral("left_rate"), rate);
    return o;
}

QJsonArray bradleyTerry(const PanelStats& s)
{
    QJsonArray out;
    for (const BradleyTerry::Entry& e : s.bradleyTerry.entries) {
        const bool interval = s.resamples > 0;
        out.append(QJsonObject{{QStringLiteral("model"), e.model},
                               {QStringLiteral("rank"), e.rank},
                               {QStringLiteral("strength"), number(e.strength)},
                               {QStringLiteral("ci_low"), interval ? number(e.ci.low) : QJsonValue()},
                               {QStringLiteral("ci_high"), interval ? number(e.ci.high) : QJsonValue()},
                               {QStringLiteral("wins"), number(e.wins)},
                               {QStringLiteral("comparisons"), e.comparisons},
                               {QStringLiteral("group"), e.group}});
    }
    return out;
}


} // namespace

QJsonArray PanelJson::pairs(const QList<PairStats>& pairs)
{
    QJsonArray out;
    for (const PairStats& p : pairs) {
        QJsonObject o{{QStringLiteral("a"), p.first},
                      {QStringLiteral("b"), p.second},
                      {QStringLiteral("wins_a"), p.wins},
                      {QStringLiteral("wins_b"), p.losses},
                      {QStringLiteral("ties"), p.ties - p.bothBad},
                      {QStringLiteral("both_bad"), p.bothBad},
                      {QStringLiteral("n"), p.votes},
                      {QStringLiteral("from_rankings"), p.fromRankings}};
        putRate(o, QStringLiteral("win_rate_a"), p.rate);
        o.insert(QStringLiteral("position_bias"), bias(p.leftWins, p.rightWins, p.leftRate));
        out.append(o);
    }
    return out;
}

QJsonArray PanelJson::raters(const PanelStats& s)
{
    QJsonArray out;
    for (const PanelStats::Rater& r : s.raters)
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("name"), RaterName::of(r.id, r.name)}, // "You", as it always was
                               {QStringLiteral("votes"), r.votes},
                               {QStringLiteral("rankings"), r.rankings},
                               {QStringLiteral("position_bias"), bias(r.bias.leftWins, r.bias.rightWins, r.bias.leftRate)},
                               {QStringLiteral("pairs"), pairs(r.pairs)}});
    return out;
}

QJsonObject PanelJson::agreement(const PanelStats& s)
{
    const PanelAgreement& a = s.agreement;
    QJsonObject o{{QStringLiteral("krippendorff_alpha"), number(a.krippendorffAlpha)},
                  {QStringLiteral("cohen_kappa"), number(a.cohenKappa)},
                  {QStringLiteral("fleiss_kappa"), number(a.fleissKappa)},
                  {QStringLiteral("items_multi_rated"), a.itemsMultiRated},
                  {QStringLiteral("raters"), a.raters},
                  {QStringLiteral("scale"), QStringLiteral("1 = model a better, 2 = tie or both bad, 3 = model b better")}};
    for (const auto& [key, note] : {std::pair{"krippendorff_alpha_note", a.alphaNote},
                                    std::pair{"cohen_kappa_note", a.cohenNote},
                                    std::pair{"fleiss_kappa_note", a.fleissNote}})
        if (!note.isEmpty())
            o.insert(QLatin1String(key), note);
    return o;
}

QJsonObject PanelJson::judge(const PanelStats& s)
{
    return {{QStringLiteral("votes"), s.judge.votes},
            {QStringLiteral("raters"), QJsonArray::fromStringList(s.judge.names)}};
}

QJsonObject PanelJson::of(const PanelStats& s)
{
    return {{QStringLiteral("pairs"), pairs(s.pairs)},
            {QStringLiteral("raters"), raters(s)},
            {QStringLiteral("position_bias"), bias(s.bias.leftWins, s.bias.rightWins, s.bias.leftRate)},
            {QStringLiteral("agreement"), agreement(s)},
            {QStringLiteral("bradley_terry"), bradleyTerry(s)},
            {QStringLiteral("bradley_terry_bootstrap"),
             QJsonObject{{QStringLiteral("unit"), QStringLiteral("rater-item")},
                         {QStringLiteral("resamples"), s.resamples},
                         {QStringLiteral("rater_items"), s.raterItems},
                         {QStringLiteral("seed"), QString::number(s.seed)}}},
            {QStringLiteral("bradley_terry_groups"), s.bradleyTerry.groups},
            {QStringLiteral("bradley_terry_prior"), BradleyTerry::Options{}.prior},
            {QStringLiteral("k_of_k"), kOfK(s.reliability)},
            {QStringLiteral("judge"), judge(s)},
            {QStringLiteral("verdict"), s.verdict},
            {QStringLiteral("agreement_line"), PanelVerdict::agreementLine(s)}};
}

void PanelJson::putRate(QJsonObject& o, const QString& name, const WinRate& rate)
{
    o.insert(name, rate.defined() ? number(rate.rate) : QJsonValue());
    o.insert(QStringLiteral("ci_low"), rate.defined() ? number(rate.ci.low) : QJsonValue());
    o.insert(QStringLiteral("ci_high"), rate.defined() ? number(rate.ci.high) : QJsonValue());
}

QJsonArray PanelJson::kOfK(const QList<ReliabilityStats>& reliability)
{
    QJsonArray out;
    for (const ReliabilityStats& r : reliability)
        for (const PassAtK& k : r.passAtK) {
            QJsonObject o{{QStringLiteral("model"), r.model},
                          {QStringLiteral("k"), k.k},
                          {QStringLiteral("cases"), k.runs},
                          {QStringLiteral("all_passed"), k.allPassed},
                          {QStringLiteral("not_fully_judged"), k.withUnjudged},
                          {QStringLiteral("with_failed_call"), k.withFailedCall}};
            putRate(o, QStringLiteral("rate"), k.rate);
            out.append(o);
        }
    return out;
}

} // namespace Cb::Formats
