#pragma once

#include "core/models/modelcatalog.h"
#include "core/models/modelselection.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFrame;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cb::Core {
class Settings;
}

namespace Cb::Ui {

// The row above the comparison: which models to ask (a checkable list from the catalog, grouped
// by provider, with windows and prices, plus "provider:model" keys typed by hand), how many times
// (repeats), the reasoning effort, and Send. The choice is saved to Settings as it changes.
// Send is only announced (sendRequested); runPlan() is what the orchestrator should run.
// Not owning the catalog copy it shows or the settings. GUI thread.
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    ModelPicker(Core::ModelCatalog catalog, Core::Settings& settings, QWidget* parent = nullptr);

    QStringList selectedModels() const;
    void setSelectedModels(const QStringList& keys);
    int repeats() const;
    QString reasoningEffort() const; // empty: provider default
    Core::ModelSelection runPlan() const;

    // A model's own parameters (see ModelParamsDialog), saved to Settings; empty = run defaults.
    QJsonObject modelParameters(const QString& key) const { return m_params.value(key); }
    void setModelParameters(const QString& key, const QJsonObject& params);
    // Opens the parameters dialog for one model (double-click or context menu in the list).
    void editParameters(const QString& key);

    // Adds a hand-typed "provider:model" and selects it; false (and a hint) if malformed.
    bool addCustomModel(const QString& key);
    void setCatalog(Core::ModelCatalog catalog);

    QTreeWidget* modelTree() const { return m_tree; }
    QPushButton* sendButton() const { return m_send; }
    QToolButton* modelsButton() const { return m_modelsButton; }
    QSpinBox* repeatsBox() const { return m_repeats; }
    QComboBox* effortBox() const { return m_effort; }

    void requestSend();

Q_SIGNALS:
    void selectionChanged(); // models, repeats or effort
    void sendRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showModelsLabel();
    void buildPopup();
    void fillTree(const QStringList& checked);
    QTreeWidgetItem* addModelRow(QTreeWidgetItem* group, const QString& key, const QString& name,
                                 const Core::ModelInfo* info, bool checked);
    void onTreeChanged();
    void updateSummary();
    void save();

    Core::ModelCatalog m_catalog;
    Core::Settings& m_settings;
    QToolButton* m_modelsButton;
    QString m_modelsLabel; // the chosen models, before eliding to the button's width
    QFrame* m_popup;
    QTreeWidget* m_tree;
    QLineEdit* m_custom;
    QSpinBox* m_repeats;
    QComboBox* m_effort;
    QPushButton* m_send;
    QHash<QString, QJsonObject> m_params;
    bool m_filling = false;
};

} // namespace Cb::Ui
