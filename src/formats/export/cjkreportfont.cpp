#include "formats/export/cjkreportfont.h"

#include "core/common/resourcepaths.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include "cb_formats_paths.h"

namespace Cb::Formats {

namespace {

struct Registration
{
    QString family;
    QString problem;
};

const QStringList& fileNames()
{
    static const QStringList names{QStringLiteral("ContextBenchCJKKR-Regular.otf"),
                                   QStringLiteral("ContextBenchCJKKR-Bold.otf")};
    return names;
}

Registration registerFonts()
{
    const QString expected = QStringLiteral(CB_CJK_FONT_FAMILY);
    QString dir;
    for (const QString& candidate : CjkReportFont::searchDirs()) {
        if (QFileInfo::exists(candidate + QLatin1Char('/') + fileNames().first())) {
            dir = candidate;
            break;
        }
    }
    if (dir.isEmpty())
        return {
            {},
            QStringLiteral("%1 not found in %2; CJK ideographs in PDF text may read as "
                           "Kangxi radicals")
                .arg(fileNames().first(), CjkReportFont::searchDirs().join(QStringLiteral(", ")))};
    for (const QString& name : fileNames()) {
        const QString path = dir + QLatin1Char('/') + name;
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(expected))
            return {{}, QStringLiteral("%1 is not a readable %2 font").arg(path, expected)};
    }
    return {expected, {}};
}

const Registration& registration()
{
    // Function-local static: registered once, whichever thread asks first.
    static const Registration once = [] {
        Registration r = registerFonts();
        if (!r.problem.isEmpty())
            qWarning().noquote() << "PDF reports:" << r.problem;
        return r;
    }();
    return once;
}

} // namespace

QString CjkReportFont::family()
{
    return registration().family;
}

QString CjkReportFont::problem()
{
    return registration().problem;
}

QStringList CjkReportFont::searchDirs()
{
    return {Core::resourcePath(QStringLiteral("fonts")),
            QDir(QStringLiteral(CB_BUILD_RESOURCE_DIR "/fonts")).absolutePath()};
}

} // namespace Cb::Formats
