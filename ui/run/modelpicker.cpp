#include "ui/run/modelpicker.h"

#include "core/models/tokenformat.h"
#include "core/settings/settings.h"
#include "ui/compare/callformat.h"
#include "ui/run/modelparamsdialog.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace Keys = Core::Keys;

namespace {

enum Column
{
    NameColumn,
    ContextColumn,
    InputPriceColumn,
    OutputPriceColumn,
    TokenizerColumn,
    ParamsColumn
};
constexpr int KeyRole = Qt::UserRole + 1;
const QStringList kEffortOrder{QStringLiteral("minimal"), QStringLiteral("low"),
                               QStringLiteral("medium"), QStringLiteral("high")};

QString groupName(Core::ModelProvider provider)
{
    switch (provider) {
    case Core::ModelProvider::OpenAi:
        return QObject::tr("OpenAI");
    case Core::ModelProvider::Anthropic:
        return QObject::tr("Anthropic");
    case Core::ModelProvider::Gemini:
        return QObject::tr("Google Gemini");
    case Core::ModelProvider::OpenAiCompatible:
        return QObject::tr("OpenAI-compatible servers");
    }
    return {};
}

QString price(const std::optional<double>& usd)
{
    return usd ? QStringLiteral("$%1").arg(*usd, 0, 'f', 2) : QStringLiteral("—");
}

} // namespace

ModelPicker::ModelPicker(Core::ModelCatalog catalog, Core::Settings& settings, QWidget* parent)
    : QWidget(parent), m_catalog(std::move(catalog)), m_settings(settings)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_modelsButton = new QToolButton(this);
    m_modelsButton->setObjectName(QStringLiteral("modelsButton"));
    m_modelsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_modelsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The list of chosen models gives way on a narrow window (it is in the tooltip and popup).
    m_modelsButton->setMinimumWidth(120);
    m_modelsButton->installEventFilter(this); // re-elides its label when resized
    m_modelsButton->setToolTip(tr("Choose the models to compare"));
    row->addWidget(new QLabel(tr("Models:"), this));
    row->addWidget(m_modelsButton, 1);

    row->addWidget(new QLabel(tr("Repeats:"), this));
    m_repeats = new QSpinBox(this);
    m_repeats->setObjectName(QStringLiteral("repeatsBox"));
    m_repeats->setRange(1, 20);
    m_repeats->setPrefix(QStringLiteral("×"));
    m_repeats->setToolTip(tr("How many times each model answers (for k-of-k reliability)"));
    m_repeats->setValue(std::clamp(m_settings.get(Keys::RunRepeats), 1, 20));
    row->addWidget(m_repeats);

    m_effort = new QComboBox(this);
    m_effort->setObjectName(QStringLiteral("effortBox"));
    m_effort->addItem(tr("Default effort"), QString());
    for (const QString& effort : kEffortOrder)
        m_effort->addItem(tr("Effort: %1").arg(CallFormat::effortLevel(effort)), effort);
    m_effort->setCurrentIndex(
        std::max(0, m_effort->findData(m_settings.get(Keys::ReasoningEffort))));
    const QVariantMap stored = m_settings.get(Keys::ModelParameters);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        m_params.insert(it.key(), QJsonObject::fromVariantMap(it.value().toMap()));
    row->addWidget(m_effort);

    m_send = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the prompt to every selected model (Ctrl+Return)"));
    row->addWidget(m_send);

    buildPopup();
    fillTree(m_settings.get(Keys::SelectedModels));
    updateSummary();

    connect(m_modelsButton, &QToolButton::clicked, this, [this] {
        m_popup->resize(std::max(560, m_modelsButton->width()), 420);
        m_popup->move(m_modelsButton->mapToGlobal(QPoint(0, m_modelsButton->height())));
        m_popup->show();
        m_tree->setFocus();
    });
    connect(m_repeats, &QSpinBox::valueChanged, this, [this] {
        save();
        Q_EMIT selectionChanged();
    });
    connect(m_effort, &QComboBox::currentIndexChanged, this, [this] {
        save();
        Q_EMIT selectionChanged();
    });
    connect(m_send, &QPushButton::clicked, this, &ModelPicker::requestSend);
}

