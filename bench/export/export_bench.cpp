// Export benchmark: time to write a ~100-page two-model comparison report to PDF (and the text
// formats for reference). Usage: cb_export_bench [OUTPUT_DIR]  (writes the files there to look
// at). Target: PDF under 3 s wall on the project's 2-core machine. CPU time is printed too: on
// a machine shared with other builds, wall time mostly measures the neighbours.
#include "formats/export/runexporter.h"
#include "formats/export/runrecordjson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <ctime>

using namespace Cb::Core;
using namespace Cb::Formats;

namespace {

// The comparison fixture with each output grown to a long plan: a 700-row table and a 900-line
// script, the shape of the largest real plans, about 100 A4 pages in all.
RunRecord longComparison(const QString& fixture)
{
    RunRecord run = *RunRecordJson::load(fixture);
    for (CallRecord& c : run.calls) {
        QString text =
            c.text + QStringLiteral(
                         "\n## Shard plan\n\n| Row | Task | Owner | Notes |\n|---|---|---|---|\n");
        for (int i = 0; i < 700; ++i)
            text +=
                QStringLiteral("| row %1 | Migrate shard %1 to the new cluster | team %2 | "
                               "verify checksums, then switch reads, then writes; 검증 완료 |\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i % 7);
        text += QStringLiteral("\n## Script\n\n```bash\n");
        for (int i = 0; i < 900; ++i)
            text +=
                QStringLiteral("echo \"step %1\" && migrate --shard %1 --verify --timeout 30s\n")
                    .arg(i, 4, 10, QLatin1Char('0'));
        c.text = text + QStringLiteral("```\n");
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString outDir = app.arguments().value(1);
    const RunRecord run =
        longComparison(QStringLiteral(CB_SOURCE_DIR "/tests/data/export/comparison-run.json"));

    struct Case
    {
        const char* name;
        ExportFormat format;
        ReportLayout layout;
    };
    const Case cases[] = {{"pdf", ExportFormat::Pdf, ReportLayout::Sequential},
                          {"pdf-side-by-side", ExportFormat::Pdf, ReportLayout::SideBySide},
                          {"md", ExportFormat::Markdown, ReportLayout::Sequential},
                          {"html", ExportFormat::Html, ReportLayout::Sequential},
                          {"json", ExportFormat::Json, ReportLayout::Sequential}};
    for (const Case& c : cases) {
        ExportOptions options;
        options.format = c.format;
        options.layout = c.layout;
        options.includePrompt = true;
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock(); // all threads of the process
        auto bytes = RunExporter::render(run, options, [&pages](int, int total) {
            pages = total;
            return true;
        });
        const qint64 ms = timer.elapsed();
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!bytes) {
            out << c.name << ": " << bytes.error().message << "\n";
            return 1;
        }
        out << c.name << ": " << ms << " ms wall, " << cpuMs << " ms CPU, " << bytes->size() / 1024
            << " KiB";
        if (pages > 0)
            out << ", " << pages << " pages";
        out << "\n";
        out.flush();
        if (!outDir.isEmpty()) {
            QDir().mkpath(outDir);
            const QString path = outDir + QStringLiteral("/report-") + QString::fromLatin1(c.name) +
                                 QLatin1Char('.') + exportFormatExtension(c.format);
            if (!RunExporter::save(*bytes, path))
                return 1;
        }
    }
    return 0;
}
