#include "formats/importers/docxxml.h"

#include <QCoreApplication>

namespace Cb::Formats {

using namespace Cb::Core;

QString DocxXml::attribute(const QXmlStreamReader& reader, QStringView localName)
{
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return QString();
}

bool DocxXml::advance(QXmlStreamReader& reader)
{
    if (reader.atEnd())
        return false;
    reader.readNext();
    if (reader.tokenType() == QXmlStreamReader::DTD) {
        reader.raiseError(QCoreApplication::translate("Cb::Formats::DocxXml", "DTD not allowed in a DOCX part"));
        return false;
    }
    return !reader.hasError() && !reader.atEnd();
}

Error DocxXml::errorOf(const QXmlStreamReader& reader, const QString& part)
{
    return Error(ErrorCode::Parse, QCoreApplication::translate("Cb::Formats::DocxXml", "%1 is malformed at line %2: %3")
                                       .arg(part)
                                       .arg(reader.lineNumber())
                                       .arg(reader.errorString()));
}

} // namespace Cb::Formats
