#include "cli/runreporter.h"

#include "cli/clicommand.h"
#include "cli/clitext.h"
#include "core/run/callmetrics.h"
#include "core/run/runsession.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace Cb::App {

namespace {
QString label(const Core::CallRecord& c)
{
    return QStringLiteral("[%1 #%2]").arg(c.modelKey()).arg(c.repeatIndex);
}

// "12,345" whatever the system locale: a progress line reads the same on every machine, and
// Korean groups digits by thousands with a comma too.
QString grouped(qsizetype n) { return QLocale(QLocale::English).toString(n); }

QString seconds(std::optional<qint64> ms)
{
    return ms ? CliText::tr("%1 s").arg(QString::number(double(*ms) / 1000.0, 'f', 1)) : QString();
}
} // namespace

RunReporter::RunReporter(QTextStream& err, QObject* parent) : QObject(parent), m_err(err)
{
    m_ticker.setInterval(2000);
    connect(&m_ticker, &QTimer::timeout, this, &RunReporter::printStreaming);
}

void RunReporter::follow(Core::RunSession* session)
{
    m_sessions.append(session);
    connect(session, &Core::RunSession::callChanged, this,
            [this, session](qint64 id) { printLine(*session, id); });
    if (!m_ticker.isActive())
        m_ticker.start();
}

void RunReporter::printLine(const Core::RunSession& session, qint64 callId)
{
    const Core::CallRecord* c = session.call(callId);
    if (!c)
        return;
    QString line = label(*c) + QLatin1Char(' ') + CliText::callStatus(c->status);
    if (!c->text.isEmpty())
        line += QLatin1Char(' ') + CliText::tr("%1 chars").arg(grouped(c->text.size()));
    if (const auto elapsed = Core::CallMetrics::elapsedMs(*c))
        line += QLatin1Char(' ') + seconds(elapsed);
    if (Core::isTerminal(c->status) && c->costUsd)
        line += QStringLiteral(" $") + QString::number(*c->costUsd, 'f', 4);
    if (!c->errorMessage.isEmpty())
        line += QStringLiteral(": ") + c->errorMessage;
    m_err << line << '\n';
    m_err.flush();
    m_printedChars.insert(callId, c->text.size());
}

void RunReporter::printStreaming()
{
    for (const Core::RunSession* session : std::as_const(m_sessions))
        for (const Core::CallRecord& c : session->record().calls)
            if (!Core::isTerminal(c.status) && c.text.size() != m_printedChars.value(c.id, -1))
                printLine(*session, c.id);
}

QJsonObject RunReporter::callJson(const Core::CallRecord& c)
{
    QJsonObject o{{QStringLiteral("model"), c.modelKey()},
                  {QStringLiteral("repeat"), c.repeatIndex},
                  {QStringLiteral("status"), Core::callStatusName(c.status)},
                  {QStringLiteral("text"), c.text},
                  {QStringLiteral("reasoning"), c.reasoning},
                  {QStringLiteral("partial"), c.partial},
                  {QStringLiteral("params"), c.params},
                  {QStringLiteral("usage"), c.usage},
                  {QStringLiteral("cost_usd"), c.costUsd ? QJsonValue(*c.costUsd) : QJsonValue()},
                  {QStringLiteral("timings"), Core::CallMetrics::timingsJson(c)},
                  {QStringLiteral("context"), c.contextMode}};
    if (c.contextMode == QLatin1String("tools")) {
        QJsonArray tools;
        for (const Core::ToolTrailEntry& e : c.toolTrail)
            tools.append(QJsonObject{{QStringLiteral("name"), e.name},
                                     {QStringLiteral("arguments"), e.arguments},
                                     {QStringLiteral("result_bytes"), e.resultBytes},
                                     {QStringLiteral("round"), e.round},
                                     {QStringLiteral("is_error"), e.isError},
                                     {QStringLiteral("summary"), e.summary}});
        o.insert(QStringLiteral("tool_calls"), tools);
    }
    if (c.errorMessage.isEmpty())
        o.insert(QStringLiteral("error"), QJsonValue());
    else
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), c.errorCode},
                                                      {QStringLiteral("message"), c.errorMessage}});
    if (c.citations.checked)
        o.insert(QStringLiteral("citations"), c.citations.toExportJson());
    return o;
}

QJsonObject RunReporter::summaryJson(const Core::RunSession& session)
{
    QJsonArray calls;
    for (const Core::CallRecord& c : session.record().calls)
        calls.append(callJson(c));
    return {{QStringLiteral("run_id"), session.record().id},
            {QStringLiteral("prompt_sha256"), session.record().promptSha256},
            {QStringLiteral("calls"), calls}};
}

QString RunReporter::readableSummary(const Core::RunSession& session)
{
    QString out = CliText::tr("Run %1").arg(session.record().id) + QLatin1Char('\n');
    for (const Core::CallRecord& c : session.record().calls) {
        out += QStringLiteral("\n== %1 %2 %3 %4\n")
                   .arg(label(c), CliText::callStatus(c.status), seconds(Core::CallMetrics::elapsedMs(c)),
                        c.costUsd ? QStringLiteral("$") + QString::number(*c.costUsd, 'f', 4)
                                  : CliText::tr("cost unknown"));
        if (!c.errorMessage.isEmpty())
            out += CliText::tr("error: %1").arg(c.errorMessage) + QLatin1Char('\n');
        out += c.text + QLatin1Char('\n');
    }
    return out;
}

int RunReporter::exitCode(const QList<const Core::RunSession*>& sessions)
{
    int done = 0;
    int total = 0;
    for (const Core::RunSession* s : sessions) {
        for (const Core::CallRecord& c : s->record().calls) {
            ++total;
            done += c.status == Core::CallStatus::Done ? 1 : 0;
        }
    }
    if (done == total)
        return ExitOk;
    return done == 0 ? ExitFailure : ExitPartial;
}

} // namespace Cb::App
