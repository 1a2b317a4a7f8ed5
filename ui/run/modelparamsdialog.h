#pragma once

#include "core/models/modelinfo.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Cb::Ui {

// Edits one model's own run parameters: reasoning effort (overriding the run's), output cap,
// thinking budget, temperature, OpenAI background mode and the context mode (full pack or
// tools on demand, with its round limit). Only what the catalog says the model
// takes is offered; a model the catalog does not know gets every field. params() holds the
// PlannedModel keys the user set (effort, max_output_tokens, thinking_budget, temperature,
// background) and nothing else.
class ModelParamsDialog : public QDialog
{
    Q_OBJECT
public:
    ModelParamsDialog(const QString& key, const std::optional<Core::ModelInfo>& model,
                      const QJsonObject& params, QWidget* parent = nullptr);

    QJsonObject params() const;

    // One line for lists: "effort high · ≤8,000 out · background"; empty when nothing is set.
    static QString summary(const QJsonObject& params);

    QComboBox* effortBox() const { return m_effort; }
    QSpinBox* maxOutputBox() const { return m_maxOutput; }
    QSpinBox* thinkingBox() const { return m_thinking; }
    QCheckBox* temperatureCheck() const { return m_useTemperature; }
    QDoubleSpinBox* temperatureBox() const { return m_temperature; }
    QCheckBox* backgroundCheck() const { return m_background; }
    QComboBox* contextBox() const { return m_context; }
    QSpinBox* toolRoundsBox() const { return m_toolRounds; }
    QSpinBox* tokensReadBox() const { return m_tokensRead; } // thousands of tokens

private:
    QComboBox* m_effort = nullptr;
    QSpinBox* m_maxOutput = nullptr;
    QSpinBox* m_thinking = nullptr;
    QCheckBox* m_useTemperature = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QCheckBox* m_background = nullptr;
    bool m_backgroundForced = false;
    QComboBox* m_context = nullptr;
    QSpinBox* m_toolRounds = nullptr;
    QSpinBox* m_tokensRead = nullptr;
    QJsonObject m_initial; // the parameters it opened with
};

} // namespace Cb::Ui
