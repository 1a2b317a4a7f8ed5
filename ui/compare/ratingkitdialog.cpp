#include "ui/compare/ratingkitdialog.h"

#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitplanner.h"
#include "formats/rating/ratingkitwriter.h"
#include "ui/common/filedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Cb::Ui {

RatingKitDialog::RatingKitDialog(Core::HistoryStore& history, Of of, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
{
    setWindowTitle(of == Of::Run ? tr("Rating kits for run %1").arg(id) : tr("Rating kits for experiment %1").arg(id));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each rater gets a kit: one HTML file that opens offline in any current browser, shows "
                                "pairs of answers as Answer A / Answer B with nothing that tells which model wrote "
                                "them, and saves a ratings file to bring back here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ratingKitSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* form = new QFormLayout;
    form->addRow(tr("Raters:"), buildRaters());
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Rating kits")), this);
    m_folder->setObjectName(QStringLiteral("ratingKitFolder"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialog::openFolder(this, tr("Folder for the rating kits"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    form->addRow(tr("Save kits in:"), folderRow);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("ratingKitResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_make = buttons->addButton(tr("Make kits"), QDialogButtonBox::ActionRole);
    m_make->setObjectName(QStringLiteral("makeKitsButton"));
    m_openFolder = buttons->addButton(tr("Open folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openKitFolderButton"));
    m_openFolder->setVisible(false);
    m_make->setAutoDefault(false);
    m_openFolder->setAutoDefault(false);
    connect(m_make, &QPushButton::clicked, this, &RatingKitDialog::makeKits);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    Core::ExperimentStore experiments(history.database());
    auto source = of == Of::Run ? Core::RatingKitPlanner::loadRun(history, id)
                                : Core::RatingKitPlanner::loadExperiment(history, experiments, id);
    if (!source) {
        showError(source.error().message);
    } else {
        m_source = *source;
        const int pairs = int(Core::RatingKitPlanner::pairs(*source).size());
        if (pairs == 0)
            showError(tr("There is nothing to judge: a kit needs finished answers from at least two models to the "
                         "same prompt and repeat."));
        else
            m_summary->setText(pairs == 1 ? tr("Every kit asks about the same pair, sides drawn per rater.")
                                          : tr("Every kit asks about the same %1 pairs, each rater in their own "
                                               "random order and sides.")
                                                .arg(pairs));
    }
    updateButtons();
    resize(560, 460);
}

QWidget* RatingKitDialog::buildRaters()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_raters = new QListWidget(box);
    m_raters->setObjectName(QStringLiteral("raterList"));
    column->addWidget(m_raters);
    auto* row = new QHBoxLayout;
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("raterName"));
    m_name->setPlaceholderText(tr("A rater's name"));
    auto* add = new QPushButton(tr("Add"), box);
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeRaterButton"));
    row->addWidget(m_name, 1);
    row->addWidget(add);
    row->addWidget(m_remove);
    column->addLayout(row);
    const auto addTyped = [this] {
        addRater(m_name->text());
        m_name->clear();
    };
    // Enter in the name field adds the name (Add is the dialog's default button).
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_raters->currentItem();
        updateButtons();
    });
    connect(m_raters, &QListWidget::currentRowChanged, this, &RatingKitDialog::updateButtons);
    return box;
}

bool RatingKitDialog::canMakeKits(const Core::RunRecord& run)
{
    Core::RatingKitSource source;
    source.cases.append({run, run.packGoal});
    return run.id > 0 && !Core::RatingKitPlanner::pairs(source).isEmpty();
}

void RatingKitDialog::addRater(const QString& name)
{
    if (name.trimmed().isEmpty())
        return;
    m_raters->addItem(name.trimmed());
    updateButtons();
}

void RatingKitDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RatingKitDialog::setFolder(const QString& folder) { m_folder->setText(folder); }

void RatingKitDialog::updateButtons()
{
    const bool ready = m_source && !Core::RatingKitPlanner::pairs(*m_source).isEmpty();
    m_make->setEnabled(!m_busy && ready && m_raters->count() > 0);
    m_remove->setEnabled(!m_busy && m_raters->currentItem() != nullptr);
}

void RatingKitDialog::makeKits()
{
    if (!m_make->isEnabled())
        return;
    QList<Core::RatingKitDraft> drafts;
    for (int i = 0; i < m_raters->count(); ++i) {
        auto draft = Core::RatingKitPlanner::plan(*m_source, m_raters->item(i)->text(), Core::RatingKitPlanner::newSeed());
        if (!draft)
            return showError(draft.error().message);
        drafts.append(*draft);
    }
    m_busy = true;
    updateButtons();
    m_result->setText(tr("Writing the kits…"));
    // Rendering every answer's Markdown for every rater is the slow part; the history is
    // written afterwards on this thread, which owns the database connection.
    auto* watcher = new QFutureWatcher<Core::Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, drafts] {
        finish(watcher->result(), drafts);
        watcher->deleteLater();
    });
    // The kits speak the interface language: the colleagues rating are the user's own.
    watcher->setFuture(QtConcurrent::run(
        [drafts, dir = m_folder->text().trimmed(), language = Formats::RatingKitWriter::interfaceLanguage()] {
            return Formats::RatingKitWriter::writeAll(drafts, dir, language);
        }));
}

void RatingKitDialog::finish(const Core::Result<QStringList>& paths, QList<Core::RatingKitDraft> drafts)
{
    m_busy = false;
    updateButtons();
    if (!paths)
        return showError(paths.error().message);
    if (auto recorded = Core::RatingKitPlanner::record(m_history.database(), drafts); !recorded) {
        for (const QString& path : *paths)
            QFile::remove(path);
        return showError(recorded.error().message);
    }
    m_written = *paths;
    QStringList lines;
    for (const QString& p : m_written)
        lines.append(QDir::toNativeSeparators(p).toHtmlEscaped());
    m_result->setText((m_written.size() == 1 ? tr("Wrote 1 kit. Send it to its rater:")
                                             : tr("Wrote %1 kits. Send each rater their file:").arg(m_written.size())) +
                      QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_openFolder->setVisible(true);
    Q_EMIT kitsWritten(m_written);
}

void RatingKitDialog::showError(const QString& message)
{
    m_result->setText(QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(message.toHtmlEscaped()));
    Q_EMIT failed(message);
}

} // namespace Cb::Ui
