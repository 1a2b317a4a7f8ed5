#pragma once

#include "core/common/result.h"
#include "core/models/modelcatalog.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace Cb::Core {
struct ExperimentSpec;
}

namespace Cb::Ui {

// "New experiment…": a name, the cases (packs, each with an optional goal and template
// variables as name=value pairs, for the template chosen for the experiment), the models (a
// checklist from the catalog), k repeats and live or batch mode, with the live and the batch
// price side by side before anything is sent. Packs are loaded and their prompts assembled and
// counted (o200k_base) once, as they are added. GUI thread.
class NewExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    NewExperimentDialog(const Core::ModelCatalog& catalog, QWidget* parent = nullptr);
    ~NewExperimentDialog() override;

    // Adds a case per pack; a pack that does not load is reported and not added.
    void addPacks(const QStringList& paths);
    void setGoal(int row, const QString& goal);
    // "audience=board; deadline=May": the case's template variables.
    void setVariables(int row, const QString& assignments);
    void setTemplate(const QString& name);
    void setModelChecked(const QString& key, bool on);
    void setRepeats(int k);
    void setBatchMode(bool batch);
    void setName(const QString& name);

    // The experiment as entered: every case's prompt assembled; an error when it is incomplete.
    Core::Result<Core::ExperimentSpec> spec() const;
    QLabel* priceLabel() const { return m_price; }
    QLabel* variablesHint() const { return m_variablesHint; }
    // "a=1; b=two" (separated by ';' or new lines) as variables; an error names the bad part.
    static Core::Result<QHash<QString, QString>> parseVariables(const QString& text);

private:
    struct LoadedCase;
    void addPacksFromDialog();
    void removeSelectedCases();
    void updatePrice();
    QStringList checkedModels() const;
    void updateVariablesHint();

    Core::ModelCatalog m_catalog;
    QList<LoadedCase>* m_cases;
    QLineEdit* m_name;
    QTableWidget* m_caseTable;
    QComboBox* m_template;
    QLabel* m_variablesHint;
    QListWidget* m_models;
    QSpinBox* m_repeats;
    QRadioButton* m_live;
    QRadioButton* m_batch;
    QLabel* m_price;
    QDialogButtonBox* m_buttons;
};

} // namespace Cb::Ui
