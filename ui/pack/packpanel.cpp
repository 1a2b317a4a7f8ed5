#include "ui/pack/packpanel.h"

#include "core/pack/packdocument.h"
#include "core/pack/packfiltermodel.h"
#include "core/pack/packsourcewatcher.h"
#include "core/pack/packtreemodel.h"
#include "ui/common/filedialog.h"
#include "ui/common/imecomposition.h"
#include "ui/pack/heaviestitemsdialog.h"
#include "ui/pack/importstatuswidget.h"
#include "ui/pack/itemeditordialog.h"
#include "ui/pack/packeditor.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packitemdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Cb::Ui {

using Core::PackTreeModel;

namespace {
QLabel* makeBanner(const QString& name, QWidget* parent)
{
    auto* banner = new QLabel(parent);
    banner->setObjectName(name);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::RichText);
    banner->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 4px; padding: 4px 6px; }"));
    banner->hide();
    return banner;
}
} // namespace

PackPanel::PackPanel(Core::PackDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new PackTreeModel(document, this)),
      m_filter(new Core::PackFilterModel(this)), m_editor(new PackEditor(document, this)),
      m_watcher(new Core::PackSourceWatcher(document, this))
{
    setAcceptDrops(true);
    m_model->setEdits(m_editor);
    m_filter->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    layout->addWidget(new QLabel(tr("<b>Context pack</b>"), this));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("packTitle"));
    m_title->setPlaceholderText(tr("Pack title"));
    layout->addWidget(m_title);

    m_goal = new QPlainTextEdit(this);
    m_goal->setObjectName(QStringLiteral("packGoal"));
    m_goal->setPlaceholderText(
        tr("Goal: what should the model produce? For example: a launch plan with "
           "target metrics, a timeline, priorities and explicit exclusions."));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_goal);

    auto* filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("packFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by title, tag or text"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                            QLineEdit::LeadingPosition);
    auto* heaviest = new QPushButton(tr("Heaviest…"), this);
    heaviest->setObjectName(QStringLiteral("heaviestButton"));
    heaviest->setToolTip(tr("List the items by size and tokens"));
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(heaviest);
    layout->addLayout(filterRow);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150); // one filter pass per pause in typing, not per key
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_filter->setFilterText(m_filterEdit->text());
        m_tree->expandAll();
    });
    connect(heaviest, &QPushButton::clicked, this, &PackPanel::showHeaviestItems);
    for (QWidget* editor : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_goal),
                            static_cast<QWidget*>(m_filterEdit)})
        ImeComposition::watch(editor);

    buildTree();
    layout->addWidget(m_tree, 1);

    m_duplicatesBanner = makeBanner(QStringLiteral("duplicatesBanner"), this);
    m_staleBanner = makeBanner(QStringLiteral("staleBanner"), this);
    layout->addWidget(m_duplicatesBanner);
    layout->addWidget(m_staleBanner);
    connect(m_duplicatesBanner, &QLabel::linkActivated, this, &PackPanel::removeDuplicates);
    connect(m_staleBanner, &QLabel::linkActivated, this,
            [this] { refreshItems(m_watcher->staleItems().keys()); });

    m_importStatus = new ImportStatusWidget(this);
    layout->addWidget(m_importStatus);
    m_importer = new PackImporter(m_editor, m_importStatus, this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("packSummary"));
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    const QList<std::pair<QString, void (PackPanel::*)()>> actions = {
        {tr("Add Files…"), &PackPanel::addFiles},
        {tr("Add Folder…"), &PackPanel::addFolder},
        {tr("Add Note"), &PackPanel::addNote},
        {tr("New Section"), &PackPanel::addSection}};
    for (const auto& [label, slot] : actions) {
        auto* button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_title, &QLineEdit::textEdited, m_document, &Core::PackDocument::setTitle);
    connect(m_goal, &QPlainTextEdit::textChanged, this, [this] {
        if (m_goal->toPlainText() != m_document->pack().goal)
            m_document->setGoal(m_goal->toPlainText());
    });
    connect(m_document, &Core::PackDocument::metadataChanged, this, &PackPanel::syncFromDocument);
    connect(m_document, &Core::PackDocument::contentChanged, this, &PackPanel::updateEmptyState);
    connect(m_document, &Core::PackDocument::contentChanged, this, &PackPanel::updateBanners);
    connect(m_watcher, &Core::PackSourceWatcher::staleItemsChanged, this, [this] {
        m_model->setStaleItems(m_watcher->staleItems());
        updateBanners();
    });
    m_model->setStaleItems(m_watcher->staleItems());
    syncFromDocument();
    m_tree->expandAll();
    updateEmptyState();
    updateBanners();
}

