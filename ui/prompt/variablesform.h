#pragma once

#include <QFrame>
#include <QHash>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Cb::Ui {

// The template's own variables ({{audience}}, …) as a small inline form above the preview, so a
// missing value is asked for in place rather than by a dialog. Hidden when the template has
// none. Rows are rebuilt only when the set of names changes, so typing keeps focus. GUI thread.
class VariablesForm : public QFrame
{
    Q_OBJECT
public:
    explicit VariablesForm(QWidget* parent = nullptr);

    // names: every user variable of the template, in order; missing: those without a value.
    void setVariables(const QStringList& names, const QStringList& missing);
    QHash<QString, QString> values() const { return m_values; }
    void setValues(const QHash<QString, QString>& values);
    QLineEdit* editor(const QString& name) const { return m_editors.value(name); }
    // Commits a syllable still being composed in any field, so values() has it (a restart).
    void commitPending();

Q_SIGNALS:
    void valuesChanged();

private:
    void rebuild(const QStringList& names);

    QFormLayout* m_form;
    QLabel* m_hint;
    QStringList m_names;
    QHash<QString, QLineEdit*> m_editors;
    QHash<QString, QString> m_values;
};

} // namespace Cb::Ui
