#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Cb::Core {

// One piece of context: an imported document (text snapshot + where it came from) or a note
// typed in the app. A plain value; PackDocument owns the live copies.
struct PackItem
{
    enum class Kind { Document, Note };

    QString id; // stable across saves (UUID without braces)
    Kind kind = Kind::Note;
    QString title;
    QString text; // the snapshot that goes into the prompt
    bool enabled = true;
    QStringList tags;
    QString format;   // "markdown", "pdf", "docx", "code", "vtt", "note", ...
    QString language; // for code
    // Documents only: where the snapshot came from. sourcePath is absolute in memory; PackFile
    // stores it relative to the pack file where possible.
    QString sourcePath;
    QDateTime sourceModified;
    QString sourceSha256;
    qint64 sourceBytes = 0;
    QStringList notes; // visible import notes ("invalid UTF-8 repaired at byte 120")
    QJsonObject extra;       // unknown fields from a newer file, kept on save
    QJsonObject sourceExtra; // likewise inside "source"

    static PackItem note(const QString& title, const QString& text);
    static QString newId();

    // sha256 of the text snapshot: the key for token-count caches and duplicate detection.
    QByteArray contentHash() const;
    // Size of the text in UTF-8 (what reaches the prompt), counted without converting it.
    qint64 textBytes() const;
    bool isDocument() const { return kind == Kind::Document; }
};

} // namespace Cb::Core
