#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (Qt Linguist workflow): new tr()
# strings appear as unfinished, strings gone from the code are dropped, translations kept.
# Korean gets every string; English is the source language, so its file holds only the plural
# forms (%n) that English needs spelled out.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
OPTS=(-silent -no-obsolete -locations none -extensions cpp,h -I . -I src)
"$LUPDATE" "${OPTS[@]}" src ui app -ts resources/translations/contextbench_ko.ts
"$LUPDATE" "${OPTS[@]}" -pluralonly src ui app -ts resources/translations/contextbench_en.ts
