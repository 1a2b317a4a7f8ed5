#include "ui/prompt/templateeditordialog.h"

#include "core/prompt/templatelibrary.h"
#include "core/prompt/templatesyntax.h"
#include "ui/common/imecomposition.h"
#include "ui/common/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {
template <typename W> W* named(W* widget, const char* name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

QPlainTextEdit* textEditor(QWidget* parent, const char* name)
{
    auto* edit = named(new QPlainTextEdit(parent), name);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true);
    ImeComposition::watch(edit);
    return edit;
}

// The English presets' descriptions (resources/templates/*.cbtemplate), for the translator: the
// list's tooltip gives a preset's description in the interface language when there is one.
[[maybe_unused]] const char* const kPresetDescriptions[] = {
    QT_TRANSLATE_NOOP("Cb::Ui::TemplatePresets",
                      "A concrete plan for the goal: target metrics, timeline, ranked priorities with owners, "
                      "explicit exclusions, risks."),
    QT_TRANSLATE_NOOP("Cb::Ui::TemplatePresets",
                      "A one-page summary for a named audience: bottom line first, key facts with sources, "
                      "decisions needed."),
    QT_TRANSLATE_NOOP("Cb::Ui::TemplatePresets",
                      "A sceptical review: verdict, critical issues with severity and fixes, gaps, hidden "
                      "assumptions, the best counter-argument."),
    QT_TRANSLATE_NOOP("Cb::Ui::TemplatePresets",
                      "A digest of meetings and voice memos for people who were not there: decisions, action "
                      "items, open questions, figures."),
};

QString shownDescription(const Core::PromptTemplate& t)
{
    return t.builtIn ? QCoreApplication::translate("Cb::Ui::TemplatePresets", t.description.toUtf8().constData())
                     : t.description;
}

QString slotHelpText()
{
    return QObject::tr("<b>Slots</b><br>"
                       "<code>{{goal}}</code> the pack's goal · <code>{{title}}</code> its title · "
                       "<code>{{date}}</code> today (yyyy-mm-dd)<br>"
                       "<code>{{context}}</code> every enabled item, grouped by section, wrapped "
                       "in the style above<br>"
                       "<code>{{section:Name}}</code> one section's enabled items<br>"
                       "<code>{{audience}}</code> or any other name: a variable you are asked for "
                       "when the template is used<br>"
                       "Write <code>{{{{</code> and <code>}}}}</code> for literal braces. Document "
                       "text is never expanded.");
}
} // namespace

TemplateEditorDialog::TemplateEditorDialog(Core::TemplateLibrary& library, QWidget* parent)
    : QDialog(parent), m_library(library)
{
    setWindowTitle(tr("Prompt Templates"));
    resize(980, 680);
    auto* split = new QSplitter(this);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = named(new QListWidget(left), "templateList");
    leftLayout->addWidget(m_list);
    auto* listButtons = new QHBoxLayout;
    m_duplicate = named(new QPushButton(tr("Duplicate"), left), "duplicateButton");
    m_delete = named(new QPushButton(tr("Delete"), left), "deleteButton");
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_readOnlyNote = named(new QLabel(tr("This preset ships with ContextBench and is read-only. "
                                         "Duplicate it to make your own version."),
                                      right),
                           "readOnlyNote");
    m_readOnlyNote->setWordWrap(true);
    rightLayout->addWidget(m_readOnlyNote);
    auto* form = new QFormLayout;
    m_name = named(new QLineEdit(right), "nameEdit");
    m_description = named(new QLineEdit(right), "descriptionEdit");
    ImeComposition::watch(m_name);
    ImeComposition::watch(m_description);
    m_wrap = named(new QComboBox(right), "wrapCombo");
    m_wrap->addItem(tr("XML tags: <document title=… source=… section=…>"), QStringLiteral("xml"));
    m_wrap->addItem(tr("Markdown headings"), QStringLiteral("markdown"));
    m_wrap->addItem(tr("Plain separator lines"), QStringLiteral("plain"));
    m_nameProblem = named(new QLabel(right), "nameProblem");
    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Wrap items as"), m_wrap);
    m_cite = named(new QCheckBox(tr("Cite sources: documents carry their id; the model cites "
                                    "[[id: \"exact quote\"]] and every citation is checked"),
                                 right),
                   "citeCheck");
    form->addRow(QString(), m_cite);
    rightLayout->addLayout(form);
    rightLayout->addWidget(new QLabel(tr("Instructions (system message)"), right));
    m_instructions = textEditor(right, "instructionsEdit");
    rightLayout->addWidget(m_instructions, 2);
    rightLayout->addWidget(new QLabel(tr("Input (user message)"), right));
    m_input = textEditor(right, "inputEdit");
    rightLayout->addWidget(m_input, 1);
    auto* bottom = new QHBoxLayout;
    auto* slotsBox = new QVBoxLayout;
    slotsBox->addWidget(new QLabel(tr("Slots used"), right));
    m_slots = named(new QListWidget(right), "slotList");
    m_slots->setMaximumHeight(120);
    slotsBox->addWidget(m_slots);
    bottom->addLayout(slotsBox, 1);
    auto* help = named(new QLabel(slotHelpText(), right), "slotHelp");
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    bottom->addWidget(help, 2);
    rightLayout->addLayout(bottom);
    split->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = named(buttons->addButton(tr("Save"), QDialogButtonBox::ActionRole), "saveButton");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_duplicate, &QPushButton::clicked, this, &TemplateEditorDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &TemplateEditorDialog::remove);
    connect(m_list, &QListWidget::currentRowChanged, this,
            &TemplateEditorDialog::onSelectionChanged);
    for (QLineEdit* edit : {m_name, m_description})
        connect(edit, &QLineEdit::textChanged, this, &TemplateEditorDialog::onEdited);
    for (QPlainTextEdit* edit : {m_instructions, m_input})
        connect(edit, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::onEdited);
    connect(m_wrap, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::onEdited);
    connect(m_cite, &QCheckBox::toggled, this, &TemplateEditorDialog::onEdited);

    rebuildList(m_library.defaultTemplate().name);
}

