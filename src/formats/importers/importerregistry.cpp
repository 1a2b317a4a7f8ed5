#include "formats/importers/importerregistry.h"

#include "core/importing/binarysniffer.h"
#include "core/importing/sourcefile.h"
#include "formats/importers/audioimporter.h"
#include "formats/importers/docximporter.h"
#include "formats/importers/htmlimporter.h"
#include "formats/importers/pdfimporter.h"
#include "formats/importers/plaintextimporter.h"
#include "formats/importers/transcriptimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Cb::Formats {

using namespace Cb::Core;

ImporterRegistry::ImporterRegistry()
{
    auto plain = std::make_unique<PlainTextImporter>();
    m_plainText = plain.get();
    add(std::move(plain));
    auto pdf = std::make_unique<PdfImporter>();
    m_pdf = pdf.get();
    add(std::move(pdf));
    // Added after the plain-text table so their claims win (e.g. "svg" stays text, "html" does
    // not).
    add(std::make_unique<DocxImporter>());
    add(std::make_unique<HtmlImporter>());
    add(std::make_unique<TranscriptImporter>());
    add(std::make_unique<AudioImporter>());
}

ImporterRegistry::~ImporterRegistry() = default;

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    const QStringList suffixes = importer->suffixes();
    for (const QString& suffix : suffixes)
        m_bySuffix.insert(suffix, importer.get());
    m_importers.push_back(std::move(importer));
}

QSet<QString> ImporterRegistry::binarySuffixes() const
{
    QSet<QString> out;
    for (const auto& importer : m_importers) {
        if (importer->readsBinaryFiles()) {
            const QStringList suffixes = importer->suffixes();
            for (const QString& s : suffixes)
                out.insert(s);
        }
    }
    return out;
}

QStringList ImporterRegistry::supportedSuffixes() const
{
    QStringList out = m_bySuffix.keys();
    out.sort();
    return out;
}

Result<const Importer*> ImporterRegistry::choose(const QString& path, const QString& suffix) const
{
    if (const auto it = m_bySuffix.constFind(suffix); it != m_bySuffix.constEnd())
        return *it;
    const QByteArray head = BinarySniffer::readHead(path);
    if (head.startsWith("%PDF-"))
        return m_pdf;
    if (const auto kind = BinarySniffer::binaryKind(head)) {
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate("Cb::Formats::ImporterRegistry", "%1 is a binary file (%2) and cannot be imported as text")
                        .arg(QFileInfo(path).fileName(), *kind));
    }
    return m_plainText;
}

Result<ImportedDocument> ImporterRegistry::importFile(const QString& path,
                                                      const ImportOptions& options,
                                                      const CancelToken& cancel) const
{
    auto info = SourceFile::inspect(path, options.maxFileBytes);
    if (!info)
        return fail(info.error());
    if (cancel.isCancelled())
        return fail(CancelToken::cancelledError());
    auto importer = choose(info->absolutePath, info->suffix);
    if (!importer)
        return fail(importer.error());
    return (*importer)->importFile(info->absolutePath, options, cancel);
}

} // namespace Cb::Formats
