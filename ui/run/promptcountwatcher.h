#pragma once

#include "core/common/result.h"
#include "core/prompt/promptcounter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace Cb::Core {
class PackDocument;
class PackTreeModel;
class TokenizerRegistry;
} // namespace Cb::Core

namespace Cb::Ui {

// Keeps token counts in step with the preview: each newly assembled prompt is counted off the
// GUI thread (PromptCounter::countAsync) for the encodings the selected models need; a result
// for an older prompt is dropped, and a prompt that arrives while counting is counted next.
// Also feeds the pack tree's Tokens column: the item's count in the display encoding ("≈" when
// that is an estimate for the first model), "…" while an edited item waits for its recount.
// Not owning the document or the tree model. GUI thread.
class PromptCountWatcher : public QObject
{
    Q_OBJECT
public:
    PromptCountWatcher(Core::PackDocument* document, Core::TokenizerRegistry& registry,
                       QObject* parent = nullptr);

    // What to count for; the first one is the tree's. A change recounts the current prompt.
    void setEncodings(const QList<Core::Encoding>& encodings, bool displayExact);
    void attachTree(Core::PackTreeModel* model);
    // A freshly assembled prompt to count, with its sha256 (computed off the GUI thread).
    void countPrompt(const Core::AssembledPrompt& prompt, const QByteArray& sha256);

    bool isCounting() const { return m_watcher.isRunning(); }
    const std::optional<Core::PromptCounts>& counts() const { return m_counts; }
    const Core::PromptCounter& counter() const { return m_counter; }

Q_SIGNALS:
    void countingStarted();
    void countsChanged(const Cb::Core::PromptCounts& counts);
    void failed(const Cb::Core::Error& error);

private:
    void start();
    void onFinished();
    void forgetItem(int section, int row);
    void installTreeSource();

    Core::PackDocument* m_document;
    Core::PromptCounter m_counter;
    QFutureWatcher<Core::Result<Core::PromptCounts>> m_watcher;
    QList<Core::Encoding> m_encodings{Core::Encoding::O200kBase};
    bool m_displayExact = true;
    Core::AssembledPrompt m_latestPrompt;
    bool m_havePrompt = false;
    bool m_recount = false; // a newer prompt waits for the running count to finish
    QByteArray m_latestSha;
    std::optional<Core::PromptCounts> m_counts;
    QHash<QString, qint64> m_itemCounts; // display encoding; an edited item is removed
    QHash<int, qint64> m_sectionCounts;  // display encoding; a section with an edit is removed
    QPointer<Core::PackTreeModel> m_tree;
};

} // namespace Cb::Ui