PackPanel::~PackPanel() = default;

QUndoStack* PackPanel::undoStack() const
{
    return m_editor->undoStack();
}

void PackPanel::buildTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("packTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new PackItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PackTreeModel::TitleColumn, QHeaderView::Stretch);
    for (int c = PackTreeModel::FormatColumn; c < PackTreeModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);

    m_emptyHint =
        new QLabel(tr("Drop documents, notes or folders here\n\n"
                      "Meeting transcripts, voice memos, PDFs, Word files, web pages, code.\n"
                      "Or use Add Files… and Add Note below."),
                   m_tree->viewport());
    m_emptyHint->setObjectName(QStringLiteral("packEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(
        QStringLiteral("color: palette(mid); font-size: 11pt; padding: 12px;"));
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);

    connect(m_model, &PackTreeModel::filesDropped, this, &PackPanel::importUrls);
    connect(m_model, &PackTreeModel::textDropped, this, &PackPanel::addTextAsNote);
    connect(m_document, &Core::PackDocument::resetDone, m_tree, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (parent.isValid())
            m_tree->expand(parent);
        else
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& idx) {
        const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
        if (!id.isEmpty())
            editItem(id);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PackPanel::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& idx) {
                const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
                if (!id.isEmpty())
                    Q_EMIT itemActivated(id);
            });
}

void PackPanel::syncFromDocument()
{
    const auto& pack = m_document->pack();
    if (m_title->text() != pack.title)
        m_title->setText(pack.title);
    if (m_goal->toPlainText() != pack.goal)
        m_goal->setPlainText(pack.goal);
}

void PackPanel::updateEmptyState()
{
    const auto& pack = m_document->pack();
    const int items = pack.itemCount();
    m_emptyHint->setVisible(items == 0);
    m_emptyHint->setGeometry(m_tree->viewport()->rect());
    m_summary->setText(tr("%n item(s) in %1 section(s), %2 included", nullptr, items)
                           .arg(pack.sections.size())
                           .arg(pack.enabledItemCount()));
}

void PackPanel::updateBanners()
{
    const int copies = int(m_model->duplicates().laterCopies(m_document->pack()).size());
    m_duplicatesBanner->setVisible(copies > 0);
    if (copies > 0)
        m_duplicatesBanner->setText(tr("⚠ %n item(s) repeat the text of another item. "
                                       "<a href=\"remove\">Remove the copies</a>",
                                       nullptr, copies));
    const int stale = int(m_watcher->staleItems().size());
    m_staleBanner->setVisible(stale > 0);
    if (stale > 0)
        m_staleBanner->setText(tr("⟳ %n source file(s) changed on disk since import. "
                                  "<a href=\"refresh\">Refresh</a>",
                                  nullptr, stale));
}

QModelIndex PackPanel::sourceIndex(const QModelIndex& viewIndex) const
{
    return m_filter->mapToSource(viewIndex);
}

void PackPanel::selectItem(const QString& itemId)
{
    const auto [s, r] = m_document->pack().locate(itemId);
    if (s < 0)
        return;
    const QModelIndex idx = m_filter->mapFromSource(m_model->itemIndex(s, r));
    if (!idx.isValid())
        return; // filtered out
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
}

