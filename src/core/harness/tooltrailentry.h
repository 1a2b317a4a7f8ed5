#pragma once

#include <QString>
#include <QStringList>

namespace Cb::Core {

// One tool call a model made in tools mode, as the trail shows it and history records it
// (table tool_calls): which round of the loop and its place in that round, what was asked,
// how big the answer was, and a one-line summary ("searched 'retention' → 3 hits",
// "read *Launch planning call* 227 tokens"). itemIds: short ids of the items the call touched.
struct ToolTrailEntry
{
    int round = 0;    // 1 = the first request's calls
    int position = 0; // order within the round (parallel calls)
    QString name;
    QString arguments; // as the model sent them
    qint64 resultBytes = 0;
    qint64 resultTokens = 0;
    bool isError = false;
    QString summary;
    QStringList itemIds;

    bool operator==(const ToolTrailEntry& other) const = default;
};

} // namespace Cb::Core
