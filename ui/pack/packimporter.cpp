#include "ui/pack/packimporter.h"

#include "core/pack/packdocument.h"
#include "core/pack/packimportmapping.h"
#include "core/settings/settings.h"
#include "formats/importers/importerregistry.h"
#include "formats/importers/importjob.h"
#include "ui/pack/importstatuswidget.h"
#include "ui/pack/packeditor.h"

#include <QDir>
#include <QFileInfo>

namespace Cb::Ui {

using Core::ImportedDocument;
using Core::PackImportMapping;
using Core::PackItem;

PackImporter::PackImporter(PackEditor* editor, ImportStatusWidget* status, QObject* parent)
    : QObject(parent), m_editor(editor), m_status(status)
{
    // Documents arrive in bursts; inserting them a few times a second keeps the tree and the
    // prompt preview from redoing their work for every file.
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &PackImporter::flush);
    connect(status, &ImportStatusWidget::cancelRequested, this, &PackImporter::cancel);

    connect(&m_transcriber, &Core::AudioTranscriber::transcribing, this,
            [this](const QString& path) {
                m_transcribing = tr("Transcribing %1…").arg(QFileInfo(path).fileName());
                m_status->setBusy(m_transcribing);
            });
    connect(&m_transcriber, &Core::AudioTranscriber::transcribed, this,
            [this](const ImportedDocument& document) {
                m_pending.append(document);
                flush(); // one memo at a time: show it now, not after the timer
            });
    connect(&m_transcriber, &Core::AudioTranscriber::failed, this,
            [this](const Core::ImportIssue& issue) {
                ++m_failed;
                m_status->addFailed(issue.path, issue.reason);
            });
    connect(&m_transcriber, &Core::AudioTranscriber::idle, this,
            &PackImporter::finishIfComplete);
}

PackImporter::~PackImporter() = default;

void PackImporter::setTranscription(QNetworkAccessManager* network, Core::SecretStore* secrets,
                                    Core::Settings* settings)
{
    m_network = network;
    m_secrets = secrets;
    m_settings = settings;
}

std::shared_ptr<const Formats::ImporterRegistry> PackImporter::sharedRegistry()
{
    static const std::shared_ptr<const Formats::ImporterRegistry> registry =
        std::make_shared<const Formats::ImporterRegistry>();
    return registry;
}

void PackImporter::import(const QStringList& paths, int section, int row)
{
    const auto& sections = m_editor->document()->pack().sections;
    Request request;
    request.paths = paths;
    if (section >= 0 && section < sections.size()) {
        request.sectionId = sections[section].id;
        request.row = row;
    }
    m_queue.append(request);
    if (!isRunning())
        startNext();
}

void PackImporter::refresh(const QStringList& itemIds)
{
    Request request;
    for (const QString& id : itemIds) {
        const PackItem* item = m_editor->document()->pack().item(id);
        if (!item || !item->isDocument() || item->sourcePath.isEmpty())
            continue;
        request.refreshIds.append(id);
        if (!request.paths.contains(item->sourcePath))
            request.paths.append(item->sourcePath);
    }
    if (request.paths.isEmpty())
        return;
    m_queue.append(request);
    if (!isRunning())
        startNext();
}

void PackImporter::cancel()
{
    m_queue.clear();
    if (!m_job)
        return;
    m_cancelled = true;
    m_job->cancel();
    m_transcriber.cancel();
    finishIfComplete();
}

