#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"
#include "importtestfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using ImportTestFiles::writeFile;

namespace {

class ImportJobTest : public ::testing::Test
{
protected:
    QString path(const QString& rel) const { return m_dir.filePath(rel); }

    void TearDown() override
    {
        // Workers of deleted jobs must end before the temporary folder goes away.
        QThreadPool::globalInstance()->waitForDone();
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const ImporterRegistry> m_registry = std::make_shared<ImporterRegistry>();
};

} // namespace

TEST_F(ImportJobTest, foldersAndFiles_reportDocumentsSkipsAndFailures)
{
    writeFile(path(QStringLiteral("proj/.gitignore")), "out/\n*.tmp\n");
    writeFile(path(QStringLiteral("proj/README.md")), "# Readme\n");
    writeFile(path(QStringLiteral("proj/src/app.py")), "print(1)\n");
    writeFile(path(QStringLiteral("proj/src/.gitignore")), "secret.py\n");
    writeFile(path(QStringLiteral("proj/src/secret.py")), "KEY=1\n");
    writeFile(path(QStringLiteral("proj/out/build.txt")), "x\n");
    writeFile(path(QStringLiteral("proj/cache.tmp")), "x\n");
    writeFile(path(QStringLiteral("proj/yarn.lock")), "x\n");
    writeFile(path(QStringLiteral("proj/logo.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    writeFile(path(QStringLiteral("proj/broken.pdf")), "%PDF-1.4 nothing else\n");
    writeFile(path(QStringLiteral("single.srt")), "1\n00:00:01,000 --> 00:00:02,000\nHi\n");

    ImportJob job(m_registry);
    QSignalSpy progress(&job, &ImportJob::progressChanged);
    QSignalSpy imported(&job, &ImportJob::documentImported);
    QSignalSpy failedFiles(&job, &ImportJob::fileFailed);
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy failed(&job, &ImportJob::failed);
    ASSERT_TRUE(job.start({path(QStringLiteral("proj")), path(QStringLiteral("single.srt")),
                           path(QStringLiteral("proj/README.md"))}));
    EXPECT_FALSE(job.start({}));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_FALSE(job.isRunning());

    const ImportReport report = finished.first().first().value<ImportReport>();
    QStringList titles;
    for (const ImportedDocument& d : report.documents)
        titles << d.title;
    // The README named twice (inside the folder and on its own) is imported once.
    EXPECT_EQ(titles, (QStringList{QStringLiteral(".gitignore"), QStringLiteral("README.md"),
                                   QStringLiteral(".gitignore"), QStringLiteral("app.py"),
                                   QStringLiteral("single.srt")}));
    EXPECT_EQ(imported.count(), 5);
    ASSERT_EQ(report.failed.size(), 1);
    EXPECT_EQ(failedFiles.count(), 1);
    EXPECT_TRUE(report.failed.first().path.endsWith(QStringLiteral("broken.pdf")));
    EXPECT_EQ(report.failed.first().code, ErrorCode::Parse);

    QHash<QString, QString> reasons;
    for (const ImportIssue& issue : report.skipped)
        reasons.insert(QFileInfo(issue.path).fileName(), issue.reason);
    EXPECT_EQ(reasons.value(QStringLiteral("out")),
              QStringLiteral("ignored by .gitignore (pattern 'out/')"));
    EXPECT_EQ(reasons.value(QStringLiteral("cache.tmp")),
              QStringLiteral("ignored by .gitignore (pattern '*.tmp')"));
    EXPECT_EQ(reasons.value(QStringLiteral("secret.py")),
              QStringLiteral("ignored by src/.gitignore (pattern 'secret.py')"));
    EXPECT_EQ(reasons.value(QStringLiteral("yarn.lock")), QStringLiteral("lock file"));
    EXPECT_EQ(reasons.value(QStringLiteral("logo.png")), QStringLiteral("binary file (PNG image)"));

    // Progress counts up to total and ends at total/total.
    ASSERT_FALSE(progress.isEmpty());
    int last = -1;
    for (const QList<QVariant>& args : progress) {
        EXPECT_GE(args.at(0).toInt(), last);
        last = args.at(0).toInt();
        EXPECT_EQ(args.at(1).toInt(), 6);
    }
    EXPECT_EQ(progress.last().at(0).toInt(), 6);
}

TEST_F(ImportJobTest, cancel_endsWithCancelledFailureAndKeepsWhatArrived)
{
    for (int i = 0; i < 300; ++i)
        writeFile(path(QStringLiteral("many/file%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                  QByteArray(2000, 'a'));
    ImportJob job(m_registry);
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy failed(&job, &ImportJob::failed);
    QSignalSpy imported(&job, &ImportJob::documentImported);
    ASSERT_TRUE(job.start({path(QStringLiteral("many"))}));
    job.cancel();
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(finished.count(), 0);
    const Error error = failed.first().first().value<Error>();
    EXPECT_EQ(error.code, ErrorCode::Cancelled);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("Import cancelled after")));
    EXPECT_EQ(job.report().documents.size(), imported.count());
    EXPECT_LT(job.report().documents.size(), 300);
}

TEST_F(ImportJobTest, cancelDuringLongPdf_stopsInsideTheDocument)
{
    const QString pdf = path(QStringLiteral("long.pdf"));
    ASSERT_TRUE(
        ImportTestFiles::writePdf(pdf, QStringList(400, QStringLiteral("Line of text on a page"))));
    ImportJob job(m_registry);
    QSignalSpy failed(&job, &ImportJob::failed);
    QSignalSpy imported(&job, &ImportJob::documentImported);
    // Cancel as soon as the job says it started the PDF: the worker is then inside it.
    QObject::connect(&job, &ImportJob::progressChanged, &job, [&job](int done) {
        if (done == 0)
            job.cancel();
    });
    ASSERT_TRUE(job.start({pdf}));
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(failed.first().first().value<Error>().code, ErrorCode::Cancelled);
    EXPECT_EQ(imported.count(), 0);
}

TEST_F(ImportJobTest, multiPagePdf_reportsEveryPageInOrderBeforeTheDocument)
{
    const QString pdf = path(QStringLiteral("report.pdf"));
    QStringList pages;
    for (int i = 1; i <= 12; ++i)
        pages << QStringLiteral("Page body %1").arg(i);
    ASSERT_TRUE(ImportTestFiles::writePdf(pdf, pages));
    writeFile(path(QStringLiteral("notes.md")), "# Notes\n");

    ImportJob job(m_registry);
    QList<std::pair<int, int>> seen;
    QStringList pagePaths;
    bool documentBeforeLastPage = false;
    QObject::connect(&job, &ImportJob::pageProgressChanged, &job,
                     [&](int page, int pageCount, const QString& file) {
                         seen.append({page, pageCount});
                         pagePaths.append(file);
                     });
    QObject::connect(&job, &ImportJob::documentImported, &job,
                     [&](const ImportedDocument& d) {
                         if (d.format == QLatin1String("pdf") && seen.size() < 12)
                             documentBeforeLastPage = true;
                     });
    QSignalSpy finished(&job, &ImportJob::finished);
    ASSERT_TRUE(job.start({pdf, path(QStringLiteral("notes.md"))}));
    ASSERT_TRUE(finished.wait(30000));

    // One report per page of the PDF, none for the Markdown file.
    ASSERT_EQ(seen.size(), 12);
    for (int i = 0; i < 12; ++i)
        EXPECT_EQ(seen[i], std::make_pair(i + 1, 12));
    EXPECT_EQ(pagePaths.removeDuplicates(), 11);
    EXPECT_EQ(QFileInfo(pagePaths.value(0)).fileName(), QStringLiteral("report.pdf"));
    EXPECT_FALSE(documentBeforeLastPage);
    EXPECT_EQ(job.report().documents.size(), 2);
}

TEST_F(ImportJobTest, deletedWhileRunning_doesNotCrashOrSignal)
{
    for (int i = 0; i < 50; ++i)
        writeFile(path(QStringLiteral("d/f%1.md").arg(i)), "text\n");
    auto* job = new ImportJob(m_registry);
    ASSERT_TRUE(job->start({path(QStringLiteral("d"))}));
    delete job;
    QThreadPool::globalInstance()->waitForDone();
    SUCCEED();
}
