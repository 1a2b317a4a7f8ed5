#include "core/rating/ratingkitplanner.h"

#include <QCoreApplication>

#include "core/compare/modelidentity.h"
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/history/sqlvalues.h"
#include "core/rating/modelnameredactor.h"
#include "core/rating/ratingkitstore.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <random>
#include <vector>

namespace Cb::Core {

using SqlValues::sqlError;

namespace {

// Uniform in [0, bound) by rejection, identical on every standard library (as BlindSchedule).
quint64 below(std::mt19937_64& rng, quint64 bound)
{
    const quint64 limit = std::mt19937_64::max() - (std::mt19937_64::max() % bound);
    quint64 r = rng();
    while (r >= limit)
        r = rng();
    return r % bound;
}

bool answered(const CallRecord& c) { return c.status == CallStatus::Done && !c.text.trimmed().isEmpty(); }

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

// Answering calls of one run by model key, then by repeat index (the first answer per index).
QMap<QString, QMap<int, const CallRecord*>> answersByModel(const RunRecord& run)
{
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    QMap<QString, QMap<int, const CallRecord*>> byModel;
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        if (answered(c) && !byModel[keys[i]].contains(c.repeatIndex))
            byModel[keys[i]].insert(c.repeatIndex, &c);
    }
    return byModel;
}

} // namespace

Result<RatingKitSource> RatingKitPlanner::loadRun(HistoryStore& history, qint64 runId)
{
    auto run = history.loadRun(runId);
    if (!run)
        return fail(run.error());
    RatingKitSource source;
    source.runId = run->id;
    source.cases.append({*run, run->packGoal});
    return source;
}

Result<RatingKitSource> RatingKitPlanner::loadExperiment(HistoryStore& history, ExperimentStore& experiments,
                                                         qint64 experimentId)
{
    auto experiment = experiments.load(experimentId);
    if (!experiment)
        return fail(experiment.error());
    RatingKitSource source;
    source.experimentId = experiment->id;
    for (const ExperimentCase& c : experiment->cases) {
        if (c.runId <= 0)
            continue; // not sent yet
        auto run = history.loadRun(c.runId);
        if (!run)
            return fail(run.error());
        source.cases.append({*run, c.goal.trimmed().isEmpty() ? run->packGoal : c.goal});
    }
    return source;
}

QList<RatingKitPair> RatingKitPlanner::pairs(const RatingKitSource& source)
{
    QList<RatingKitPair> out;
    for (int ci = 0; ci < source.cases.size(); ++ci) {
        const auto byModel = answersByModel(source.cases[ci].run);
        const QStringList models = byModel.keys();
        for (qsizetype a = 0; a < models.size(); ++a) {
            const QMap<int, const CallRecord*> first = byModel.value(models[a]);
            for (qsizetype b = a + 1; b < models.size(); ++b) {
                const QMap<int, const CallRecord*> second = byModel.value(models[b]);
                for (auto it = first.cbegin(); it != first.cend(); ++it)
                    if (const CallRecord* other = second.value(it.key()))
                        out.append({ci, it.value()->id, other->id, models[a], models[b]});
            }
        }
    }
    return out;
}

int RatingKitPlanner::answeringModels(const RatingKitSource& source)
{
    int most = 0;
    for (const RatingKitSource::Case& c : source.cases)
        most = std::max(most, int(answersByModel(c.run).size()));
    return most;
}

Result<RatingKitDraft> RatingKitPlanner::plan(const RatingKitSource& source, const QString& raterName, quint64 seed)
{
    if (raterName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Cb::Core::RatingKitPlanner", "A rater needs a name."));
    QList<RatingKitPair> all = pairs(source);
    if (all.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::RatingKitPlanner", "There is nothing to judge: a kit needs answers from at least two models to the "
                                   "same prompt and repeat (%1 answered).")
                        .arg(answeringModels(source)));
    std::mt19937_64 rng(seed);
    for (qsizetype i = all.size() - 1; i > 0; --i) // Fisher–Yates
        all.swapItemsAt(i, qsizetype(below(rng, quint64(i) + 1)));
    // Sides alternate within each pair of models from a random start, so neither model sits on
    // the left more than once more than the other, whatever the rater's order.
    QHash<QString, bool> nextFirstOnLeft;
    RatingKitDraft draft;
    draft.record.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.record.secret = randomHex(16);
    draft.record.raterName = raterName.trimmed();
    draft.record.runId = source.runId;
    draft.record.experimentId = source.experimentId;
    draft.record.seed = seed;
    std::vector<ModelNameRedactor> redactors;
    for (const RatingKitSource::Case& c : source.cases)
        redactors.emplace_back(c.run.calls);
    QSet<QString> used;
    for (const RatingKitPair& p : all) {
        const QString group = p.firstModel + QLatin1Char('\n') + p.secondModel;
        if (!nextFirstOnLeft.contains(group))
            nextFirstOnLeft.insert(group, below(rng, 2) == 0);
        const bool firstOnLeft = nextFirstOnLeft.value(group);
        nextFirstOnLeft[group] = !firstOnLeft;

        QString item;
        do
            item = QStringLiteral("q") + randomHex(4);
        while (used.contains(item));
        used.insert(item);

        const RunRecord& run = source.cases[p.caseIndex].run;
        const qint64 left = firstOnLeft ? p.firstCallId : p.secondCallId;
        const qint64 right = firstOnLeft ? p.secondCallId : p.firstCallId;
        draft.record.items.append({item, run.id, left, right});
        const ModelNameRedactor& redactor = redactors[size_t(p.caseIndex)];
        draft.questions.append({item, source.cases[p.caseIndex].goal, redactor.redact(run.call(left)->text),
                                redactor.redact(run.call(right)->text)});
    }
    return draft;
}

quint64 RatingKitPlanner::newSeed() { return QRandomGenerator::system()->generate64(); }

VoidResult RatingKitPlanner::record(Database& database, QList<RatingKitDraft>& drafts)
{
    QSqlDatabase& db = database.connection();
    if (!db.transaction())
        return fail(sqlError(
            QCoreApplication::translate("Cb::Core::RatingKitPlanner", "Cannot start a transaction"),
            db.lastError()));
    RaterStore raters(database);
    RatingKitStore kits(database);
    for (RatingKitDraft& d : drafts) {
        auto rater = raters.add(d.record.raterName);
        if (!rater) {
            db.rollback();
            return fail(rater.error());
        }
        d.record.raterId = *rater;
        if (auto kit = kits.insert(d.record); !kit) {
            db.rollback();
            return fail(kit.error());
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(sqlError(QCoreApplication::translate("Cb::Core::RatingKitPlanner",
                                                         "Cannot record the rating kits"),
                             db.lastError()));
    }
    return {};
}

} // namespace Cb::Core
