#pragma once

#include "core/pack/packitem.h"

#include <QList>

namespace Cb::Core {

// A named, ordered group of items ("Goals", "Meetings", "Memos", "Notes", "Code").
struct PackSection
{
    QString id;
    QString name;
    QList<PackItem> items;
    QJsonObject extra;
};

// A context pack: title, goal and ordered sections of items. A plain value that PackFile reads
// and writes and PackDocument edits.
struct Pack
{
    QString title;
    QString goal;
    QList<PackSection> sections;
    QDateTime created;
    QJsonObject extra; // unknown top-level fields, kept on save

    int itemCount() const;
    int enabledItemCount() const;
    // Section index and row of the item with this id, or {-1, -1}.
    std::pair<int, int> locate(const QString& itemId) const;
    const PackItem* item(const QString& itemId) const;
    int sectionIndex(const QString& name) const; // case-insensitive, -1 if absent
    // sha256 over everything that reaches the prompt: recorded with each run.
    QByteArray snapshotHash() const;
};

} // namespace Cb::Core
