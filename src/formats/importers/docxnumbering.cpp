#include "formats/importers/docxnumbering.h"

#include "formats/importers/docxxml.h"

namespace Cb::Formats {

using namespace Cb::Core;

Result<DocxNumbering> DocxNumbering::parse(const QByteArray& numberingXml)
{
    DocxNumbering numbering;
    QXmlStreamReader reader(numberingXml);
    QString abstractId;
    QString numId;
    int levelIndex = -1;
    while (DocxXml::advance(reader)) {
        if (DocxXml::isStart(reader, u"abstractNum")) {
            abstractId = DocxXml::attribute(reader, u"abstractNumId");
        } else if (DocxXml::isEnd(reader, u"abstractNum")) {
            abstractId.clear();
        } else if (DocxXml::isStart(reader, u"lvl") && !abstractId.isEmpty()) {
            levelIndex = DocxXml::attribute(reader, u"ilvl").toInt();
            numbering.m_abstract[abstractId][levelIndex] = Level();
        } else if (DocxXml::isEnd(reader, u"lvl")) {
            levelIndex = -1;
        } else if (DocxXml::isStart(reader, u"numFmt") && levelIndex >= 0 &&
                   !abstractId.isEmpty()) {
            const QString format = DocxXml::attribute(reader, u"val");
            numbering.m_abstract[abstractId][levelIndex].ordered =
                format != QStringLiteral("bullet") && format != QStringLiteral("none") &&
                !format.isEmpty();
        } else if (DocxXml::isStart(reader, u"start") && levelIndex >= 0 && !abstractId.isEmpty()) {
            numbering.m_abstract[abstractId][levelIndex].start =
                DocxXml::attribute(reader, u"val").toInt();
        } else if (DocxXml::isStart(reader, u"num")) {
            numId = DocxXml::attribute(reader, u"numId");
        } else if (DocxXml::isStart(reader, u"abstractNumId") && !numId.isEmpty()) {
            numbering.m_numToAbstract.insert(numId, DocxXml::attribute(reader, u"val"));
        } else if (DocxXml::isEnd(reader, u"num")) {
            numId.clear();
        }
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, QStringLiteral("word/numbering.xml")));
    return numbering;
}

const DocxNumbering::Level* DocxNumbering::level(const QString& numId, int levelIndex) const
{
    const auto abstractIt = m_numToAbstract.constFind(numId);
    if (abstractIt == m_numToAbstract.constEnd())
        return nullptr;
    const auto levelsIt = m_abstract.constFind(*abstractIt);
    if (levelsIt == m_abstract.constEnd())
        return nullptr;
    const auto levelIt = levelsIt->constFind(levelIndex);
    return levelIt == levelsIt->constEnd() ? nullptr : &*levelIt;
}

bool DocxNumbering::isOrdered(const QString& numId, int levelIndex) const
{
    const Level* l = level(numId, levelIndex);
    return l && l->ordered;
}

int DocxNumbering::start(const QString& numId, int levelIndex) const
{
    const Level* l = level(numId, levelIndex);
    return l ? l->start : 1;
}

} // namespace Cb::Formats
