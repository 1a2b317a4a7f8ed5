#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Cb::Formats {

// Footnotes and endnotes of a DOCX (word/footnotes.xml, word/endnotes.xml) as Markdown
// footnotes. A reference in the text becomes a marker numbered by first reference — "[^1]" for
// footnotes, "[^e1]" for endnotes, so the two never collide — and definitions() lists the notes
// in that order ("[^1]: text"), then any note nothing refers to, so no note is lost.
// A value filled while the document is converted; not shared between threads.
class DocxNotes
{
public:
    enum class Kind
    {
        Footnote,
        Endnote
    };

    // A note read from its part, in part order; `markdown` is its converted body.
    void add(Kind kind, const QString& id, const QString& markdown);
    bool isEmpty() const { return m_notes[0].order.isEmpty() && m_notes[1].order.isEmpty(); }

    // The marker for a reference in the text; empty (and remembered as a warning) when the note
    // is not in its part.
    QString reference(Kind kind, const QString& id);

    // The definitions block for the end of the item, empty when there are no notes.
    QString definitions() const;
    QStringList warnings() const;

    // Drawings inside notes that are not included (counted with the body's).
    int drawings = 0;

private:
    struct Notes
    {
        QStringList order;            // ids in part order
        QHash<QString, QString> text; // id → Markdown
        QHash<QString, int> number;   // id → number given at its first reference
        QStringList referenced;       // ids in order of first reference
        QStringList missing;          // referenced ids with no note
    };
    static QString marker(Kind kind, int number);

    Notes m_notes[2];
};

} // namespace Cb::Formats
