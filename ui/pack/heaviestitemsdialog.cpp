#include "ui/pack/heaviestitemsdialog.h"

#include "core/pack/packtreemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

using Core::PackTreeModel;

namespace {
enum Column
{
    TitleCol,
    SectionCol,
    SizeCol,
    TokensCol,
    IncludedCol
};
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

// Sorts numeric columns by their numbers, not their formatted text.
class SortableRow : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kSortRole);
        const QVariant b = other.data(column, kSortRole);
        if (a.isValid() || b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less ||
                   (!a.isValid() && b.isValid());
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};
} // namespace

HeaviestItemsDialog::HeaviestItemsDialog(PackTreeModel* model, QWidget* parent)
    : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("heaviestItemsDialog"));
    setWindowTitle(tr("Heaviest Items"));
    resize(620, 460);
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("heaviestList"));
    m_list->setHeaderLabels({tr("Item"), tr("Section"), tr("Size"), tr("Tokens"), tr("Included")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);
    m_total = new QLabel(this);
    layout->addWidget(m_total);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* row) {
        Q_EMIT itemChosen(row->data(TitleCol, kIdRole).toString());
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &HeaviestItemsDialog::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &HeaviestItemsDialog::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsMoved, this, &HeaviestItemsDialog::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &HeaviestItemsDialog::scheduleRebuild);
    connect(model, &QAbstractItemModel::modelReset, this, &HeaviestItemsDialog::scheduleRebuild);
    m_list->sortByColumn(SizeCol, Qt::DescendingOrder);
}

void HeaviestItemsDialog::showEvent(QShowEvent* event)
{
    rebuild();
    QDialog::showEvent(event);
}

void HeaviestItemsDialog::scheduleRebuild()
{
    if (!isVisible() || m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(100, this, &HeaviestItemsDialog::rebuild);
}

void HeaviestItemsDialog::rebuild()
{
    m_rebuildPending = false;
    m_list->setSortingEnabled(false);
    m_list->clear();
    qint64 totalBytes = 0;
    qint64 totalTokens = 0;
    int items = 0;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->sectionIndex(s);
        const QString sectionName = section.data(Qt::EditRole).toString();
        for (int r = 0; r < m_model->rowCount(section); ++r) {
            const QModelIndex title = m_model->index(r, PackTreeModel::TitleColumn, section);
            const QModelIndex size = m_model->index(r, PackTreeModel::SizeColumn, section);
            const QModelIndex tokens = m_model->index(r, PackTreeModel::TokensColumn, section);
            const bool included = title.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            auto* row = new SortableRow(m_list);
            row->setText(TitleCol, title.data(Qt::EditRole).toString());
            row->setData(TitleCol, kIdRole, title.data(PackTreeModel::ItemIdRole));
            row->setToolTip(TitleCol, title.data(Qt::ToolTipRole).toString());
            row->setText(SectionCol, sectionName);
            row->setText(SizeCol, size.data().toString());
            row->setData(SizeCol, kSortRole, size.data(PackTreeModel::SortValueRole));
            row->setTextAlignment(SizeCol, Qt::AlignRight | Qt::AlignVCenter);
            const QVariant count = tokens.data(PackTreeModel::SortValueRole);
            row->setText(TokensCol, count.isValid() ? QLocale().toString(count.toLongLong())
                                                    : QStringLiteral("–"));
            row->setData(TokensCol, kSortRole, count);
            row->setTextAlignment(TokensCol, Qt::AlignRight | Qt::AlignVCenter);
            row->setText(IncludedCol, included ? tr("yes") : tr("no"));
            if (included) {
                totalBytes += size.data(PackTreeModel::SortValueRole).toLongLong();
                totalTokens += count.toLongLong();
            }
            ++items;
        }
    }
    m_list->setSortingEnabled(true);
    m_total->setText(
        tr("%n item(s); included: %1, %2 tokens", nullptr, items)
            .arg(QLocale().formattedDataSize(totalBytes))
            .arg(totalTokens > 0 ? QLocale().toString(totalTokens) : QStringLiteral("–")));
}

} // namespace Cb::Ui
