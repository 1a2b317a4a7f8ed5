#include "core/importing/folderscanner.h"

#include <QCoreApplication>

#include "core/importing/binarysniffer.h"
#include "core/importing/sourcefile.h"
#include "core/importing/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Cb::Core {

namespace {

QString joinRelative(const QString& folder, const QString& name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

} // namespace

FolderScanner::FolderScanner(ImportOptions options, QSet<QString> binarySuffixesAllowed)
    : m_options(options), m_binarySuffixesAllowed(std::move(binarySuffixesAllowed))
{
}

bool FolderScanner::isLockFile(const QString& fileName)
{
    // Generated dependency pins: long, machine-written and useless as context.
    static const QSet<QString> names = {
        QStringLiteral("package-lock.json"),
        QStringLiteral("npm-shrinkwrap.json"),
        QStringLiteral("yarn.lock"),
        QStringLiteral("pnpm-lock.yaml"),
        QStringLiteral("bun.lockb"),
        QStringLiteral("Cargo.lock"),
        QStringLiteral("poetry.lock"),
        QStringLiteral("Pipfile.lock"),
        QStringLiteral("pdm.lock"),
        QStringLiteral("uv.lock"),
        QStringLiteral("Gemfile.lock"),
        QStringLiteral("composer.lock"),
        QStringLiteral("go.sum"),
        QStringLiteral("flake.lock"),
        QStringLiteral("mix.lock"),
        QStringLiteral("pubspec.lock"),
        QStringLiteral("Podfile.lock"),
        QStringLiteral("packages.lock.json"),
        QStringLiteral("gradle.lockfile"),
        QStringLiteral("conan.lock"),
    };
    return names.contains(fileName);
}

bool FolderScanner::isSecretFile(const QString& fileName)
{
    static const QSet<QString> names = {
        QStringLiteral(".env"),     QStringLiteral("id_rsa"),     QStringLiteral("id_dsa"),
        QStringLiteral("id_ecdsa"), QStringLiteral("id_ed25519"), QStringLiteral(".netrc"),
        QStringLiteral(".pgpass"),  QStringLiteral(".npmrc"),     QStringLiteral(".pypirc"),
    };
    static const QSet<QString> suffixes = {
        QStringLiteral("pem"),  QStringLiteral("key"), QStringLiteral("p12"),
        QStringLiteral("pfx"),  QStringLiteral("jks"), QStringLiteral("keystore"),
        QStringLiteral("kdbx"),
    };
    const QString lower = fileName.toLower();
    if (names.contains(lower))
        return true;
    if (lower.startsWith(QStringLiteral(".env."))) {
        // Templates are meant to be shared and hold no values.
        const QString variant = lower.mid(5);
        return variant != QStringLiteral("example") && variant != QStringLiteral("sample") &&
               variant != QStringLiteral("template") && variant != QStringLiteral("dist");
    }
    const qsizetype dot = lower.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && suffixes.contains(lower.mid(dot + 1));
}

FolderScanner::ScanResult FolderScanner::scan(const QString& root, const CancelToken& cancel) const
{
    ScanResult result;
    const QFileInfo info(root);
    if (!info.isDir()) {
        result.skipped.append(
            {root, ErrorCode::NotFound,
             QCoreApplication::translate("Cb::Core::FolderScanner", "not a folder")});
        return result;
    }
    scanFolder(info.absoluteFilePath(), QString(), GitignoreMatcher(), cancel, result);
    return result;
}

void FolderScanner::scanFolder(const QString& absolute, const QString& relative,
                               GitignoreMatcher matcher, const CancelToken& cancel,
                               ScanResult& result) const
{
    if (cancel.isCancelled()) {
        result.cancelled = true;
        return;
    }
    const QDir dir(absolute);
    if (m_options.respectGitignore && dir.exists(QStringLiteral(".gitignore"))) {
        QFile file(dir.filePath(QStringLiteral(".gitignore")));
        // A hostile .gitignore could be huge; a megabyte of patterns is already absurd.
        if (file.size() <= 1024 * 1024 && file.open(QIODevice::ReadOnly))
            matcher.addRules(relative, TextDecoder::decode(file.readAll()).text);
    }

    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                          QDir::Name | QDir::DirsLast);
    for (const QFileInfo& entry : entries) {
        if (cancel.isCancelled()) {
            result.cancelled = true;
            return;
        }
        const QString rel = joinRelative(relative, entry.fileName());
        const QString path = entry.absoluteFilePath();
        const bool isDir = entry.isDir();
        if (isDir && entry.fileName() == QStringLiteral(".git")) {
            result.skipped.append(
                {path, ErrorCode::InvalidInput,
                 QCoreApplication::translate("Cb::Core::FolderScanner", "version-control folder")});
            continue;
        }
        if (m_options.respectGitignore) {
            const GitignoreMatcher::Decision decision = matcher.decide(rel, isDir);
            if (decision.ignored) {
                result.skipped.append({path, ErrorCode::InvalidInput,
                                       QCoreApplication::translate("Cb::Core::FolderScanner",
                                                                   "ignored by %1 (pattern '%2')")
                                           .arg(decision.source, decision.pattern)});
                continue;
            }
        }
        if (isDir) {
            if (entry.isSymLink()) {
                result.skipped.append(
                    {path, ErrorCode::Unsupported,
                     QCoreApplication::translate("Cb::Core::FolderScanner",
                                                 "symbolic link to a folder, not followed")});
                continue;
            }
            scanFolder(path, rel, matcher, cancel, result);
            if (result.cancelled)
                return;
            continue;
        }
        if (!acceptFile(entry, result))
            continue;
        if (result.files.size() >= m_options.maxFolderFiles) {
            result.skipped.append(
                {path, ErrorCode::TooLarge,
                 QCoreApplication::translate("Cb::Core::FolderScanner",
                                             "folder import is limited to %1 files")
                     .arg(m_options.maxFolderFiles)});
            continue;
        }
        result.files.append(path);
    }
}

