#include "ui/run/modelparamsdialog.h"

#include "core/harness/toolooplimits.h"
#include "core/models/paramkeys.h"
#include "core/models/tokenformat.h"
#include "ui/compare/callformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace Cb::Ui {

namespace {

// A read budget as the dialog shows it: thousands of tokens, rounded, 1..10,000.
int thousands(qint64 tokens) { return int(std::clamp<qint64>((tokens + 500) / 1000, 1, 10000)); }

// Offered for models the catalog does not know; the server decides what it accepts.
const QStringList kAnyEffort{QStringLiteral("minimal"), QStringLiteral("low"),
                             QStringLiteral("medium"), QStringLiteral("high")};
constexpr int kUnknownMaxOutput = 1'000'000;
} // namespace

ModelParamsDialog::ModelParamsDialog(const QString& key, const std::optional<Core::ModelInfo>& model,
                                     const QJsonObject& params, QWidget* parent)
    : QDialog(parent), m_initial(params)
{
    setObjectName(QStringLiteral("modelParamsDialog"));
    const QString name = model && !model->displayName.isEmpty() ? model->displayName : key;
    setWindowTitle(tr("Parameters for %1").arg(name));
    auto* form = new QFormLayout(this);
    const QLocale locale;

    const QStringList efforts = model ? model->capabilities.reasoningEfforts : kAnyEffort;
    if (!efforts.isEmpty()) {
        m_effort = new QComboBox(this);
        m_effort->setObjectName(QStringLiteral("paramEffort"));
        m_effort->addItem(tr("As the run says"), QString());
        for (const QString& e : efforts)
            m_effort->addItem(CallFormat::effortLevel(e), e);
        m_effort->setCurrentIndex(std::max(0, m_effort->findData(params.value(Core::ParamKey::Effort).toString())));
        form->addRow(tr("Reasoning effort:"), m_effort);
    }

    const qint64 modelMax = model && model->maxOutput > 0 ? model->maxOutput : kUnknownMaxOutput;
    m_maxOutput = new QSpinBox(this);
    m_maxOutput->setObjectName(QStringLiteral("paramMaxOutput"));
    m_maxOutput->setRange(0, int(std::min<qint64>(modelMax, INT_MAX)));
    m_maxOutput->setSingleStep(1000);
    m_maxOutput->setGroupSeparatorShown(true);
    m_maxOutput->setSpecialValueText(model && model->maxOutput > 0
                                         ? tr("Model maximum (%1)").arg(locale.toString(modelMax))
                                         : tr("Provider default"));
    m_maxOutput->setValue(int(params.value(Core::ParamKey::MaxOutputTokens).toInteger(0)));
    m_maxOutput->setToolTip(tr("Output tokens including reasoning; the upper end of the cost range"));
    form->addRow(tr("Max output tokens:"), m_maxOutput);

    const bool knownBudget = model && model->capabilities.thinkingBudget.has_value();
    const Core::ThinkingBudgetRange budget =
        knownBudget ? *model->capabilities.thinkingBudget
                    : Core::ThinkingBudgetRange{0, kUnknownMaxOutput, true};
    const bool unknownThinker = !model && (key.startsWith(QLatin1String("anthropic:")) ||
                                           key.startsWith(QLatin1String("gemini:")));
    if (knownBudget || unknownThinker) {
        m_thinking = new QSpinBox(this);
        m_thinking->setObjectName(QStringLiteral("paramThinking"));
        m_thinking->setRange(-1, budget.max);
        m_thinking->setSingleStep(1024);
        m_thinking->setGroupSeparatorShown(true);
        m_thinking->setSpecialValueText(tr("Provider default"));
        m_thinking->setValue(int(params.value(Core::ParamKey::ThinkingBudget).toInteger(-1)));
        m_thinking->setToolTip(tr("%1 to %2 tokens%3")
                                   .arg(locale.toString(budget.min), locale.toString(budget.max),
                                        budget.canDisable ? tr("; 0 turns thinking off") : QString()));
        form->addRow(tr("Thinking budget:"), m_thinking);
    }

    if (!model || model->capabilities.temperature) {
        auto* row = new QHBoxLayout;
        m_useTemperature = new QCheckBox(tr("Set"), this);
        m_useTemperature->setObjectName(QStringLiteral("paramUseTemperature"));
        m_temperature = new QDoubleSpinBox(this);
        m_temperature->setObjectName(QStringLiteral("paramTemperature"));
        m_temperature->setRange(0.0, 2.0);
        m_temperature->setSingleStep(0.1);
        m_temperature->setDecimals(2);
        m_useTemperature->setChecked(params.contains(Core::ParamKey::Temperature));
        m_temperature->setValue(params.value(Core::ParamKey::Temperature).toDouble(1.0));
        m_temperature->setEnabled(m_useTemperature->isChecked());
        connect(m_useTemperature, &QCheckBox::toggled, m_temperature, &QWidget::setEnabled);
        row->addWidget(m_useTemperature);
        row->addWidget(m_temperature, 1);
        form->addRow(tr("Temperature:"), row);
    }

    const bool openAi = model ? model->provider == Core::ModelProvider::OpenAi
                              : key.startsWith(QLatin1String("openai:"));
    const auto mode = model ? model->capabilities.background : Core::BackgroundMode::Allowed;
    if (openAi && mode != Core::BackgroundMode::Unsupported) {
        m_background = new QCheckBox(tr("Run in background mode (polled; survives a dropped "
                                        "connection and a restart)"),
                                     this);
        m_background->setObjectName(QStringLiteral("paramBackground"));
        m_backgroundForced = mode == Core::BackgroundMode::Required;
        m_background->setChecked(m_backgroundForced || params.value(Core::ParamKey::Background).toBool());
        m_background->setEnabled(!m_backgroundForced);
        if (m_backgroundForced)
            m_background->setToolTip(tr("This model only answers in background mode"));
        form->addRow(tr("Background:"), m_background);
    }

    // Tools mode: the pack on demand instead of in the prompt; worth comparing per model.
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("paramContext"));
    m_context->addItem(tr("Full pack in the prompt"), QStringLiteral("full"));
    m_context->addItem(tr("Tools (on demand): manifest + list, read, search"), QStringLiteral("tools"));
    m_context->setCurrentIndex(Core::ToolLoopLimits::toolsMode(params) ? 1 : 0);
    m_context->setToolTip(tr("With tools the model sees the goal and a list of the pack's items, and reads or "
                             "searches what it needs; the answer's column shows what it fetched"));
    form->addRow(tr("Context:"), m_context);
    const Core::ToolLoopLimits limits = Core::ToolLoopLimits::fromParams(params);
    m_toolRounds = new QSpinBox(this);
    m_toolRounds->setObjectName(QStringLiteral("paramToolRounds"));
    m_toolRounds->setRange(1, 50);
    m_toolRounds->setValue(limits.maxRounds);
    m_toolRounds->setToolTip(tr("Rounds of tool calls before the model must answer"));
    m_toolRounds->setEnabled(m_context->currentIndex() == 1);
    form->addRow(tr("Max tool rounds:"), m_toolRounds);
    // In thousands: a budget is a few hundred thousand tokens, never an exact count.
    m_tokensRead = new QSpinBox(this);
    m_tokensRead->setObjectName(QStringLiteral("paramTokensRead"));
    m_tokensRead->setRange(1, 10000);
    m_tokensRead->setSuffix(tr(" k tokens"));
    m_tokensRead->setValue(thousands(limits.maxTokensRead));
    m_tokensRead->setToolTip(tr("How much the model may read from the pack in one answer; once spent, it must "
                                "answer from what it has read"));
    m_tokensRead->setEnabled(m_context->currentIndex() == 1);
    form->addRow(tr("Max tokens read:"), m_tokensRead);
    connect(m_context, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_toolRounds->setEnabled(index == 1);
        m_tokensRead->setEnabled(index == 1);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        if (m_effort)
            m_effort->setCurrentIndex(0);
        m_maxOutput->setValue(0);
        if (m_thinking)
            m_thinking->setValue(-1);
        if (m_useTemperature)
            m_useTemperature->setChecked(false);
        if (m_background)
            m_background->setChecked(m_backgroundForced);
        m_context->setCurrentIndex(0);
        m_toolRounds->setValue(Core::ToolLoopLimits::kDefaultRounds);
        m_tokensRead->setValue(int(Core::ToolLoopLimits::kDefaultTokensRead / 1000));
    });
    form->addRow(buttons);
}

