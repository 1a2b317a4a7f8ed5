#pragma once

#include "core/pack/pack.h"

namespace Cb::Test {

// Small building blocks for pack tests: empty sections by name, and a document item that
// matches a file on disk (path, size, modification time) as an import would have left it.
struct PackSamples
{
    static Core::Pack withSections(const QStringList& names);
    static Core::PackItem documentFor(const QString& path,
                                      const QString& text = QStringLiteral("snapshot"),
                                      const QString& format = QStringLiteral("markdown"));
};

} // namespace Cb::Test
