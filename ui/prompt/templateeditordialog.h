#pragma once

#include "core/prompt/prompttemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Cb::Core {
class TemplateLibrary;
}

namespace Cb::Ui {

// Lists the prompt templates and edits the user's own. Presets are read-only: "Duplicate" makes
// an editable user copy (saved at once, so it survives closing the dialog). Save writes through
// the library (atomically, to the user's data folder); a renamed template replaces its old file.
// Delete removes a user template, or reverts a user copy that replaces a preset of the same name.
// Not owning the library, which must outlive the dialog. GUI thread.
// Emits templatesChanged() after every save or delete so pickers can refresh.
// Child objectNames for tests: templateList, duplicateButton, deleteButton, saveButton, nameEdit,
// descriptionEdit, wrapCombo, instructionsEdit, inputEdit, slotList, slotHelp, readOnlyNote,
// nameProblem.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditorDialog(Core::TemplateLibrary& library, QWidget* parent = nullptr);

    // Shows the named template (case-insensitive); false if there is none.
    bool selectTemplate(const QString& name);
    QString currentName() const { return m_current.name; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // What the editors hold now, as a template value.
    Core::PromptTemplate editedTemplate() const;

    bool save();
    void duplicate();
    void remove();

Q_SIGNALS:
    void templatesChanged();

protected:
    void done(int result) override;

private:
    void rebuildList(const QString& select);
    void onSelectionChanged();
    void showTemplate(const Core::PromptTemplate& tmpl);
    void onEdited();
    void updateState();
    // Before leaving a template with unsaved edits: true if it is fine to go on.
    bool settleUnsavedChanges();
    QString uniqueCopyName(const QString& base) const;

    Core::TemplateLibrary& m_library;
    Core::PromptTemplate m_current;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget* m_list;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_save;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_wrap;
    QCheckBox* m_cite;
    QPlainTextEdit* m_instructions;
    QPlainTextEdit* m_input;
    QListWidget* m_slots;
    QLabel* m_readOnlyNote;
    QLabel* m_nameProblem;
};

} // namespace Cb::Ui
