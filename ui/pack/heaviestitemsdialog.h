#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Cb::Core {
class PackTreeModel;
}

namespace Cb::Ui {

// A non-modal list of every item with its section, size and token count, heaviest first and
// sortable by any column: where to cut when a pack is over budget. Follows the pack while open;
// double-clicking an item selects it in the tree (itemChosen). Not owning the model.
class HeaviestItemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HeaviestItemsDialog(Core::PackTreeModel* model, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void rebuild();

Q_SIGNALS:
    void itemChosen(const QString& itemId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRebuild();

    Core::PackTreeModel* m_model;
    QTreeWidget* m_list;
    QLabel* m_total;
    bool m_rebuildPending = false;
};

} // namespace Cb::Ui
