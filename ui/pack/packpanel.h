#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Cb::Core {
class PackDocument;
class PackFilterModel;
class PackSourceWatcher;
class PackTreeModel;
} // namespace Cb::Core

namespace Cb::Ui {

class ImportStatusWidget;
class PackEditor;
class PackImporter;

// The left pane: the pack's title and goal, a filter box, and its sections and items as a tree
// that accepts dropped (or pasted) files, folders and text. Imports run in the background with
// a progress strip and a report under the tree. Every edit goes through the PackEditor's undo
// stack. Marks duplicates and items whose source changed on disk, with banners that offer to
// remove or refresh them. Not owning the document. GUI thread.
class PackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PackPanel(Core::PackDocument* document, QWidget* parent = nullptr);
    ~PackPanel() override;

    QTreeView* treeView() const { return m_tree; }
    Core::PackTreeModel* model() const { return m_model; }
    Core::PackFilterModel* filterModel() const { return m_filter; }
    PackEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const;
    PackImporter* importer() const { return m_importer; }
    Core::PackSourceWatcher* sourceWatcher() const { return m_watcher; }
    ImportStatusWidget* importStatus() const { return m_importStatus; }
    // Selects and shows the item with this id.
    void selectItem(const QString& itemId);
    QStringList selectedItemIds() const;

    // section -1: the section is chosen by each document's format.
    void importPaths(const QStringList& paths, int section = -1, int row = -1);
    void addFiles();
    void addFolder();
    void addNote();
    void paste();
    void deleteSelected();
    void editItem(const QString& itemId);
    void refreshItems(const QStringList& itemIds);
    void removeDuplicates();
    void showHeaviestItems();

Q_SIGNALS:
    void itemActivated(const QString& itemId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildTree();
    void syncFromDocument();
    void updateEmptyState();
    void updateBanners();
    void addSection();
    void addTextAsNote(const QString& text, int section, int row);
    void importUrls(const QList<QUrl>& urls, int section, int row);
    void showContextMenu(const QPoint& pos);
    QModelIndex sourceIndex(const QModelIndex& viewIndex) const;

    Core::PackDocument* m_document;
    Core::PackTreeModel* m_model;
    Core::PackFilterModel* m_filter;
    PackEditor* m_editor;
    Core::PackSourceWatcher* m_watcher;
    PackImporter* m_importer = nullptr;
    QLineEdit* m_title;
    QPlainTextEdit* m_goal;
    QLineEdit* m_filterEdit;
    QTimer* m_filterDelay;
    QTreeView* m_tree;
    QLabel* m_emptyHint;
    QLabel* m_duplicatesBanner;
    QLabel* m_staleBanner;
    ImportStatusWidget* m_importStatus;
    QLabel* m_summary;
};

} // namespace Cb::Ui
