#pragma once

#include "core/common/result.h"
#include "core/prompt/prompttemplate.h"

#include <QList>
#include <QStringList>

namespace Cb::Core {

// The templates the user can pick: the shipped presets (resourcePath("templates"), read-only)
// and the user's own (AppDataLocation/templates, one *.cbtemplate per template). A user template
// with the same name as a preset (case-insensitive) replaces it. A malformed file is skipped and
// reported in loadErrors(); it never stops the others from loading.
// A plain object that reads the folders in its constructor and in reload(); use it from one
// thread at a time (each worker may build its own).
class TemplateLibrary
{
public:
    static inline const QString kDefaultName = QStringLiteral("report-generator");

    TemplateLibrary(); // presets from resourcePath("templates"), user templates from
                       // defaultUserDir()
    TemplateLibrary(QString presetDir, QString userDir);

    static QString defaultPresetDir();
    static QString defaultUserDir();

    void reload();
    // Sorted by name, case-insensitively; user copies already replace presets.
    const QList<PromptTemplate>& templates() const { return m_templates; }
    QStringList names() const;
    const PromptTemplate* find(const QString& name) const; // case-insensitive, nullptr if absent
    bool hasPreset(const QString& name) const;
    // report-generator if present, else the first template, else a minimal built-in one (context
    // then goal) so the preview works even with the presets missing (loadErrors() says so).
    PromptTemplate defaultTemplate() const;
    // The version of `name` written for `language` ("ko": report-generator-ko) when the library
    // has it, else `name`. English is the source language: "en" always gives `name`.
    QString localizedName(const QString& name, const QString& language) const;
    QStringList loadErrors() const { return m_errors; }

    QString userDir() const { return m_userDir; }
    QString presetDir() const { return m_presetDir; }

    // Writes the template to the user folder (atomically) and reloads. Keeps the preset of the
    // same name on disk, so deleting the user copy brings the preset back.
    VoidResult saveUserTemplate(const PromptTemplate& tmpl);
    VoidResult removeUserTemplate(const QString& name);

private:
    QList<PromptTemplate> loadFolder(const QString& dir, bool builtIn);
    QString userFilePath(const QString& name) const;

    QString m_presetDir;
    QString m_userDir;
    QList<PromptTemplate> m_templates;
    QList<PromptTemplate> m_presets;
    QStringList m_errors;
};

} // namespace Cb::Core
