#include "support/scriptedprovider.h"

#include <QTimer>

namespace Cb::Test {

namespace {

class ScriptedReply final : public Core::ProviderReply
{
public:
    ScriptedReply(ScriptedTurn turn, int* aborted, const QString& model, QObject* parent)
        : ProviderReply(Core::ProviderKind::OpenAiResponses, model, parent), m_turn(std::move(turn)), m_aborted(aborted)
    {
        QTimer::singleShot(0, this, [this] { play(); });
    }

protected:
    void abortTransport() override
    {
        if (m_playing)
            ++*m_aborted;
    }

private:
    void play()
    {
        m_playing = true;
        setState(Core::ReplyState::Thinking);
        for (const QString& d : std::as_const(m_turn.textDeltas))
            appendText(d);
        if (m_turn.hang)
            return;
        updateUsage(m_turn.usage);
        m_playing = false;
        if (m_turn.failure) {
            failWith(*m_turn.failure);
            return;
        }
        // The calls travel on the result, as the protocols put them there.
        Core::ProviderResult r = result();
        r.calls = m_turn.calls;
        r.modelTurn = m_turn.modelTurn;
        r.finishReason = QStringLiteral("completed");
        setState(Core::ReplyState::Finished);
        Q_EMIT finished(r);
    }

    ScriptedTurn m_turn;
    int* m_aborted;
    bool m_playing = false;
};

} // namespace

ScriptedProvider::ScriptedProvider(QList<ScriptedTurn> script)
    : Provider(nullptr, Core::ProviderOptions{}), m_script(std::move(script))
{
}

Core::ProviderReply* ScriptedProvider::send(const Core::ProviderRequest& request, QObject* parent)
{
    const ScriptedTurn turn = m_script.at(qMin<qsizetype>(requests.size(), m_script.size() - 1));
    requests.append(request);
    return new ScriptedReply(turn, &aborted, request.model, parent);
}

} // namespace Cb::Test
