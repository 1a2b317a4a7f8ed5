#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Cb::Formats {

// The external hyperlink targets of word/_rels/document.xml.rels, by relationship id.
// Only the URL text is kept; nothing is ever followed. A value.
class DocxRelationships
{
public:
    static Core::Result<DocxRelationships> parse(const QByteArray& relsXml);

    QString hyperlink(const QString& id) const { return m_hyperlinks.value(id); }

private:
    QHash<QString, QString> m_hyperlinks;
};

} // namespace Cb::Formats
