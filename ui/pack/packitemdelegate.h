#pragma once

#include <QStyledItemDelegate>

namespace Cb::Ui {

// Paints the pack tree's item states: a warning icon on items whose text repeats another item,
// a reload icon on items whose source file changed on disk, greyed text for excluded items and
// bold section rows. Reads PackTreeModel roles only; the model stays free of Gui types.
class PackItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Cb::Ui
