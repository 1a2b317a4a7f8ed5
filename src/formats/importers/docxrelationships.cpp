#include "formats/importers/docxrelationships.h"

#include "formats/importers/docxxml.h"

namespace Cb::Formats {

using namespace Cb::Core;

Result<DocxRelationships> DocxRelationships::parse(const QByteArray& relsXml)
{
    DocxRelationships rels;
    QXmlStreamReader reader(relsXml);
    while (DocxXml::advance(reader)) {
        if (DocxXml::isStart(reader, u"Relationship") &&
            DocxXml::attribute(reader, u"Type").endsWith(QStringLiteral("/hyperlink"))) {
            rels.m_hyperlinks.insert(DocxXml::attribute(reader, u"Id"),
                                     DocxXml::attribute(reader, u"Target"));
        }
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, QStringLiteral("word/_rels/document.xml.rels")));
    return rels;
}

} // namespace Cb::Formats
