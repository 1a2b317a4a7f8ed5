#pragma once

#include "core/fusion/fusionrunner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Cb::Ui {

// "Fuse…": how to make one plan of a judged run's answers. Fuse: a model merges every answer.
// Guided: the user ticks, per section (a SectionGrid row), which answers' versions to keep
// (several = merge them), then a model writes the plan. Pick: the ticked versions as written,
// no model. Each row starts with its first answer's version ticked. request() is what to
// hand to FusionRunner::start(). GUI thread.
class FuseDialog : public QDialog
{
    Q_OBJECT
public:
    FuseDialog(const Core::RunRecord& run, QWidget* parent = nullptr);

    Core::FusionRequest request() const;
    void setMode(const QString& mode); // "fuse", "guided" or "pick"
    void setModel(const QString& providerColonModel);
    QTableWidget* sections() const { return m_table; }

private:
    void updateMode();

    QList<Core::FusionAnswer> m_answers;
    QComboBox* m_mode;
    QComboBox* m_model;
    QLabel* m_hint;
    QTableWidget* m_table;
};

} // namespace Cb::Ui