QJsonObject ModelParamsDialog::params() const
{
    QJsonObject p;
    if (m_effort && !m_effort->currentData().toString().isEmpty())
        p.insert(Core::ParamKey::Effort, m_effort->currentData().toString());
    if (m_maxOutput->value() > 0)
        p.insert(Core::ParamKey::MaxOutputTokens, m_maxOutput->value());
    if (m_thinking && m_thinking->value() >= 0)
        p.insert(Core::ParamKey::ThinkingBudget, m_thinking->value());
    if (m_useTemperature && m_useTemperature->isChecked())
        p.insert(Core::ParamKey::Temperature, m_temperature->value());
    // A forced background is the catalog's business, not a choice worth storing.
    if (m_background && m_background->isChecked() && !m_backgroundForced)
        p.insert(Core::ParamKey::Background, true);
    if (m_context->currentData().toString() == QLatin1String("tools")) {
        Core::ToolLoopLimits limits = Core::ToolLoopLimits::fromParams(m_initial);
        limits.maxRounds = m_toolRounds->value();
        // Kept exact when the box still shows what it opened with (a budget set elsewhere).
        if (m_tokensRead->value() != thousands(limits.maxTokensRead))
            limits.maxTokensRead = qint64(m_tokensRead->value()) * 1000;
        limits.writeTo(p);
    }
    return p;
}

QString ModelParamsDialog::summary(const QJsonObject& params)
{
    const auto number = [](const QJsonValue& v) { return Core::tokenText(v.toInteger(), true); };
    QStringList parts;
    if (params.contains(Core::ParamKey::Effort))
        parts << tr("effort %1").arg(CallFormat::effortLevel(params.value(Core::ParamKey::Effort).toString()));
    if (params.contains(Core::ParamKey::MaxOutputTokens))
        parts << tr("≤%1 out").arg(number(params.value(Core::ParamKey::MaxOutputTokens)));
    if (params.contains(Core::ParamKey::ThinkingBudget))
        parts << tr("thinking %1").arg(number(params.value(Core::ParamKey::ThinkingBudget)));
    if (params.contains(Core::ParamKey::Temperature))
        parts << tr("temp %1").arg(params.value(Core::ParamKey::Temperature).toDouble());
    if (params.value(Core::ParamKey::Background).toBool())
        parts << tr("background");
    if (Core::ToolLoopLimits::toolsMode(params))
        parts << tr("tools ≤%1 rounds").arg(Core::ToolLoopLimits::fromParams(params).maxRounds) +
                     tr(", ≤%1k read").arg(Core::ToolLoopLimits::fromParams(params).maxTokensRead / 1000);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Cb::Ui