void ModelPicker::buildPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("modelPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_popup);
    m_tree = new QTreeWidget(m_popup);
    m_tree->setObjectName(QStringLiteral("modelTree"));
    m_tree->setHeaderLabels({tr("Model"), tr("Context"), tr("In $/M"), tr("Out $/M"),
                             tr("Tokenizer"), tr("Parameters")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = ContextColumn; c <= ParamsColumn; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_tree, 1);
    auto* hint = new QLabel(tr("Double-click a model for its own effort, output cap, thinking "
                               "budget, temperature or background mode."),
                            m_popup);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);

    auto* customRow = new QHBoxLayout;
    m_custom = new QLineEdit(m_popup);
    m_custom->setObjectName(QStringLiteral("customModelEdit"));
    m_custom->setPlaceholderText(
        tr("Another model: provider:model, e.g. openai-compatible:llama3.1:8b"));
    auto* add = new QPushButton(tr("Add"), m_popup);
    customRow->addWidget(m_custom, 1);
    customRow->addWidget(add);
    layout->addLayout(customRow);

    connect(m_tree, &QTreeWidget::itemChanged, this, &ModelPicker::onTreeChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int) {
        const QString key = item->data(NameColumn, KeyRole).toString();
        if (!key.isEmpty())
            editParameters(key);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QTreeWidgetItem* item = m_tree->itemAt(pos);
        const QString key = item ? item->data(NameColumn, KeyRole).toString() : QString();
        if (key.isEmpty())
            return;
        QMenu menu(m_tree);
        menu.addAction(tr("Parameters…"), this, [this, key] { editParameters(key); });
        QAction* reset = menu.addAction(tr("Reset to run defaults"), this,
                                        [this, key] { setModelParameters(key, {}); });
        reset->setEnabled(!m_params.value(key).isEmpty());
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    auto addTyped = [this] {
        if (addCustomModel(m_custom->text()))
            m_custom->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_custom, &QLineEdit::returnPressed, this, addTyped);
}

QTreeWidgetItem* ModelPicker::addModelRow(QTreeWidgetItem* group, const QString& key,
                                          const QString& name, const Core::ModelInfo* info,
                                          bool checked)
{
    auto* item = new QTreeWidgetItem(group);
    item->setText(NameColumn, name);
    item->setData(NameColumn, KeyRole, key);
    item->setToolTip(NameColumn,
                     info && !info->notes.isEmpty() ? key + QLatin1Char('\n') + info->notes : key);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    if (info) {
        item->setText(ContextColumn, Core::compactTokens(info->contextWindow));
        item->setText(InputPriceColumn, price(info->pricing.base.input));
        item->setText(OutputPriceColumn, price(info->pricing.base.output));
        item->setText(TokenizerColumn,
                      info->hasPublicTokenizer() ? info->encoding : tr("≈ estimate"));
    } else {
        item->setText(TokenizerColumn, tr("≈ estimate"));
    }
    for (int c = ContextColumn; c <= OutputPriceColumn; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    const QString params = ModelParamsDialog::summary(m_params.value(key));
    item->setText(ParamsColumn, params.isEmpty() ? tr("defaults") : params);
    item->setToolTip(ParamsColumn, tr("Double-click to change this model's parameters"));
    return item;
}

void ModelPicker::fillTree(const QStringList& checked)
{
    m_filling = true;
    m_tree->clear();
    QHash<Core::ModelProvider, QTreeWidgetItem*> groups;
    QStringList known;
    for (const Core::ModelInfo& m : m_catalog.models()) {
        QTreeWidgetItem*& group = groups[m.provider];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {groupName(m.provider)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        const bool on = checked.contains(m.key(), Qt::CaseInsensitive);
        addModelRow(group, m.key(), m.displayName.isEmpty() ? m.id : m.displayName, &m, on);
        known << m.key();
    }
    QStringList custom = m_settings.get(Keys::CustomModels);
    for (const QString& key : checked)
        if (!custom.contains(key) && !m_catalog.find(key))
            custom << key;
    if (!custom.isEmpty()) {
        auto* group = new QTreeWidgetItem(m_tree, {tr("Added by hand")});
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
        for (const QString& key : custom)
            addModelRow(group, key, key, nullptr, checked.contains(key));
    }
    m_filling = false;
}

QStringList ModelPicker::selectedModels() const
{
    QStringList keys;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->checkState(NameColumn) == Qt::Checked)
                keys << group->child(i)->data(NameColumn, KeyRole).toString();
    }
    return keys;
}

void ModelPicker::setSelectedModels(const QStringList& keys)
{
    fillTree(keys);
    onTreeChanged();
}

int ModelPicker::repeats() const
{
    return m_repeats->value();
}

QString ModelPicker::reasoningEffort() const
{
    return m_effort->currentData().toString();
}

Core::ModelSelection ModelPicker::runPlan() const
{
    return Core::ModelSelection::build(selectedModels(), repeats(), reasoningEffort(), m_catalog,
                                       m_params);
}

void ModelPicker::setModelParameters(const QString& key, const QJsonObject& params)
{
    if (params.isEmpty())
        m_params.remove(key);
    else
        m_params.insert(key, params);
    QVariantMap stored;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it)
        stored.insert(it.key(), it.value().toVariantMap());
    m_settings.set(Keys::ModelParameters, stored);
    fillTree(selectedModels());
    updateSummary();
    Q_EMIT selectionChanged();
}

