#pragma once

// Reads a Qt Linguist .ts file and lists what would show the user a wrong or untranslated string:
// unfinished or empty translations, placeholders (%1, %n, %L1, %v …), HTML tags, entities, line
// breaks or the keyboard accelerator changed against the source, numerus messages without the
// plural forms their language needs. Used by translations_test.cpp on the shipped .ts files.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cb::Test {

struct TsMessage
{
    QString context{};
    QString source{};
    QString comment{};
    bool numerus = false;
    QString type{}; // empty when finished; "unfinished", "vanished" or "obsolete" otherwise
    QString translation{};
    QStringList forms{}; // numerus messages only
};

struct TsFile
{
    QString language{};
    QList<TsMessage> messages{};
    QString error{}; // set when the XML could not be read
};

class TsFileCheck
{
public:
    static TsFile parse(const QByteArray& xml);
    static TsFile read(const QString& path);

    // One line per defect, "Context «source»: what is wrong"; empty when the file is good.
    static QStringList problems(const TsFile& file);

    // Plural forms Qt uses for a language ("ko_KR" → 1, "en_US" → 2); -1 when not known here.
    static int pluralForms(const QString& language);

    // Sorted, without repeats: a placeholder may appear twice, but none may be added or lost.
    static QStringList placeholders(const QString& text);
    // Sorted, with repeats: whole tags such as <b>, </b>, <a href="x">, and entities like &nbsp;.
    static QStringList markup(const QString& text);
    // The &-accelerator letter in lower case ("Save &As…" → "a"), or empty.
    static QString accelerator(const QString& text);

private:
    static QStringList compare(const QString& source, const QString& translation);
};

} // namespace Cb::Test
