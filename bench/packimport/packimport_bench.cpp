// Pack panel benchmark: a folder of 1,000 files imported through the pack panel, as a drop
// would: ImportJob on a worker, batches inserted into the document through the undo stack, the
// tree, filter, duplicate marks and source watcher following. Measures wall time and the longest
// gap of a 5 ms GUI-thread timer during the import (the window's responsiveness), then the time
// to undo the whole import and to filter the result.
// Run: QT_QPA_PLATFORM=offscreen ./build/bench/cb_packimport_bench
#include "core/pack/packdocument.h"
#include "core/pack/packfiltermodel.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packpanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

namespace {

void writeTree(const QString& root, int files)
{
    for (int i = 0; i < files; ++i) {
        const QString dir = root + QStringLiteral("/d%1").arg(i % 25);
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/f%1.md").arg(i));
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray("# Note ") + QByteArray::number(i) + QByteArray("\n") +
                    QByteArray("Some meeting notes about the launch plan and its budget.\n")
                        .repeated(40));
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const int files = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    writeTree(dir.path(), files);

    Cb::Core::PackDocument document;
    document.reset({});
    Cb::Ui::PackPanel panel(&document);
    panel.resize(500, 800);
    panel.show();

    QElapsedTimer total;
    QElapsedTimer sinceTick;
    qint64 maxGap = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, sinceTick.elapsed());
        sinceTick.restart();
    });
    QObject::connect(
        panel.importer(), &Cb::Ui::PackImporter::importFinished, &app,
        [&](int imported, int failed) {
            const qint64 ms = total.elapsed();
            tick.stop();
            std::printf("pack panel import: %d files -> %d items (%d failed) in %lld ms; longest "
                        "GUI-thread gap %lld ms\n",
                        files, imported, failed, static_cast<long long>(ms),
                        static_cast<long long>(maxGap));
            QElapsedTimer t;
            t.start();
            panel.filterModel()->setFilterText(QStringLiteral("note 999"));
            std::printf("filter over %d items: %lld ms (%d section rows visible)\n",
                        document.pack().itemCount(), static_cast<long long>(t.elapsed()),
                        panel.treeView()->model()->rowCount());
            t.restart();
            panel.undoStack()->undo();
            std::printf("undo the whole import: %lld ms (%d items left)\n",
                        static_cast<long long>(t.elapsed()), document.pack().itemCount());
            app.quit();
        });
    total.start();
    sinceTick.start();
    tick.start();
    panel.importPaths({dir.path()});
    return app.exec();
}
