#pragma once

#include <QString>

namespace Cb::Formats {

// The style sheet and script every rating kit carries inline (RatingKitWriter). The script
// keeps answers in localStorage under the kit's uuid, handles the keys 1–4 and ←/→, and saves
// the ratings file of docs/RATINGS_FILE.md with its integrity code, computed by its own
// SHA-256 (crypto.subtle is not offered to file:// pages). Neither loads anything.
class RatingKitAssets
{
public:
    static QString style();  // ratingkitstyle.cpp
    static QString script(); // ratingkitscript.cpp
};

} // namespace Cb::Formats
