#pragma once

#include "core/tokenize/unicodeclasses.h"

#include <span>

namespace Cb::Core {

// Code points whose class under Unicode 16.0 (the tables of the regex crate in tiktoken) differs
// from Qt 6.4's Unicode 14.0 tables: letters, marks and digits of scripts added in 15.0-16.0
// and a few recategorised characters. Sorted, non-overlapping; UnicodeClasses consults them
// before QChar. Rows generated into unicode16ranges.inc and checked against tiktoken by
// tests/data/tokenizers/unicode16ranges.sh.
struct Unicode16Range
{
    char32_t first;
    char32_t last;
    uint8_t flags;
};

std::span<const Unicode16Range> unicode16Ranges();

} // namespace Cb::Core
