#pragma once

namespace Cb::Ui {

// Keeps Qt's raster fills on the GUI thread. Qt 6.4 cuts every fill taller than 96 rows into
// 64-row pieces, hands them to QThreadPool::globalInstance() and blocks the GUI thread until all
// are done: with 16 streaming columns that hand-off (thread wake-ups, and any of our own jobs
// already holding the pool) made the GUI-thread p99 stall 27-35 ms instead of 12 ms
// (bench/run). Call once, before the QApplication is created.
void keepRasterFillsOnTheGuiThread();

} // namespace Cb::Ui