void TemplateEditorDialog::rebuildList(const QString& select)
{
    m_loading = true;
    m_list->clear();
    int row = 0;
    for (const Core::PromptTemplate& t : m_library.templates()) {
        QString label = t.name;
        if (t.builtIn)
            label += tr(" (preset)");
        else if (m_library.hasPreset(t.name))
            label += tr(" (your version of the preset)");
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(shownDescription(t));
        if (t.name.compare(select, Qt::CaseInsensitive) == 0)
            row = m_list->count() - 1;
    }
    m_loading = false;
    m_list->setCurrentRow(-1);
    m_list->setCurrentRow(row);
}

bool TemplateEditorDialog::selectTemplate(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) ==
            0) {
            m_list->setCurrentRow(row);
            return m_current.name.compare(name, Qt::CaseInsensitive) == 0;
        }
    }
    return false;
}

void TemplateEditorDialog::onSelectionChanged()
{
    if (m_loading || m_list->currentRow() < 0)
        return;
    const QString name = m_list->currentItem()->data(Qt::UserRole).toString();
    if (name == m_current.name && !m_current.name.isEmpty())
        return;
    if (!settleUnsavedChanges()) {
        QSignalBlocker block(m_list); // stay on the template being edited
        selectTemplate(m_current.name);
        return;
    }
    if (const Core::PromptTemplate* t = m_library.find(name)) {
        showTemplate(*t);
        selectTemplate(name); // saving on the way may have rebuilt the list
    }
}

void TemplateEditorDialog::showTemplate(const Core::PromptTemplate& tmpl)
{
    m_loading = true;
    m_current = tmpl;
    m_name->setText(tmpl.name);
    m_description->setText(tmpl.description);
    m_wrap->setCurrentIndex(m_wrap->findData(Core::wrapStyleName(tmpl.wrap)));
    m_cite->setChecked(tmpl.citeSources);
    m_instructions->setPlainText(tmpl.instructions);
    m_input->setPlainText(tmpl.input);
    for (QLineEdit* edit : {m_name, m_description})
        edit->setReadOnly(tmpl.builtIn);
    for (QPlainTextEdit* edit : {m_instructions, m_input})
        edit->setReadOnly(tmpl.builtIn);
    m_wrap->setEnabled(!tmpl.builtIn);
    m_cite->setEnabled(!tmpl.builtIn);
    m_readOnlyNote->setVisible(tmpl.builtIn);
    m_loading = false;
    m_dirty = false;
    updateState();
}

Core::PromptTemplate TemplateEditorDialog::editedTemplate() const
{
    Core::PromptTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.description = m_description->text().trimmed();
    t.wrap =
        Core::wrapStyleFromName(m_wrap->currentData().toString()).value_or(Core::WrapStyle::Xml);
    t.citeSources = m_cite->isChecked();
    t.instructions = m_instructions->toPlainText();
    t.input = m_input->toPlainText();
    return t;
}

void TemplateEditorDialog::onEdited()
{
    if (m_loading)
        return;
    m_dirty = !(editedTemplate() == m_current);
    updateState();
}

