#include "core/models/contextbudget.h"

#include <QLocale>

#include <algorithm>

namespace Cb::Core {

ContextBudget ContextBudget::evaluate(qint64 promptTokens, bool exact, const ModelInfo& model,
                                      qint64 requestedMaxOutput)
{
    const qint64 output =
        requestedMaxOutput > 0 ? std::min(requestedMaxOutput, model.maxOutput) : model.maxOutput;
    return evaluate(promptTokens, exact, model.contextWindow, model.inputLimit(), output,
                    model.outputReservedInWindow());
}

ContextBudget ContextBudget::evaluate(qint64 promptTokens, bool exact, qint64 contextWindow,
                                      qint64 inputLimit, qint64 requestedOutput,
                                      bool outputReservedInWindow)
{
    ContextBudget b;
    b.promptTokens = std::max<qint64>(0, promptTokens);
    b.exact = exact;
    b.contextWindow = contextWindow;
    b.inputLimit = inputLimit > 0 ? std::min(inputLimit, contextWindow) : contextWindow;
    b.requestedOutput = std::max<qint64>(0, requestedOutput);
    b.remaining = contextWindow - b.promptTokens;
    b.usedFraction = b.inputLimit > 0 ? double(b.promptTokens) / double(b.inputLimit) : 1.0;

    qint64 over = b.promptTokens - b.inputLimit;
    if (outputReservedInWindow)
        over = std::max(over, b.promptTokens + b.requestedOutput - contextWindow);
    if (over > 0) {
        b.status = Status::Over;
        b.overBy = over;
    } else if (b.usedFraction > TightFraction || b.remaining < b.requestedOutput) {
        b.status = Status::Tight;
    }
    return b;
}

QString ContextBudget::statusName(Status status)
{
    switch (status) {
    case Status::Fits:
        return QStringLiteral("fits");
    case Status::Tight:
        return QStringLiteral("tight");
    case Status::Over:
        return QStringLiteral("over");
    }
    return QString();
}

QString ContextBudget::summary() const
{
    // The C locale with grouping: stable text for logs and tests, whatever the user's locale.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    QString text = QStringLiteral("%1%2 / %3 tokens (%4%)")
                       .arg(exact ? QString() : QStringLiteral("~"), c.toString(promptTokens),
                            c.toString(inputLimit))
                       .arg(qRound(usedFraction * 100));
    switch (status) {
    case Status::Fits:
        return text + QStringLiteral(" — fits");
    case Status::Tight:
        return text +
               QStringLiteral(" — tight: leaves %1 for up to %2 output")
                   .arg(c.toString(std::max<qint64>(0, remaining)), c.toString(requestedOutput));
    case Status::Over:
        return text + QStringLiteral(" — over by %1 tokens").arg(c.toString(overBy));
    }
    return text;
}

} // namespace Cb::Core
