#include "formats/importers/safezipreader.h"

#include <QCoreApplication>

#include "core/importing/sourcefile.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

constexpr qint64 kRatioCheckFloor =
    1024 * 1024; // small entries may compress very well legitimately

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

void SafeZipReader::Closer::operator()(zip* archive) const
{
    zip_discard(archive);
}

SafeZipReader::SafeZipReader(zip* archive, const ImportOptions& limits, QString fileName)
    : m_archive(archive), m_limits(limits), m_fileName(std::move(fileName))
{
}

SafeZipReader::SafeZipReader(SafeZipReader&&) noexcept = default;
SafeZipReader& SafeZipReader::operator=(SafeZipReader&&) noexcept = default;
SafeZipReader::~SafeZipReader() = default;

bool SafeZipReader::isSafeEntryName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false; // "C:..." is absolute on Windows
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QStringLiteral(".."))
            return false;
    }
    return true;
}

Result<SafeZipReader> SafeZipReader::open(const QString& path, const ImportOptions& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    int errorCode = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &errorCode);
    if (!archive) {
        return fail(ErrorCode::Parse, QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 is not a readable ZIP container: %2")
                                          .arg(fileName, zipErrorText(errorCode)));
    }
    SafeZipReader reader(archive, limits, fileName);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > limits.maxArchiveEntries) {
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 has %2 entries, more than the limit of %3")
                        .arg(fileName)
                        .arg(count)
                        .arg(limits.maxArchiveEntries));
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0)
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 has a damaged entry #%2").arg(fileName).arg(i));
        const QString name = QString::fromUtf8(st.name ? st.name : "");
        if (!isSafeEntryName(name))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 contains an unsafe entry name \"%2\"; refused")
                            .arg(fileName, name));
        const auto size = qint64(st.size);
        const auto compressed = qint64(st.comp_size);
        if (size > limits.maxArchiveEntryBytes) {
            return fail(
                ErrorCode::TooLarge,
                QCoreApplication::translate("Cb::Formats::SafeZipReader",
                                            "%1: entry \"%2\" unpacks to %3, over the limit of %4")
                    .arg(fileName, name, SourceFile::humanSize(size),
                         SourceFile::humanSize(limits.maxArchiveEntryBytes)));
        }
        if (size > kRatioCheckFloor && size > compressed * limits.maxCompressionRatio) {
            return fail(ErrorCode::TooLarge,
                        QCoreApplication::translate(
                            "Cb::Formats::SafeZipReader",
                            "%1: entry \"%2\" expands %3 times (ZIP bomb?); refused")
                            .arg(fileName, name)
                            .arg(compressed > 0 ? size / compressed : size));
        }
        total += size;
        if (total > limits.maxArchiveTotalBytes) {
            return fail(ErrorCode::TooLarge,
                        QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 unpacks to more than %2; refused")
                            .arg(fileName, SourceFile::humanSize(limits.maxArchiveTotalBytes)));
        }
    }
    return reader;
}

bool SafeZipReader::contains(const QString& name) const
{
    return zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> SafeZipReader::read(const QString& name) const
{
    const zip_int64_t index = zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0);
    if (index < 0)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1 has no \"%2\"").arg(m_fileName, name));
    zip_stat_t st;
    zip_stat_init(&st);
    zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &st);
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(m_archive.get(), zip_uint64_t(index), 0), zip_fclose);
    if (!file) {
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Formats::SafeZipReader", "%1: cannot open \"%2\": %3")
                        .arg(m_fileName, name, QString::fromUtf8(zip_strerror(m_archive.get()))));
    }
    // The real inflated size is enforced here; the declared one was only a first filter.
    const qint64 limit =
        qMin(m_limits.maxArchiveEntryBytes,
             qMax<qint64>(kRatioCheckFloor, qint64(st.comp_size) * m_limits.maxCompressionRatio));
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0) {
            return fail(
                ErrorCode::Parse,
                QStringLiteral("%1: \"%2\" is damaged: %3")
                    .arg(m_fileName, name, QString::fromUtf8(zip_file_strerror(file.get()))));
        }
        if (n == 0)
            break;
        if (out.size() + n > limit) {
            return fail(ErrorCode::TooLarge,
                        QStringLiteral("%1: \"%2\" inflates past %3 (ZIP bomb?); refused")
                            .arg(m_fileName, name, SourceFile::humanSize(limit)));
        }
        out.append(buffer, qsizetype(n));
    }
    return out;
}

} // namespace Cb::Formats
