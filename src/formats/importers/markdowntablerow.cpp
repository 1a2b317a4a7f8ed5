#include "formats/importers/markdowntablerow.h"

namespace Cb::Formats {

QString markdownTableRow(QStringList cells, qsizetype columns)
{
    while (cells.size() < columns)
        cells.append(QString());
    for (QString& c : cells)
        c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

} // namespace Cb::Formats