QStringList PackPanel::selectedItemIds() const
{
    QStringList ids;
    for (const QModelIndex& idx :
         m_tree->selectionModel()->selectedRows(PackTreeModel::TitleColumn)) {
        const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void PackPanel::importPaths(const QStringList& paths, int section, int row)
{
    if (!paths.isEmpty())
        m_importer->import(paths, section, row);
}

void PackPanel::importUrls(const QList<QUrl>& urls, int section, int row)
{
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    importPaths(paths, section, row);
}

void PackPanel::addFiles()
{
    importPaths(FileDialog::openFiles(this, tr("Add Files"), tr("All files (*)")));
}

void PackPanel::addFolder()
{
    const QString folder = FileDialog::openFolder(this, tr("Add Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void PackPanel::addNote()
{
    Core::PackItem note = Core::PackItem::note(tr("New note"), QString());
    note.id = Core::PackItem::newId();
    m_editor->addItemsToSection(tr("Notes"), {note});
    selectItem(note.id);
}

void PackPanel::addTextAsNote(const QString& text, int section, int row)
{
    if (text.trimmed().isEmpty())
        return;
    QString title = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.size() > 60)
        title = title.left(57) + QStringLiteral("…");
    Core::PackItem note = Core::PackItem::note(title, text);
    note.id = Core::PackItem::newId();
    if (section >= 0)
        m_editor->addItems(section, row, {note});
    else
        m_editor->addItemsToSection(tr("Notes"), {note});
    selectItem(note.id);
}

void PackPanel::paste()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    // Paste into the section of the current row, as a drop there would.
    const QModelIndex current = sourceIndex(m_tree->currentIndex());
    const auto [s, r] = m_model->position(current);
    if (mime->hasUrls())
        importUrls(mime->urls(), s, r < 0 ? -1 : r + 1);
    else if (mime->hasText())
        addTextAsNote(mime->text(), s, r < 0 ? -1 : r + 1);
}

void PackPanel::deleteSelected()
{
    const QStringList ids = selectedItemIds();
    if (!ids.isEmpty()) {
        m_editor->removeItems(ids);
        return;
    }
    const QModelIndex current = sourceIndex(m_tree->currentIndex());
    const auto [s, r] = m_model->position(current);
    if (s >= 0 && r < 0)
        m_editor->removeSection(s); // undoable, so no confirmation
}

void PackPanel::editItem(const QString& itemId)
{
    const Core::PackItem* item = m_document->pack().item(itemId);
    if (!item)
        return;
    auto* dialog = new ItemEditorDialog(*item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, itemId] {
        const Core::PackItem* current = m_document->pack().item(itemId);
        if (!current)
            return; // deleted meanwhile
        const Core::PackItem edited = dialog->edited();
        if (edited.title != current->title || edited.tags != current->tags ||
            edited.text != current->text)
            m_editor->updateItem(itemId, edited, tr("Edit “%1”").arg(edited.title));
    });
    dialog->open();
}

void PackPanel::refreshItems(const QStringList& itemIds)
{
    if (itemIds.isEmpty())
        return;
    m_importer->refresh(itemIds);
}

void PackPanel::removeDuplicates()
{
    m_editor->removeItems(m_model->duplicates().laterCopies(m_document->pack()));
}

void PackPanel::showHeaviestItems()
{
    auto* dialog = findChild<HeaviestItemsDialog*>();
    if (!dialog) {
        dialog = new HeaviestItemsDialog(m_model, this);
        connect(dialog, &HeaviestItemsDialog::itemChosen, this, &PackPanel::selectItem);
    }
    dialog->show();
    dialog->raise();
}

void PackPanel::addSection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Section"), tr("Section name:"),
                                               QLineEdit::Normal, tr("Notes"), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_editor->addSection(name.trimmed());
}

void PackPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex idx = sourceIndex(m_tree->indexAt(pos));
    const QStringList ids = selectedItemIds();
    QMenu menu(this);
    const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
    if (!id.isEmpty()) {
        menu.addAction(tr("Edit…"), this, [this, id] { editItem(id); });
        menu.addAction(tr("Rename"), this, [this] { m_tree->edit(m_tree->currentIndex()); });
        menu.addAction(tr("Include"), this, [this, ids] { m_editor->setItemsEnabled(ids, true); });
        menu.addAction(tr("Exclude"), this, [this, ids] { m_editor->setItemsEnabled(ids, false); });
        if (!idx.data(PackTreeModel::StaleReasonRole).toString().isEmpty())
            menu.addAction(tr("Refresh from Disk"), this, [this, ids] { refreshItems(ids); });
        if (!idx.data(PackTreeModel::DuplicateOfRole).toStringList().isEmpty())
            menu.addAction(tr("Remove Duplicate Copies"), this, &PackPanel::removeDuplicates);
        menu.addSeparator();
        menu.addAction(tr("Delete"), QKeySequence::Delete, this, &PackPanel::deleteSelected);
    } else if (idx.isValid()) {
        const int section = m_model->position(idx).first;
        menu.addAction(tr("Rename Section"), this,
                       [this] { m_tree->edit(m_tree->currentIndex()); });
        menu.addAction(tr("Delete Section"), this,
                       [this, section] { m_editor->removeSection(section); });
    }
    menu.addAction(tr("New Section…"), this, &PackPanel::addSection);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

bool PackPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_tree->viewport()->rect());
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteSelected();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QString id = m_tree->currentIndex().data(PackTreeModel::ItemIdRole).toString();
            if (!id.isEmpty()) {
                editItem(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PackPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void PackPanel::dropEvent(QDropEvent* event)
{
    // Drops outside the tree (title, goal margins) land in the section their format suggests.
    if (event->mimeData()->hasUrls()) {
        importUrls(event->mimeData()->urls(), -1, -1);
        event->acceptProposedAction();
    } else if (event->mimeData()->hasText()) {
        addTextAsNote(event->mimeData()->text(), -1, -1);
        event->acceptProposedAction();
    }
}

} // namespace Cb::Ui
