#pragma once

#include "core/models/modelinfo.h"

#include <QString>

namespace Cb::Core {

// Whether a prompt fits a model's context window with room for the requested output.
//
//   Over  — the prompt alone exceeds the input limit (the window, or GPT-5's 272K max input),
//           or, for Anthropic, prompt + max_tokens exceeds the window (the API rejects that);
//           overBy says by how many tokens.
//   Tight — it fits, but uses more than tightFraction (85 %) of the input limit or leaves
//           less room than the requested max output (the answer may be cut short).
//   Fits  — otherwise.
//
// A plain value computed by a pure function; `exact` is carried through so the UI can show
// "~" for estimated counts (Claude and Gemini have no public tokenizer).
struct ContextBudget
{
    enum class Status
    {
        Fits,
        Tight,
        Over
    };

    static constexpr double TightFraction = 0.85;

    Status status = Status::Fits;
    qint64 promptTokens = 0;
    bool exact = true;
    qint64 inputLimit = 0;
    qint64 contextWindow = 0;
    qint64 requestedOutput = 0;
    qint64 overBy = 0;         // > 0 only when Over
    qint64 remaining = 0;      // window minus prompt; negative when over
    double usedFraction = 0.0; // prompt / input limit

    // requestedMaxOutput <= 0 means "the model's maximum".
    static ContextBudget evaluate(qint64 promptTokens, bool exact, const ModelInfo& model,
                                  qint64 requestedMaxOutput = 0);
    static ContextBudget evaluate(qint64 promptTokens, bool exact, qint64 contextWindow,
                                  qint64 inputLimit, qint64 requestedOutput,
                                  bool outputReservedInWindow);

    // "fits", "tight", "over"
    static QString statusName(Status status);
    // e.g. "~152,300 / 200,000 tokens (76%) — tight: leaves 47,700 for up to 100,000 output"
    QString summary() const;
};

} // namespace Cb::Core
