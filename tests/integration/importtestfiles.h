#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <ostream>

// Readable QString values in gtest failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

// Helpers for the importer tests: write files, build ZIP containers (DOCX) with libzip,
// write multi-page PDFs with QPdfWriter.
namespace ImportTestFiles {

void writeFile(const QString& path, const QByteArray& bytes);

struct ZipEntry
{
    QString name;
    QByteArray bytes;
};
// Deflates every entry. Returns false when libzip refused.
bool writeZip(const QString& path, const QList<ZipEntry>& entries);

// A minimal but complete DOCX around the given body XML (the inside of <w:body>).
QList<ZipEntry> docxParts(const QString& bodyXml, const QString& numberingXml = QString(),
                          const QString& relsXml = QString());

// One text block per page, drawn with QPainter; an empty string leaves the page without text.
bool writePdf(const QString& path, const QStringList& pages);
// Pages that hold only a filled rectangle: no text layer anywhere.
bool writeImageOnlyPdf(const QString& path, int pages);

} // namespace ImportTestFiles
