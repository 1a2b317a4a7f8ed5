#pragma once

#include "core/pack/pack.h"

#include <QDate>
#include <QHash>

namespace Cb::Test {

// The fixed pack, date and variables behind the prompt golden files (tests/data/golden/). It has
// every case assembly must get right: several sections, an empty section, a disabled item, an
// imported document with a source path, a title that needs XML escaping, an item containing
// "{{goal}}" and "</document>", non-ASCII text and a text with a trailing line break.
// Changing it changes the goldens: regenerate them (see tests/data/golden/README.md).
struct GoldenPack
{
    static Core::Pack pack();
    static QDate date() { return QDate(2026, 3, 14); }
    static QHash<QString, QString> variables();
};

} // namespace Cb::Test
