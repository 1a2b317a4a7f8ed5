#include "formats/importers/pdfimporter.h"

#include "core/importing/sourcefile.h"
#include "formats/importers/pdfpageworkers.h"

#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QThread>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

// pdfium ends lines with CRLF, marks soft hyphens with U+0002 and pads with spaces.
QString cleanPageText(QString text)
{
    static const QRegularExpression controls(
        QStringLiteral("[\\x{0000}-\\x{0008}\\x{000B}\\x{000E}-\\x{001F}\\x{FFFE}\\x{FFFF}]"));
    static const QRegularExpression trailingSpaces(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression manyBlankLines(QStringLiteral("\\n{3,}"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(controls);
    text.replace(trailingSpaces, QStringLiteral("\n"));
    text.replace(manyBlankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

QString pageList(const QList<int>& pages)
{
    QStringList parts;
    for (qsizetype i = 0; i < pages.size() && i < 20; ++i)
        parts << QString::number(pages.at(i));
    if (pages.size() > 20)
        parts << QStringLiteral("… (%1 in all)").arg(pages.size());
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList PdfImporter::suffixes() const
{
    return {QStringLiteral("pdf")};
}

PdfImporter::PdfImporter() = default;

PdfImporter::PdfImporter(Parallelism parallelism) : m_parallelism(parallelism) {}

int PdfImporter::workerProcesses(int pageCount) const
{
    if (pageCount < m_parallelism.minPages)
        return 0;
    const int wanted =
        m_parallelism.processes > 0 ? m_parallelism.processes : QThread::idealThreadCount();
    return qBound(1, qMin(wanted, pageCount / qMax(1, m_parallelism.minPagesPerProcess)), 16);
}

QString PdfImporter::pageMarker(int pageNumber)
{
    return QStringLiteral("--- Page %1 ---").arg(pageNumber);
}

Result<ImportedDocument> PdfImporter::importFile(const QString& path, const ImportOptions& options,
                                                 const CancelToken& cancel) const
{
    auto info = SourceFile::inspect(path, options.maxFileBytes);
    if (!info)
        return fail(info.error());
    auto sha = SourceFile::sha256Hex(info->absolutePath);
    if (!sha)
        return fail(sha.error());
    ImportedDocument doc = SourceFile::documentFor(*info, *sha);
    doc.format = QStringLiteral("pdf");

    QPdfDocument pdf;
    switch (pdf.load(info->absolutePath)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("Cb::Formats::PdfImporter", "%1 is password-protected; remove the password and import it again")
                .arg(info->fileName));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate("Cb::Formats::PdfImporter", "%1 uses an unsupported encryption scheme")
                        .arg(info->fileName));
    case QPdfDocument::Error::FileNotFound:
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Formats::PdfImporter", "File not found: %1")
                        .arg(info->absolutePath));
    default:
        return fail(
            ErrorCode::Parse,
            QCoreApplication::translate("Cb::Formats::PdfImporter", "%1 is not a readable PDF (damaged or not a PDF)")
                .arg(info->fileName));
    }

    doc.pageCount = pdf.pageCount();
    if (doc.pageCount <= 0)
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Formats::PdfImporter", "%1 has no pages").arg(info->fileName));
    QStringList texts(doc.pageCount);
    QList<bool> read(doc.pageCount, false);
    int done = 0;
    auto pageRead = [&](int index, const QString& rawText) {
        if (read[index])
            return;
        read[index] = true;
        texts[index] = cleanPageText(rawText);
        if (options.pageProgress)
            options.pageProgress(++done, doc.pageCount);
    };
    const int processes = workerProcesses(doc.pageCount);
    const QString helper = processes > 0 ? PdfPageWorkers::helperPath() : QString();
    if (!helper.isEmpty() && !cancel.isCancelled() &&
        !PdfPageWorkers::run(helper, info->absolutePath, doc.pageCount, processes, cancel,
                             pageRead))
        return fail(
            ErrorCode::Cancelled,
            QCoreApplication::translate("Cb::Formats::PdfImporter", "Import of %1 cancelled at page %2")
                .arg(info->fileName).arg(done + 1));
    // Here, in this process: short documents, and any page a worker process did not deliver.
    for (int page = 0; page < doc.pageCount; ++page) {
        if (read[page])
            continue;
        if (cancel.isCancelled())
            return fail(ErrorCode::Cancelled,
                        QCoreApplication::translate("Cb::Formats::PdfImporter", "Import of %1 cancelled at page %2")
                                                  .arg(info->fileName)
                                                  .arg(page + 1));
        pageRead(page, pdf.getAllText(page).text());
    }
    QStringList parts;
    QList<int> emptyPages;
    for (int page = 0; page < doc.pageCount; ++page) {
        if (texts[page].isEmpty())
            emptyPages.append(page + 1);
        parts << pageMarker(page + 1) + QStringLiteral("\n\n") + texts[page];
    }
    if (emptyPages.size() == doc.pageCount) {
        return fail(
            ErrorCode::Unsupported,
            QStringLiteral(
                "%1 has no text layer (%2 page(s), probably scanned images); run OCR on it first")
                .arg(info->fileName)
                .arg(doc.pageCount));
    }
    if (!emptyPages.isEmpty())
        doc.notes << QCoreApplication::translate("Cb::Formats::PdfImporter", "PDF page(s) %1 have no text layer (images only?).")
                         .arg(pageList(emptyPages));
    doc.text = parts.join(QStringLiteral("\n\n"));
    return doc;
}

} // namespace Cb::Formats
