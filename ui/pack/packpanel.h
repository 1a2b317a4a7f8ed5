#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;

namespace Cb::Core {
class PackDocument;
class PackTreeModel;
} // namespace Cb::Core

namespace Cb::Ui {

// The left pane: the pack's title and goal, and its sections and items as a tree that accepts
// dropped files, folders and text. Importing is not done here: drops and "Add" buttons are
// announced with importRequested / noteRequested. Not owning the document.
class PackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PackPanel(Core::PackDocument* document, QWidget* parent = nullptr);

    QTreeView* treeView() const { return m_tree; }
    Core::PackTreeModel* model() const { return m_model; }
    // Selects and shows the item with this id.
    void selectItem(const QString& itemId);

Q_SIGNALS:
    // section -1: no section chosen (the window picks or creates one).
    void importRequested(const QList<QUrl>& urls, int section, int row);
    void textDropped(const QString& text, int section, int row);
    void addFilesRequested();
    void addNoteRequested();
    void itemActivated(const QString& itemId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void syncFromDocument();
    void updateEmptyState();
    void addSection();

    Core::PackDocument* m_document;
    Core::PackTreeModel* m_model;
    QLineEdit* m_title;
    QPlainTextEdit* m_goal;
    QTreeView* m_tree;
    QLabel* m_emptyHint;
    QLabel* m_summary;
};

} // namespace Cb::Ui
