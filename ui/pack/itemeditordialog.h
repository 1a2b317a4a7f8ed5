#pragma once

#include "core/pack/packitem.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Cb::Ui {

// Edits one pack item: title, tags (comma-separated) and, for notes, the text. A document's
// text is its imported snapshot and is shown read-only (refresh re-imports it instead).
// The caller opens it with open() and reads edited() on accepted(); no edit happens here.
class ItemEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ItemEditorDialog(const Core::PackItem& item, QWidget* parent = nullptr);

    // The item with the dialog's values (same id).
    Core::PackItem edited() const;
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPlainTextEdit* textEdit() const { return m_text; }

    static QStringList parseTags(const QString& text);

private:
    Core::PackItem m_item;
    QLineEdit* m_title;
    QLineEdit* m_tags;
    QPlainTextEdit* m_text;
    QLabel* m_stats;
};

} // namespace Cb::Ui