void PackImporter::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_imported = m_failed = 0;
    m_jobDone = m_cancelled = false;
    m_mergeKey = PackItem::newId();
    Core::TranscriptionSetup setup;
    setup.network = m_network;
    setup.secrets = m_secrets;
    if (m_settings) {
        setup.baseUrl = m_settings->get(Core::Keys::OpenAiBaseUrl);
        setup.model = m_settings->get(Core::Keys::TranscriptionModel);
    }
    m_transcriber.setSetup(setup);
    auto* job = new Formats::ImportJob(sharedRegistry(), {}, this);
    m_job = job;
    const QString first = QFileInfo(m_current.paths.first()).fileName();
    m_status->started(
        m_current.refreshIds.isEmpty()
            ? tr("Importing %1%2…")
                  .arg(first, m_current.paths.size() > 1 ? tr(" and more") : QString())
            : tr("Refreshing %n item(s)…", nullptr, int(m_current.refreshIds.size())));
    connect(job, &Formats::ImportJob::progressChanged, m_status, &ImportStatusWidget::setProgress);
    connect(job, &Formats::ImportJob::pageProgressChanged, m_status,
            &ImportStatusWidget::setPageProgress);
    connect(job, &Formats::ImportJob::documentImported, this,
            [this](const ImportedDocument& document) {
                if (document.needsTranscription) {
                    m_transcriber.add(document);
                    return;
                }
                m_pending.append(document);
                if (!m_flushTimer.isActive())
                    m_flushTimer.start();
            });
    connect(job, &Formats::ImportJob::fileSkipped, this, [this](const Core::ImportIssue& issue) {
        m_status->addSkipped(issue.path, issue.reason);
    });
    connect(job, &Formats::ImportJob::fileFailed, this, [this](const Core::ImportIssue& issue) {
        ++m_failed;
        m_status->addFailed(issue.path, issue.reason);
    });
    connect(job, &Formats::ImportJob::finished, this, [this] {
        m_jobDone = true;
        // The file count is complete, but a memo is still with the transcription service.
        if (!m_transcriber.isIdle())
            m_status->setBusy(m_transcribing);
        finishIfComplete();
    });
    connect(job, &Formats::ImportJob::failed, this, [this](const Core::Error&) {
        m_jobDone = true;
        m_cancelled = true;
        m_transcriber.cancel();
        finishIfComplete();
    });
    job->start(m_current.paths);
}

void PackImporter::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<ImportedDocument> documents = std::exchange(m_pending, {});
    const Core::Pack& pack = m_editor->document()->pack();
    if (!m_current.refreshIds.isEmpty()) {
        for (const ImportedDocument& document : documents) {
            for (const QString& id : std::as_const(m_current.refreshIds)) {
                const PackItem* item = pack.item(id);
                if (item && QFileInfo(item->sourcePath) == QFileInfo(document.sourcePath)) {
                    m_editor->updateItem(id, PackImportMapping::refreshed(*item, document),
                                         tr("Refresh “%1”").arg(item->title), m_mergeKey);
                    ++m_imported;
                }
            }
        }
        return;
    }
    m_imported += int(documents.size());
    int section = -1;
    for (int s = 0; s < pack.sections.size() && !m_current.sectionId.isEmpty(); ++s)
        if (pack.sections[s].id == m_current.sectionId)
            section = s;
    if (section >= 0) {
        QList<PackItem> items;
        for (const ImportedDocument& document : documents)
            items.append(PackImportMapping::itemFrom(document));
        m_editor->addItems(section, m_current.row, items, m_mergeKey);
        if (m_current.row >= 0)
            m_current.row += int(items.size());
        return;
    }
    // By format, keeping the order the files came in within each section.
    QStringList order;
    QHash<QString, QList<PackItem>> bySection;
    for (const ImportedDocument& document : documents) {
        const QString name = PackImportMapping::sectionIn(pack, document);
        if (!bySection.contains(name))
            order.append(name);
        bySection[name].append(PackImportMapping::itemFrom(document));
    }
    for (const QString& name : std::as_const(order))
        m_editor->addItemsToSection(name, bySection.value(name), m_mergeKey);
}

void PackImporter::finishIfComplete()
{
    if (m_job && m_jobDone && m_transcriber.isIdle())
        done(m_cancelled);
}

void PackImporter::done(bool cancelled)
{
    flush();
    m_status->finished(m_imported, cancelled);
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT importFinished(m_imported, m_failed);
    startNext();
}

} // namespace Cb::Ui
