#include "cli/clitext.h"

#include "core/providers/batch/batchstatus.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"

#include <QFileInfo>

#include <algorithm>

namespace Cb::App {

QString CliText::seeHelp(const QString& command) { return tr("See '%1 --help'.").arg(command); }

QString CliText::warning(const QString& message) { return tr("warning: %1").arg(message); }

QCommandLineOption CliText::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QString CliText::programName()
{
    const QString name = QFileInfo(QCoreApplication::arguments().value(0)).fileName();
    return name.isEmpty() ? QStringLiteral("contextbench") : name;
}

QString CliText::helpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    // Qt names the program by argv[0] as given; the file path is the fallback in case it ever
    // resolves it. Only the first line is the usage line, and the name there is a whole word
    // (a one-letter argv[0] must not match inside "Usage").
    const QString usageLine = firstLineEnd < 0 ? text : text.left(firstLineEnd);
    for (const QString& binary : {QCoreApplication::arguments().value(0), QCoreApplication::applicationFilePath()}) {
        if (binary.isEmpty())
            continue;
        for (qsizetype at = usageLine.indexOf(binary); at >= 0; at = usageLine.indexOf(binary, at + 1)) {
            const qsizetype end = at + binary.size();
            if ((at == 0 || usageLine[at - 1].isSpace()) && (end == usageLine.size() || usageLine[end].isSpace()))
                return text.replace(at, binary.size(), programName() + QLatin1Char(' ') + command);
        }
    }
    return text;
}

QString CliText::callStatus(Core::CallStatus status)
{
    switch (status) {
    case Core::CallStatus::Queued: return tr("queued");
    case Core::CallStatus::Waiting: return tr("waiting");
    case Core::CallStatus::Thinking: return tr("thinking");
    case Core::CallStatus::Streaming: return tr("streaming");
    case Core::CallStatus::Done: return tr("done");
    case Core::CallStatus::Refused: return tr("refused");
    case Core::CallStatus::Failed: return tr("failed");
    case Core::CallStatus::Cancelled: return tr("cancelled");
    }
    return Core::callStatusName(status);
}

QString CliText::experimentStatus(const QString& status)
{
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("done"))
        return tr("done");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return status;
}

QString CliText::batchStatus(const QString& state)
{
    const auto known = Core::batchStateFromName(state);
    if (!known)
        return state;
    switch (*known) {
    case Core::BatchState::Validating: return tr("validating");
    case Core::BatchState::InProgress: return tr("in_progress");
    case Core::BatchState::Finalizing: return tr("finalizing");
    case Core::BatchState::Completed: return tr("completed");
    case Core::BatchState::Failed: return tr("failed");
    case Core::BatchState::Expired: return tr("expired");
    case Core::BatchState::Cancelling: return tr("cancelling");
    case Core::BatchState::Cancelled: return tr("cancelled");
    }
    return state;
}

qsizetype CliText::columns(const QString& text)
{
    qsizetype n = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        n += wide ? 2 : 1;
    }
    return n;
}

QString CliText::padded(const QString& text, qsizetype width, bool alignRight)
{
    const QString fill(std::max<qsizetype>(0, width - columns(text)), QLatin1Char(' '));
    return alignRight ? fill + text : text + fill;
}

void installCliLanguage(QCoreApplication* app)
{
    Core::QSettingsStore store;
    Ui::UiLanguage::install(app, Ui::UiLanguage::fromSettings(Core::Settings(store)));
}

} // namespace Cb::App
