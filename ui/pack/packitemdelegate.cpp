#include "ui/pack/packitemdelegate.h"

#include "core/pack/packtreemodel.h"

#include <QApplication>
#include <QStyle>

namespace Cb::Ui {

using Core::PackTreeModel;

void PackItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PackTreeModel::IsSectionRole).toBool()) {
        option->font.setBold(true);
        return;
    }
    const QModelIndex title = index.siblingAtColumn(PackTreeModel::TitleColumn);
    if (title.data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    if (index.column() != PackTreeModel::TitleColumn)
        return;
    QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    if (!index.data(PackTreeModel::StaleReasonRole).toString().isEmpty()) {
        option->icon = style->standardIcon(QStyle::SP_BrowserReload);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->font.setItalic(true);
    } else if (!index.data(PackTreeModel::DuplicateOfRole).toStringList().isEmpty()) {
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace Cb::Ui
