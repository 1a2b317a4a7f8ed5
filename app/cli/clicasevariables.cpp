#include "cli/clicasevariables.h"
#include "cli/clitext.h"

#include "core/prompt/templatesyntax.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Cb::App {

using Core::ErrorCode;

namespace {

// One CSV record per row: commas, double-quoted fields with "" for a quote, CRLF or LF.
QList<QStringList> csvRows(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            row << std::exchange(field, {});
            any = true;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty())
                rows << (row << std::exchange(field, {}));
            row.clear();
            any = false;
        } else {
            field += ch;
            any = true;
        }
    }
    if (any || !field.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

Core::Result<CliCaseVariables> CliCaseVariables::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(ErrorCode::Io,
                          CliText::tr("cannot read --case-vars file %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!json && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Core::fail(ErrorCode::InvalidInput,
                          CliText::tr("--case-vars expects a .json or .csv file, got %1").arg(path));
    auto entries = json ? parseJson(data) : parseCsv(QString::fromUtf8(data));
    if (!entries)
        return Core::fail(entries.error().code, QFileInfo(path).fileName() + QStringLiteral(": ") +
                                                    entries.error().message);
    CliCaseVariables out;
    out.m_file = QFileInfo(path).fileName();
    out.m_entries = std::move(*entries);
    return out;
}

Core::Result<QList<CliCaseVariables::Entry>> CliCaseVariables::parseJson(const QByteArray& data)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Core::fail(ErrorCode::InvalidInput,
                          CliText::tr("not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isArray())
        return Core::fail(ErrorCode::InvalidInput,
                          CliText::tr("expected an array of {\"pack\", \"goal\", \"variables\"} objects"));
    QList<Entry> out;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        Entry e;
        e.where = CliText::tr("entry %1").arg(i + 1);
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("pack") && it.key() != QLatin1String("goal") &&
                it.key() != QLatin1String("variables"))
                return Core::fail(ErrorCode::InvalidInput, CliText::tr("%1: unknown field '%2' (expected pack, goal, "
                                                                       "variables)").arg(e.where, it.key()));
        e.pack = o.value(QLatin1String("pack")).toString();
        e.goal = o.value(QLatin1String("goal")).toString();
        if (!array.at(i).isObject() || e.pack.isEmpty())
            return Core::fail(ErrorCode::InvalidInput, CliText::tr("%1: needs a \"pack\"").arg(e.where));
        const QJsonValue vars = o.value(QLatin1String("variables"));
        if (!vars.isObject())
            return Core::fail(ErrorCode::InvalidInput,
                              CliText::tr("%1: \"variables\" must be an object of name: value").arg(e.where));
        const QJsonObject v = vars.toObject();
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble())
                return Core::fail(ErrorCode::InvalidInput,
                                  CliText::tr("%1: variable '%2' must be text").arg(e.where, it.key()));
            e.variables.insert(it.key(), it.value().isString() ? it.value().toString()
                                                                : QString::number(it.value().toDouble()));
        }
        out << e;
    }
    return out;
}

Core::Result<QList<CliCaseVariables::Entry>> CliCaseVariables::parseCsv(const QString& text)
{
    const QList<QStringList> rows = csvRows(text);
    if (rows.isEmpty())
        return Core::fail(ErrorCode::InvalidInput, CliText::tr("empty; expected a header row 'pack,goal,NAME…'"));
    const QStringList header = rows.first();
    if (header.size() < 2 || header.at(0).trimmed() != QLatin1String("pack") ||
        header.at(1).trimmed() != QLatin1String("goal"))
        return Core::fail(ErrorCode::InvalidInput,
                          CliText::tr("the header row must start with 'pack,goal', then one column per variable"));
    QList<Entry> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        Entry e;
        e.where = CliText::tr("row %1").arg(r + 1);
        if (row.size() > header.size())
            return Core::fail(ErrorCode::InvalidInput, CliText::tr("%1 has %2 fields, the header %3")
                                                           .arg(e.where)
                                                           .arg(row.size())
                                                           .arg(header.size()));
        e.pack = row.value(0).trimmed();
        e.goal = row.value(1).trimmed();
        if (e.pack.isEmpty())
            return Core::fail(ErrorCode::InvalidInput, CliText::tr("%1: the pack is empty").arg(e.where));
        for (qsizetype c = 2; c < row.size(); ++c)
            if (!row.at(c).isEmpty())
                e.variables.insert(header.at(c).trimmed(), row.at(c));
        out << e;
    }
    return out;
}

bool CliCaseVariables::samePack(const QString& entryPack, const QString& casePack)
{
    if (entryPack == casePack)
        return true;
    const QFileInfo entry(entryPack);
    const QFileInfo given(casePack);
    if (!entryPack.contains(QLatin1Char('/')))
        return entry.fileName() == given.fileName();
    return entry.exists() && entry.canonicalFilePath() == given.canonicalFilePath();
}

Core::VoidResult CliCaseVariables::check(const QStringList& packs, const QStringList& goals,
                                         const QStringList& templateVariables, const QString& templateName) const
{
    const auto error = [this](const Entry& e, const QString& message) {
        return Core::fail(ErrorCode::InvalidInput, CliText::tr("%1, %2: %3").arg(m_file, e.where, message));
    };
    QSet<QString> seen;
    for (const Entry& e : m_entries) {
        QStringList matches;
        for (const QString& p : packs)
            if (samePack(e.pack, p) && !matches.contains(p))
                matches << p;
        if (matches.isEmpty())
            return error(e, CliText::tr("pack '%1' is not one of the packs given (%2)")
                                .arg(e.pack, packs.join(QStringLiteral(", "))));
        if (matches.size() > 1)
            return error(e, CliText::tr("pack '%1' matches several packs given (%2); give its path")
                                .arg(e.pack, matches.join(QStringLiteral(", "))));
        if (!e.goal.isEmpty() && !goals.contains(e.goal))
            return error(e, goals.isEmpty() ? CliText::tr("names goal '%1', but no --goal was given").arg(e.goal)
                                            : CliText::tr("goal '%1' is not one of the --goal values").arg(e.goal));
        const QString key = matches.first() + QLatin1Char('\n') + e.goal;
        if (seen.contains(key))
            return error(e, CliText::tr("a second entry for pack '%1'%2")
                                .arg(e.pack, e.goal.isEmpty() ? QString() : CliText::tr(" and goal '%1'").arg(e.goal)));
        seen.insert(key);
        for (auto it = e.variables.cbegin(); it != e.variables.cend(); ++it) {
            if (!Core::TemplateSyntax::isValidVariableName(it.key()))
                return error(e, CliText::tr("'%1' is not a variable name").arg(it.key()));
            if (!templateVariables.contains(it.key()))
                return error(e, templateVariables.isEmpty()
                                    ? CliText::tr("the template '%1' uses no variables, got '%2'")
                                          .arg(templateName, it.key())
                                    : CliText::tr("the template '%1' has no variable '%2' (it uses: %3)")
                                          .arg(templateName, it.key(), templateVariables.join(QStringLiteral(", "))));
        }
    }
    return {};
}

QHash<QString, QString> CliCaseVariables::forCase(const QString& pack, const QString& goal,
                                                  const QHash<QString, QString>& common) const
{
    QHash<QString, QString> out = common;
    // The pack-wide entry first, then the one for this goal, so the more specific one wins.
    for (bool specific : {false, true})
        for (const Entry& e : m_entries)
            if (samePack(e.pack, pack) && (specific ? !e.goal.isEmpty() && e.goal == goal : e.goal.isEmpty()))
                out.insert(e.variables);
    return out;
}

} // namespace Cb::App