bool FolderScanner::acceptFile(const QFileInfo& entry, ScanResult& result) const
{
    const QString path = entry.absoluteFilePath();
    if (!entry.isFile()) {
        result.skipped.append(
            {path, ErrorCode::Unsupported,
             QCoreApplication::translate("Cb::Core::FolderScanner", "not a regular file")});
        return false;
    }
    if (m_options.skipLockFiles && isLockFile(entry.fileName())) {
        result.skipped.append(
            {path, ErrorCode::InvalidInput,
             QCoreApplication::translate("Cb::Core::FolderScanner", "lock file")});
        return false;
    }
    if (m_options.skipSecretFiles && isSecretFile(entry.fileName())) {
        result.skipped.append(
            {path, ErrorCode::InvalidInput,
             QCoreApplication::translate("Cb::Core::FolderScanner",
                                         "may hold secrets (credentials or a private key)")});
        return false;
    }
    if (entry.size() > m_options.maxFileBytes) {
        result.skipped.append({path, ErrorCode::TooLarge,
                               QCoreApplication::translate("Cb::Core::FolderScanner", "%1, over the import limit of %2")
                                   .arg(SourceFile::humanSize(entry.size()),
                                        SourceFile::humanSize(m_options.maxFileBytes))});
        return false;
    }
    if (m_binarySuffixesAllowed.contains(entry.suffix().toLower()))
        return true;
    if (!entry.isReadable()) {
        result.skipped.append(
            {path, ErrorCode::Io,
             QCoreApplication::translate("Cb::Core::FolderScanner", "not readable")});
        return false;
    }
    if (const auto kind = BinarySniffer::binaryKind(BinarySniffer::readHead(path))) {
        result.skipped.append(
            {path, ErrorCode::Unsupported,
             QCoreApplication::translate("Cb::Core::FolderScanner", "binary file (%1)")
                 .arg(*kind)});
        return false;
    }
    return true;
}

} // namespace Cb::Core