void TemplateEditorDialog::updateState()
{
    const Core::PromptTemplate t = editedTemplate();
    m_slots->clear();
    const QStringList variables = t.variableNames();
    // As they are written in the template: {{goal}}, not a bare word.
    for (const QString& slot : t.slotNames()) {
        const QString written = QStringLiteral("{{%1}}").arg(slot);
        m_slots->addItem(variables.contains(slot) ? tr("%1 (variable: asked for when used)").arg(written) : written);
    }

    const bool validName = Core::PromptTemplate::isValidName(t.name);
    m_nameProblem->setText(validName ? QString() : tr("Use 1 to 64 letters, digits, '-' and '_'."));
    m_nameProblem->setVisible(!validName);
    m_save->setEnabled(!m_current.builtIn && validName && m_dirty);
    m_duplicate->setEnabled(!m_current.name.isEmpty());
    m_delete->setEnabled(!m_current.builtIn && !m_current.name.isEmpty());
    m_delete->setText(m_library.hasPreset(m_current.name) && !m_current.builtIn
                          ? tr("Revert to Preset")
                          : tr("Delete"));
}

bool TemplateEditorDialog::settleUnsavedChanges()
{
    if (!m_dirty)
        return true;
    const auto answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Unsaved Template"),
        tr("Save the changes to '%1'?").arg(m_current.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    m_dirty = answer != QMessageBox::Discard;
    return !m_dirty;
}

bool TemplateEditorDialog::save()
{
    const Core::PromptTemplate edited = editedTemplate();
    if (m_current.builtIn || !Core::PromptTemplate::isValidName(edited.name))
        return false;
    const bool renamed = edited.name.compare(m_current.name, Qt::CaseInsensitive) != 0;
    if (const Core::PromptTemplate* other = m_library.find(edited.name);
        renamed && other && !other->builtIn) {
        const auto answer =
            MessageBox::ask(this, QMessageBox::Question, tr("Replace Template"),
                            tr("A template named '%1' exists. Replace it?").arg(other->name),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (auto saved = m_library.saveUserTemplate(edited); !saved) {
        MessageBox::warning(this, tr("Save Template"),
                            tr("Could not save the template: %1").arg(saved.error().message));
        return false;
    }
    if (renamed && !m_current.name.isEmpty()) {
        if (auto removed = m_library.removeUserTemplate(m_current.name); !removed)
            MessageBox::warning(this, tr("Save Template"),
                                tr("Saved as '%1', but the old file could not be removed: %2")
                                    .arg(edited.name, removed.error().message));
    }
    m_dirty = false;
    m_current = {};
    rebuildList(edited.name);
    Q_EMIT templatesChanged();
    return true;
}

QString TemplateEditorDialog::uniqueCopyName(const QString& base) const
{
    const QString stem = base.left(50) + QStringLiteral("-copy");
    QString name = stem;
    for (int n = 2; m_library.find(name); ++n)
        name = stem + QLatin1Char('-') + QString::number(n);
    return name;
}

void TemplateEditorDialog::duplicate()
{
    if (!settleUnsavedChanges())
        return;
    Core::PromptTemplate copy = editedTemplate();
    copy.name = uniqueCopyName(m_current.name);
    copy.builtIn = false;
    copy.filePath.clear();
    if (auto saved = m_library.saveUserTemplate(copy); !saved) {
        MessageBox::warning(this, tr("Duplicate Template"),
                            tr("Could not save the copy: %1").arg(saved.error().message));
        return;
    }
    m_current = {};
    rebuildList(copy.name);
    Q_EMIT templatesChanged();
}

void TemplateEditorDialog::remove()
{
    if (m_current.builtIn || m_current.name.isEmpty())
        return;
    const bool revert = m_library.hasPreset(m_current.name);
    const QString question =
        revert ? tr("Delete your version of '%1' and use the shipped preset again?")
               : tr("Delete the template '%1'?");
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete Template"),
                        question.arg(m_current.name), QMessageBox::Yes | QMessageBox::No,
                        QMessageBox::No) != QMessageBox::Yes)
        return;
    const QString name = m_current.name;
    if (auto removed = m_library.removeUserTemplate(name); !removed) {
        MessageBox::warning(this, tr("Delete Template"), removed.error().message);
        return;
    }
    m_dirty = false;
    m_current = {};
    rebuildList(revert ? name : m_library.defaultTemplate().name);
    Q_EMIT templatesChanged();
}

void TemplateEditorDialog::done(int result)
{
    if (!settleUnsavedChanges())
        return;
    QDialog::done(result);
}

} // namespace Cb::Ui
