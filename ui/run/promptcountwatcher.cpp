#include "ui/run/promptcountwatcher.h"

#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"

namespace Cb::Ui {

PromptCountWatcher::PromptCountWatcher(Core::PackDocument* document,
                                       Core::TokenizerRegistry& registry, QObject* parent)
    : QObject(parent), m_document(document), m_counter(registry)
{
    connect(&m_watcher, &QFutureWatcher<Core::Result<Core::PromptCounts>>::finished, this,
            &PromptCountWatcher::onFinished);
    connect(m_document, &Core::PackDocument::itemChanged, this, &PromptCountWatcher::forgetItem);
}

void PromptCountWatcher::setEncodings(const QList<Core::Encoding>& encodings, bool displayExact)
{
    const QList<Core::Encoding> wanted =
        encodings.isEmpty() ? QList<Core::Encoding>{Core::Encoding::O200kBase} : encodings;
    const bool sameDisplay =
        wanted.first() == m_encodings.first() && displayExact == m_displayExact;
    const bool same = wanted == m_encodings && sameDisplay;
    m_encodings = wanted;
    m_displayExact = displayExact;
    if (same)
        return;
    if (!sameDisplay) {
        m_itemCounts.clear();
        m_sectionCounts.clear();
        if (m_tree)
            installTreeSource();
    }
    // Recount the prompt we have; every part is in the cache for encodings counted before.
    if (m_havePrompt)
        countPrompt(m_latestPrompt, m_latestSha);
    if (m_tree)
        m_tree->refreshTokenColumn();
}

void PromptCountWatcher::attachTree(Core::PackTreeModel* model)
{
    m_tree = model;
    installTreeSource();
}

void PromptCountWatcher::installTreeSource()
{
    auto lookUp = [](const auto& counts, const auto& key) -> std::optional<qint64> {
        const auto it = counts.constFind(key);
        return it == counts.cend() ? std::nullopt : std::optional<qint64>(*it);
    };
    Core::PackTreeModel::TokenSource source;
    source.item = [this, lookUp](const Core::PackItem& item) { return lookUp(m_itemCounts, item.id); };
    source.section = [this, lookUp](int section) { return lookUp(m_sectionCounts, section); };
    source.exact = m_displayExact;
    m_tree->setTokenSource(std::move(source));
}

void PromptCountWatcher::forgetItem(int section, int row)
{
    const auto& sections = m_document->pack().sections;
    if (section >= 0 && section < sections.size() && row >= 0 &&
        row < sections[section].items.size()) {
        m_itemCounts.remove(sections[section].items[row].id);
        m_sectionCounts.remove(section);
    }
}

void PromptCountWatcher::countPrompt(const Core::AssembledPrompt& prompt, const QByteArray& sha256)
{
    m_latestPrompt = prompt;
    m_havePrompt = true;
    m_latestSha = sha256;
    if (m_watcher.isRunning()) {
        m_recount = true;
        return;
    }
    start();
}

void PromptCountWatcher::start()
{
    Q_EMIT countingStarted();
    m_watcher.setFuture(
        m_counter.countAsync(m_document->pack(), m_latestPrompt, m_encodings, m_latestSha));
}

void PromptCountWatcher::onFinished()
{
    const Core::Result<Core::PromptCounts> result = m_watcher.result();
    if (m_recount) {
        m_recount = false;
        start();
        return; // a newer prompt is waiting; this result is already out of date
    }
    if (!result) {
        Q_EMIT failed(result.error());
        return;
    }
    if (result->promptSha256 != m_latestSha)
        return;
    m_counts = *result;
    m_itemCounts.clear();
    m_sectionCounts.clear();
    if (const Core::EncodingCounts* display = m_counts->find(m_encodings.first())) {
        m_itemCounts = display->items;
        for (int s = 0; s < display->sections.size(); ++s)
            m_sectionCounts.insert(s, display->sections[s]);
    }
    if (m_tree)
        m_tree->refreshTokenColumn();
    Q_EMIT countsChanged(*m_counts);
}

} // namespace Cb::Ui
