#include "importtestfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <zip.h>

namespace ImportTestFiles {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

bool writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    int error = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    // libzip reads the buffers at zip_close(), so they must outlive the loop.
    QList<QByteArray> keep;
    for (const ZipEntry& e : entries) {
        keep.append(e.bytes);
        zip_source_t* source = zip_source_buffer(archive, keep.last().constData(),
                                                 zip_uint64_t(keep.last().size()), 0);
        if (!source || zip_file_add(archive, e.name.toUtf8().constData(), source,
                                    ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

QList<ZipEntry> docxParts(const QString& bodyXml, const QString& numberingXml,
                          const QString& relsXml)
{
    const QByteArray w =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    QList<ZipEntry> parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" "
                  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/word/document.xml\" "
                  "ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  "</Types>"});
    parts.append(
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" "
         "Target=\"word/document.xml\"/></Relationships>"});
    parts.append({QStringLiteral("word/document.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + w +
                      "><w:body>" + bodyXml.toUtf8() + "</w:body></w:document>"});
    parts.append(
        {QStringLiteral("word/styles.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + w +
             ">"
             "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading "
             "1\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading "
             "2\"/></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"MyHeading\"><w:name w:val=\"My "
             "Heading\"/><w:basedOn w:val=\"Kop2\"/></w:style>"
             "</w:styles>"});
    if (!numberingXml.isEmpty()) {
        parts.append({QStringLiteral("word/numbering.xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + w + ">" +
                          numberingXml.toUtf8() + "</w:numbering>"});
    }
    if (!relsXml.isEmpty()) {
        parts.append({QStringLiteral("word/_rels/document.xml.rels"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                      "<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                          relsXml.toUtf8() + "</Relationships>"});
    }
    return parts;
}

bool writePdf(const QString& path, const QStringList& pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font = painter.font();
    font.setPointSize(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QStringList lines = pages.at(i).split(QLatin1Char('\n'));
        for (qsizetype l = 0; l < lines.size(); ++l)
            painter.drawText(QPointF(72, 100 + 20 * l), lines.at(l));
    }
    return painter.end();
}

bool writeImageOnlyPdf(const QString& path, int pages)
{
    QPdfWriter writer(path);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRect(100, 100, 2000, 1500), Qt::darkGray);
    }
    return painter.end();
}

} // namespace ImportTestFiles
