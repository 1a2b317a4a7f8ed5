#include "formats/importers/docxstyles.h"

#include "formats/importers/docxxml.h"

#include <QRegularExpression>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

int levelFromName(const QString& name)
{
    static const QRegularExpression heading(QStringLiteral("^heading\\s*([1-6])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = heading.match(name.trimmed()); m.hasMatch())
        return m.captured(1).toInt();
    return name.trimmed().compare(QStringLiteral("title"), Qt::CaseInsensitive) == 0 ? 1 : 0;
}

} // namespace

Result<DocxStyles> DocxStyles::parse(const QByteArray& stylesXml)
{
    DocxStyles styles;
    QHash<QString, QString> basedOn;
    QXmlStreamReader reader(stylesXml);
    QString currentId;
    while (DocxXml::advance(reader)) {
        if (DocxXml::isStart(reader, u"style")) {
            currentId = DocxXml::attribute(reader, u"styleId");
        } else if (DocxXml::isStart(reader, u"name") && !currentId.isEmpty()) {
            if (const int level = levelFromName(DocxXml::attribute(reader, u"val")))
                styles.m_levels.insert(currentId, level);
        } else if (DocxXml::isStart(reader, u"basedOn") && !currentId.isEmpty()) {
            basedOn.insert(currentId, DocxXml::attribute(reader, u"val"));
        } else if (DocxXml::isStart(reader, u"outlineLvl") && !currentId.isEmpty() &&
                   !styles.m_levels.contains(currentId)) {
            bool ok = false;
            const int outline = DocxXml::attribute(reader, u"val").toInt(&ok);
            if (ok && outline >= 0 && outline < 6)
                styles.m_levels.insert(currentId, outline + 1);
        } else if (DocxXml::isStart(reader, u"numId") && !currentId.isEmpty()) {
            styles.m_numIds.insert(currentId, DocxXml::attribute(reader, u"val"));
        } else if (DocxXml::isStart(reader, u"ilvl") && !currentId.isEmpty()) {
            styles.m_numLevels.insert(currentId,
                                      qBound(0, DocxXml::attribute(reader, u"val").toInt(), 8));
        } else if (DocxXml::isStart(reader, u"vertAlign") && !currentId.isEmpty()) {
            styles.m_vertAligns.insert(currentId, vertAlignOf(DocxXml::attribute(reader, u"val")));
        } else if (DocxXml::isStart(reader, u"rPrChange")) {
            reader.skipCurrentElement(); // formatting before a tracked change, not in force
        } else if (DocxXml::isEnd(reader, u"style")) {
            currentId.clear();
        }
    }
    if (reader.hasError())
        return fail(DocxXml::errorOf(reader, QStringLiteral("word/styles.xml")));
    // Follow basedOn chains (bounded, since a hostile file may loop).
    for (auto it = basedOn.constBegin(); it != basedOn.constEnd(); ++it) {
        QString parent = it.value();
        for (int hop = 0; hop < 10 && !styles.m_levels.contains(it.key()) && !parent.isEmpty();
             ++hop) {
            if (const int level = styles.m_levels.value(parent))
                styles.m_levels.insert(it.key(), level);
            parent = basedOn.value(parent);
        }
        parent = it.value();
        for (int hop = 0; hop < 10 && !styles.m_vertAligns.contains(it.key()) && !parent.isEmpty();
             ++hop) {
            if (const auto found = styles.m_vertAligns.constFind(parent);
                found != styles.m_vertAligns.constEnd())
                styles.m_vertAligns.insert(it.key(), *found);
            parent = basedOn.value(parent);
        }
    }
    return styles;
}

ScriptText::Kind DocxStyles::vertAlignOf(const QString& value)
{
    if (value == QStringLiteral("superscript"))
        return ScriptText::Kind::Superscript;
    if (value == QStringLiteral("subscript"))
        return ScriptText::Kind::Subscript;
    return ScriptText::Kind::None;
}

int DocxStyles::headingLevel(const QString& styleId) const
{
    if (const auto it = m_levels.constFind(styleId); it != m_levels.constEnd())
        return *it;
    static const QRegularExpression builtIn(QStringLiteral("^Heading([1-6])$"));
    if (const auto m = builtIn.match(styleId); m.hasMatch())
        return m.captured(1).toInt();
    return styleId == QStringLiteral("Title") ? 1 : 0;
}

} // namespace Cb::Formats
