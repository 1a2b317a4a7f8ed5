#pragma once

#include "core/common/result.h"

#include <QXmlStreamReader>

namespace Cb::Formats {

// Small helpers shared by the DOCX part parsers. OOXML comes in two namespaces (transitional
// and strict) with the same local names, so elements and attributes are matched by local name.
class DocxXml
{
public:
    // The attribute with this local name (w:val, r:id, ...), empty when absent.
    static QString attribute(const QXmlStreamReader& reader, QStringView localName);

    static bool isStart(const QXmlStreamReader& reader, QStringView localName)
    {
        return reader.isStartElement() && reader.name() == localName;
    }
    static bool isEnd(const QXmlStreamReader& reader, QStringView localName)
    {
        return reader.isEndElement() && reader.name() == localName;
    }

    // Reads the next token, refusing DTDs: a DOCX part never needs one, and a DTD is how
    // entity-expansion attacks start.
    static bool advance(QXmlStreamReader& reader);

    // An error for a reader that stopped on malformed XML or a DTD; `part` names the part.
    static Core::Error errorOf(const QXmlStreamReader& reader, const QString& part);
};

} // namespace Cb::Formats
