#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QTextStream;

namespace Cb::Core {
class RunSession;
struct CallRecord;
} // namespace Cb::Core

namespace Cb::App {

// What `contextbench run` tells the user: a progress line on stderr whenever a call changes
// state and every few seconds while it streams ("[openai:o3 #0] streaming 1,234 chars 12.3 s"),
// then a JSON summary or a readable one. Not owning the streams or sessions; main thread.
class RunReporter : public QObject
{
    Q_OBJECT
public:
    explicit RunReporter(QTextStream& err, QObject* parent = nullptr);

    void follow(Core::RunSession* session);

    static QJsonObject callJson(const Core::CallRecord& call);
    static QJsonObject summaryJson(const Core::RunSession& session);
    static QString readableSummary(const Core::RunSession& session);
    // 0 all done, 3 some not done, 1 none done.
    static int exitCode(const QList<const Core::RunSession*>& sessions);

private:
    void printLine(const Core::RunSession& session, qint64 callId);
    void printStreaming();

    QTextStream& m_err;
    QList<Core::RunSession*> m_sessions;
    QHash<qint64, qsizetype> m_printedChars;
    QTimer m_ticker;
};

} // namespace Cb::App
