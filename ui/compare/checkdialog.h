#pragma once

#include "core/eval/textcheck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace Cb::Ui {

// Defines an automatic pass/fail check for the answers: contains a phrase, matches a regular
// expression, is valid JSON, matches a JSON schema, or has a length within bounds. OK stays
// disabled while the definition does not compile (bad regex or schema) and says why.
// The caller reads check() after accepted(). GUI thread.
class CheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CheckDialog(QWidget* parent = nullptr);

    Core::Result<Core::TextCheck> check() const;

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* textEdit() const { return m_text; }

private:
    void validate();

    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QLineEdit* m_text;   // contains / regex
    QPlainTextEdit* m_schema;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QComboBox* m_unit;
    QSpinBox* m_minCitations;
    QCheckBox* m_allVerified;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace Cb::Ui
