#include "ui/prompt/variablesform.h"

#include "ui/common/imecomposition.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Cb::Ui {

VariablesForm::VariablesForm(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("variablesForm"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    hide();
}

void VariablesForm::setVariables(const QStringList& names, const QStringList& missing)
{
    if (names != m_names)
        rebuild(names);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const bool isMissing = missing.contains(it.key());
        it.value()->setStyleSheet(
            isMissing ? QStringLiteral("QLineEdit { border: 1px solid #d08c00; }") : QString());
        it.value()->setToolTip(
            isMissing ? tr("No value yet: the prompt shows {{%1}} as written").arg(it.key())
                      : QString());
    }
    m_hint->setText(
        missing.isEmpty()
            ? tr("Template variables")
            : tr("<b>This template needs %1</b> — until then the prompt keeps the "
                 "{{placeholder}} as written.")
                  .arg(missing.size() == 1 ? tr("a value") : tr("%1 values").arg(missing.size())));
    setVisible(!names.isEmpty());
}

void VariablesForm::setValues(const QHash<QString, QString>& values)
{
    m_values = values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setText(m_values.value(it.key()));
    }
}

void VariablesForm::commitPending()
{
    bool changed = false;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        ImeComposition::commitPending(it.value());
        const QString text = it.value()->text();
        if (text == m_values.value(it.key()))
            continue;
        if (text.isEmpty())
            m_values.remove(it.key());
        else
            m_values.insert(it.key(), text);
        changed = true;
    }
    if (changed)
        Q_EMIT valuesChanged();
}

void VariablesForm::rebuild(const QStringList& names)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_names = names;
    for (const QString& name : names) {
        auto* edit = new QLineEdit(m_values.value(name), this);
        edit->setObjectName(QStringLiteral("variable_") + name);
        edit->setPlaceholderText(tr("Value for {{%1}}").arg(name));
        ImeComposition::watch(edit); // Enter and focus leaving commit a syllable being composed
        m_form->addRow(name + QLatin1Char(':'), edit);
        m_editors.insert(name, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, name](const QString& text) {
            if (text.isEmpty())
                m_values.remove(name);
            else
                m_values.insert(name, text);
            Q_EMIT valuesChanged();
        });
    }
}

} // namespace Cb::Ui
