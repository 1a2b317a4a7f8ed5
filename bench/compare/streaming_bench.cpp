// Measures what one frame of streaming costs in a comparison column: MarkdownStreamView gets
// the answer so far (256 more characters per flush) and repaints. The cost must stay flat as
// the answer grows (finished blocks are never re-parsed); a whole-document setMarkdown is
// timed beside it for reference (up to 100 KB: at 1 MB it takes seconds). Times are the GUI
// thread's CPU time, so other processes on a shared machine do not inflate them.
#include "ui/compare/markdownstreamview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTextStream>

#include <algorithm>

#include <time.h>

namespace {

QString plan(int i)
{
    return QStringLiteral("## Step %1: migrate the billing service\n\n"
                          "The team moves **billing** to the new queue in week %1, after the load test. "
                          "Owners keep the old path alive for a week so rollback stays cheap.\n\n"
                          "- Freeze schema changes\n- Dual-write for seven days\n- Compare totals nightly\n\n"
                          "| Week | Milestone | Owner |\n|---|---|---|\n| %1 | Cut-over | Dana |\n\n"
                          "```bash\n./migrate.sh --service billing --week %1\n```\n\n")
        .arg(i);
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[qsizetype(p * double(v.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QString text;
    for (int i = 0; text.size() < 1100 * 1024; ++i)
        text += plan(i);

    Cb::Ui::MarkdownStreamView view;
    view.resize(480, 900);
    view.show();
    QTextStream out(stdout);
    out << "size_kb  flush_p50_ms  flush_p99_ms  full_setMarkdown_ms\n";
    const int step = 256;
    qsizetype fed = 0;
    for (int targetKb : {10, 100, 1024}) {
        // Stream up to the target size, then time 200 flushes there.
        while (fed < qsizetype(targetKb) * 1024) {
            fed += 4096;
            view.setMarkdownText(text.left(fed));
        }
        QList<double> samples;
        for (int i = 0; i < 200; ++i) {
            fed += step;
            const QString next = text.left(fed);
            const double start = cpuMs();
            view.setMarkdownText(next);
            view.viewport()->repaint();
            samples.append(cpuMs() - start);
        }
        double full = -1;
        if (targetKb <= 100) {
            QTextBrowser whole;
            whole.resize(480, 900);
            const double start = cpuMs();
            whole.setMarkdown(text.left(fed));
            whole.document()->documentLayout()->documentSize(); // force the layout
            full = cpuMs() - start;
        }
        out << qSetFieldWidth(7) << targetKb << qSetFieldWidth(14) << QString::number(percentile(samples, 0.5), 'f', 2)
            << QString::number(percentile(samples, 0.99), 'f', 2) << qSetFieldWidth(21) << (full < 0 ? QStringLiteral("-") : QString::number(full, 'f', 1))
            << qSetFieldWidth(0) << "\n";
        out.flush();
    }
    return 0;
}