void ModelPicker::editParameters(const QString& key)
{
    const bool popupWasOpen = m_popup->isVisible();
    m_popup->hide(); // a popup would close under the dialog anyway; reopen it afterwards
    ModelParamsDialog dialog(key, m_catalog.find(key), m_params.value(key), this);
    if (dialog.exec() == QDialog::Accepted)
        setModelParameters(key, dialog.params());
    if (popupWasOpen)
        m_popup->show();
}

bool ModelPicker::addCustomModel(const QString& typed)
{
    const QString key = typed.trimmed();
    if (!Core::ModelSelection::isValidKey(key)) {
        m_custom->setToolTip(tr("Type provider:model, for example openai-compatible:llama3.1:8b"));
        m_custom->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        return false;
    }
    m_custom->setStyleSheet({});
    QStringList selected = selectedModels();
    if (const auto known = m_catalog.find(key))
        selected << known->key();
    else {
        QStringList custom = m_settings.get(Keys::CustomModels);
        if (!custom.contains(key))
            m_settings.set(Keys::CustomModels, custom << key);
        selected << key;
    }
    selected.removeDuplicates();
    setSelectedModels(selected);
    return true;
}

void ModelPicker::setCatalog(Core::ModelCatalog catalog)
{
    const QStringList selected = selectedModels();
    m_catalog = std::move(catalog);
    setSelectedModels(selected);
}

void ModelPicker::onTreeChanged()
{
    if (m_filling)
        return;
    updateSummary();
    save();
    Q_EMIT selectionChanged();
}

void ModelPicker::updateSummary()
{
    const Core::ModelSelection plan = runPlan();
    QStringList names;
    bool anyEffort = false;
    QStringList lines;
    for (const Core::RunTarget& t : plan.targets) {
        names << (t.model && !t.model->displayName.isEmpty() ? t.model->displayName : t.key);
        const QString params = ModelParamsDialog::summary(m_params.value(t.key));
        lines << (params.isEmpty() ? names.last() : names.last() + QStringLiteral(" (") + params + QLatin1Char(')'));
        anyEffort = anyEffort || (t.model && !t.model->capabilities.reasoningEfforts.isEmpty());
    }
    QString text = names.isEmpty() ? tr("None — choose models…")
                   : names.size() <= 3
                       ? names.join(QStringLiteral(", "))
                       : tr("%1, %2 and %3 more").arg(names[0], names[1]).arg(names.size() - 2);
    m_modelsLabel = text;
    showModelsLabel();
    m_modelsButton->setToolTip(names.isEmpty() ? tr("Choose the models to compare")
                                               : lines.join(QLatin1Char('\n')));
    m_effort->setEnabled(anyEffort);
    m_effort->setToolTip(
        anyEffort ? tr("Sent to the models that accept this effort; others use their default")
                  : tr("None of the selected models takes a reasoning effort"));
    m_send->setEnabled(!names.isEmpty());
}

void ModelPicker::save()
{
    m_settings.set(Keys::SelectedModels, selectedModels());
    m_settings.set(Keys::RunRepeats, repeats());
    m_settings.set(Keys::ReasoningEffort, reasoningEffort());
}

void ModelPicker::requestSend()
{
    if (!selectedModels().isEmpty())
        Q_EMIT sendRequested();
}

void ModelPicker::showModelsLabel()
{
    // Elided at the end, so a narrow window shows the first models rather than a clipped middle;
    // whole until the button is on screen and has its real width.
    if (!m_modelsButton->isVisible()) {
        m_modelsButton->setText(m_modelsLabel + QStringLiteral("  ▾"));
        return;
    }
    const int room = m_modelsButton->width() - m_modelsButton->fontMetrics().horizontalAdvance(QStringLiteral("  ▾")) - 16;
    m_modelsButton->setText(m_modelsButton->fontMetrics().elidedText(m_modelsLabel, Qt::ElideRight, std::max(room, 40)) +
                            QStringLiteral("  ▾"));
}

bool ModelPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_modelsButton && event->type() == QEvent::Resize)
        showModelsLabel();
    return QWidget::eventFilter(watched, event);
}

} // namespace Cb::Ui
