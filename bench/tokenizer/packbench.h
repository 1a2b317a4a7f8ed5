#pragma once

// Whole-pack counting figures for cb_tokenizer_bench: a cold count of a large pack through
// PromptCounter (items counted in parallel, cached by content), and the recount after one item
// of another pack changes. Prints key=value lines.
int measurePacks(int megabytesCold, int megabytesEdit);
