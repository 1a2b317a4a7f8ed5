// libFuzzer glue: one binary per entry, chosen at compile time with CB_FUZZ_ENTRY (e.g.
// Cb::Fuzz::fuzzSse). The entries themselves live in cb_fuzz_core / cb_fuzz_formats so the
// normal test build replays the corpus through exactly the same code.
#include "fuzz/formats/formatsfuzzentries.h"

#include <QCoreApplication>

#include <cstdint>

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    // Qt warnings about malformed input are expected by the thousand; fatal ones still abort.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return CB_FUZZ_ENTRY(data, size);
}
