#include "core/prompt/templatelibrary.h"

#include <QCoreApplication>

#include "core/common/resourcepaths.h"
#include "core/prompt/templatefile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace Cb::Core {

namespace {
qsizetype indexOfName(const QList<PromptTemplate>& list, const QString& name)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}
} // namespace

TemplateLibrary::TemplateLibrary() : TemplateLibrary(defaultPresetDir(), defaultUserDir()) {}

TemplateLibrary::TemplateLibrary(QString presetDir, QString userDir)
    : m_presetDir(std::move(presetDir)), m_userDir(std::move(userDir))
{
    reload();
}

QString TemplateLibrary::defaultPresetDir()
{
    return resourcePath(QStringLiteral("templates"));
}

QString TemplateLibrary::defaultUserDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/templates");
}

QList<PromptTemplate> TemplateLibrary::loadFolder(const QString& dir, bool builtIn)
{
    QList<PromptTemplate> loaded;
    const QDir folder(dir);
    // Sorted by file name so which of two same-named files wins does not depend on the file system.
    const QStringList files = folder.entryList({QStringLiteral("*.") + TemplateFile::kExtension},
                                               QDir::Files, QDir::Name);
    for (const QString& file : files) {
        auto tmpl = TemplateFile::load(folder.filePath(file));
        if (!tmpl) {
            m_errors.append(tmpl.error().message);
            continue;
        }
        if (indexOfName(loaded, tmpl->name) >= 0) {
            m_errors.append(QCoreApplication::translate("Cb::Core::TemplateLibrary", "%1: another file in %2 already defines '%3'; ignored")
                                .arg(file, QDir::toNativeSeparators(dir), tmpl->name));
            continue;
        }
        tmpl->builtIn = builtIn;
        loaded.append(*tmpl);
    }
    return loaded;
}

void TemplateLibrary::reload()
{
    m_errors.clear();
    m_presets = loadFolder(m_presetDir, true);
    if (m_presets.isEmpty())
        m_errors.append(QCoreApplication::translate("Cb::Core::TemplateLibrary", "no preset templates found in %1")
                            .arg(QDir::toNativeSeparators(m_presetDir)));
    m_templates = m_presets;
    for (const PromptTemplate& user : loadFolder(m_userDir, false)) {
        const qsizetype at = indexOfName(m_templates, user.name);
        if (at >= 0)
            m_templates[at] = user;
        else
            m_templates.append(user);
    }
    std::sort(m_templates.begin(), m_templates.end(),
              [](const PromptTemplate& a, const PromptTemplate& b) {
                  return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
              });
}

QStringList TemplateLibrary::names() const
{
    QStringList out;
    for (const PromptTemplate& t : m_templates)
        out.append(t.name);
    return out;
}

const PromptTemplate* TemplateLibrary::find(const QString& name) const
{
    const qsizetype at = indexOfName(m_templates, name);
    return at < 0 ? nullptr : &m_templates[at];
}

bool TemplateLibrary::hasPreset(const QString& name) const
{
    return indexOfName(m_presets, name) >= 0;
}

PromptTemplate TemplateLibrary::defaultTemplate() const
{
    if (const PromptTemplate* preferred = find(kDefaultName))
        return *preferred;
    if (!m_templates.isEmpty())
        return m_templates.first();
    PromptTemplate minimal;
    minimal.name = QStringLiteral("minimal");
    minimal.description = QCoreApplication::translate(
        "Cb::Core::TemplateLibrary", "Fallback used when no template files could be loaded.");
    minimal.input = QStringLiteral("{{context}}\n\n<goal>\n{{goal}}\n</goal>");
    minimal.builtIn = true;
    return minimal;
}

QString TemplateLibrary::localizedName(const QString& name, const QString& language) const
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return name;
    const PromptTemplate* found = find(name + QLatin1Char('-') + language);
    return found ? found->name : name;
}

QString TemplateLibrary::userFilePath(const QString& name) const
{
    return m_userDir + QLatin1Char('/') + name.toLower() + QLatin1Char('.') +
           TemplateFile::kExtension;
}

VoidResult TemplateLibrary::saveUserTemplate(const PromptTemplate& tmpl)
{
    if (!PromptTemplate::isValidName(tmpl.name))
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral(
                "'%1' is not a valid template name: use 1 to 64 letters, digits, '-' and '_'")
                .arg(tmpl.name));
    if (!QDir().mkpath(m_userDir))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::TemplateLibrary", "cannot create %1").arg(QDir::toNativeSeparators(m_userDir)));
    // A user file loaded under another file name (hand-written) would otherwise shadow the save.
    if (const PromptTemplate* existing = find(tmpl.name);
        existing && !existing->builtIn && existing->filePath != userFilePath(tmpl.name))
        QFile::remove(existing->filePath);
    if (auto saved = TemplateFile::save(tmpl, userFilePath(tmpl.name)); !saved)
        return saved;
    reload();
    return {};
}

VoidResult TemplateLibrary::removeUserTemplate(const QString& name)
{
    const PromptTemplate* existing = find(name);
    if (!existing || existing->builtIn)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Cb::Core::TemplateLibrary", "no user template named '%1'").arg(name));
    if (!QFile::remove(existing->filePath))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::TemplateLibrary", "cannot remove %1")
                        .arg(QDir::toNativeSeparators(existing->filePath)));
    reload();
    return {};
}

} // namespace Cb::Core
