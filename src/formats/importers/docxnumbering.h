#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Cb::Formats {

// List definitions from word/numbering.xml: for a numId and level, whether items are numbered
// (decimal, letters, roman) or bulleted, and the start value. A value; thread-safe for const use.
class DocxNumbering
{
public:
    static Core::Result<DocxNumbering> parse(const QByteArray& numberingXml);

    // Unknown lists count as bulleted: the text survives either way.
    bool isOrdered(const QString& numId, int level) const;
    int start(const QString& numId, int level) const;

private:
    struct Level
    {
        bool ordered = false;
        int start = 1;
    };
    using Levels = QHash<int, Level>;

    const Level* level(const QString& numId, int level) const;

    QHash<QString, Levels> m_abstract;       // abstractNumId → levels
    QHash<QString, QString> m_numToAbstract; // numId → abstractNumId
};

} // namespace Cb::Formats
