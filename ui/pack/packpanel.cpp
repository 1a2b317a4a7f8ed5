#include "ui/pack/packpanel.h"

#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Cb::Ui {

using Core::PackTreeModel;

PackPanel::PackPanel(Core::PackDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new PackTreeModel(document, this))
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* heading = new QLabel(tr("<b>Context pack</b>"), this);
    layout->addWidget(heading);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("packTitle"));
    m_title->setPlaceholderText(tr("Pack title"));
    layout->addWidget(m_title);

    m_goal = new QPlainTextEdit(this);
    m_goal->setObjectName(QStringLiteral("packGoal"));
    m_goal->setPlaceholderText(tr("Goal: what should the model produce? For example: a launch plan with "
                                  "target metrics, a timeline, priorities and explicit exclusions."));
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_goal);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("packTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PackTreeModel::TitleColumn, QHeaderView::Stretch);
    for (int c = PackTreeModel::FormatColumn; c < PackTreeModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    m_emptyHint = new QLabel(tr("Drop documents, notes or folders here\n\n"
                                "Meeting transcripts, voice memos, PDFs, Word files, web pages, code.\n"
                                "Or use Add Files… and Add Note below."),
                             m_tree->viewport());
    m_emptyHint->setObjectName(QStringLiteral("packEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 12px;"));
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("packSummary"));
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    auto* addFiles = new QPushButton(tr("Add Files…"), this);
    auto* addNote = new QPushButton(tr("Add Note"), this);
    auto* addSection = new QPushButton(tr("New Section"), this);
    buttons->addWidget(addFiles);
    buttons->addWidget(addNote);
    buttons->addWidget(addSection);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(addFiles, &QPushButton::clicked, this, &PackPanel::addFilesRequested);
    connect(addNote, &QPushButton::clicked, this, &PackPanel::addNoteRequested);
    connect(addSection, &QPushButton::clicked, this, &PackPanel::addSection);
    connect(m_model, &PackTreeModel::filesDropped, this, &PackPanel::importRequested);
    connect(m_model, &PackTreeModel::textDropped, this, &PackPanel::textDropped);
    connect(m_title, &QLineEdit::textEdited, m_document, &Core::PackDocument::setTitle);
    connect(m_goal, &QPlainTextEdit::textChanged, this, [this] {
        if (m_goal->toPlainText() != m_document->pack().goal)
            m_document->setGoal(m_goal->toPlainText());
    });
    connect(m_document, &Core::PackDocument::metadataChanged, this, &PackPanel::syncFromDocument);
    connect(m_document, &Core::PackDocument::contentChanged, this, &PackPanel::updateEmptyState);
    connect(m_document, &Core::PackDocument::resetDone, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        m_tree->expand(parent.isValid() ? parent : QModelIndex());
        if (!parent.isValid())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& idx) {
        const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT itemActivated(id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& idx) {
                const QString id = idx.data(PackTreeModel::ItemIdRole).toString();
                if (!id.isEmpty())
                    Q_EMIT itemActivated(id);
            });
    syncFromDocument();
    m_tree->expandAll();
    updateEmptyState();
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

void PackPanel::selectItem(const QString& itemId)
{
    const auto [s, r] = m_document->pack().locate(itemId);
    if (s < 0)
        return;
    const QModelIndex idx = m_model->itemIndex(s, r);
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx);
}

void PackPanel::addSection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Section"), tr("Section name:"),
                                               QLineEdit::Normal, tr("Notes"), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_document->addSection(name.trimmed());
}

bool PackPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_tree->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void PackPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void PackPanel::dropEvent(QDropEvent* event)
{
    // Drops outside the tree (title, goal margins) land in no particular section.
    if (event->mimeData()->hasUrls()) {
        Q_EMIT importRequested(event->mimeData()->urls(), -1, -1);
        event->acceptProposedAction();
    } else if (event->mimeData()->hasText()) {
        Q_EMIT textDropped(event->mimeData()->text(), -1, -1);
        event->acceptProposedAction();
    }
}

} // namespace Cb::Ui
