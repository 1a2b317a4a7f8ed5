#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Cb::Core {

// One source file turned into plain text (Markdown where structure exists), ready to become a
// context-pack item. A plain value: copyable, Gui-free, safe to pass between threads.
// `notes` are shown to the user (repaired encoding, pages without text, truncated parts); they
// are never silently dropped by the importer that produced them.
struct ImportedDocument
{
    QString title; // the file name, e.g. "report.pdf"
    QString text;  // the readable text; Markdown for structured formats
    QString
        format; // "text", "markdown", "code", "json", "csv", "pdf", "docx", "html", "vtt", "srt", "audio"
    QString language;     // programming language for format "code" (e.g. "cpp"), else empty
    QString sourcePath;   // absolute path of the imported file
    QDateTime modified;   // modification time of the source file
    qint64 sizeBytes = 0; // size of the source file in bytes
    QByteArray sha256;    // hex SHA-256 of the source bytes
    int pageCount = 0;    // pages for paged formats (PDF), 0 otherwise
    QStringList notes;    // visible notes about the import
    // Audio: the worker thread only checked and hashed the file; `text` is still empty and comes
    // from AudioTranscriber (network, GUI thread) before the document becomes an item.
    bool needsTranscription = false;
};

} // namespace Cb::Core
