#pragma once

#include "core/tokenize/encoding.h"

#include <span>

namespace Cb::Core {

// The tables of the shipped vocabulary of an encoding, built from resources/tokenizers at build
// time by cb_vocabulary_blob and embedded in the binary (Vocabulary::fromBlob reads them in
// place). Defined in a generated source (build/src/core/generated/prebuiltvocabulary.cpp).
std::span<const char> prebuiltVocabularyBlob(Encoding encoding);

} // namespace Cb::Core
