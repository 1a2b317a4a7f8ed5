#include "core/tokenize/unicode16ranges.h"

#include <array>

namespace Cb::Core {

namespace {

using U = UnicodeClasses;
constexpr uint8_t Lu = U::Letter | U::Upperish;               // Lu, Lt
constexpr uint8_t Ll = U::Letter | U::Lowerish;               // Ll
constexpr uint8_t Lo = U::Letter | U::Upperish | U::Lowerish; // Lm, Lo
constexpr uint8_t Mn = U::Mark | U::Upperish | U::Lowerish;   // Mn, Mc, Me
constexpr uint8_t Nd = U::Number;                             // Nd, Nl, No

constexpr Unicode16Range kRanges[] = {
#include "core/tokenize/unicode16ranges.inc"
};

} // namespace

std::span<const Unicode16Range> unicode16Ranges()
{
    return kRanges;
}

} // namespace Cb::Core
