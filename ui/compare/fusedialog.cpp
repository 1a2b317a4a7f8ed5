#include "ui/compare/fusedialog.h"

#include "core/compare/sectiongrid.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

FuseDialog::FuseDialog(const Core::RunRecord& run, QWidget* parent)
    : QDialog(parent), m_answers(Core::FusionAnswer::of(run))
{
    setWindowTitle(tr("Fuse the answers"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("fuseMode"));
    m_mode->addItem(tr("Fuse — a model merges all answers"), QStringLiteral("fuse"));
    m_mode->addItem(tr("Guided — tick sections, a model writes the plan"), QStringLiteral("guided"));
    m_mode->addItem(tr("Pick — the ticked sections as written, no model"), QStringLiteral("pick"));
    form->addRow(tr("Mode"), m_mode);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("fuseModel"));
    m_model->setEditable(true);
    m_model->setToolTip(tr("The model that merges, as PROVIDER:MODEL (e.g. openai:gpt-4.1)"));
    for (const Core::CallRecord& c : run.calls)
        if (m_model->findText(c.modelKey()) < 0)
            m_model->addItem(c.modelKey());
    form->addRow(tr("Merged by"), m_model);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    QStringList texts;
    QStringList labels;
    for (const Core::FusionAnswer& a : m_answers) {
        texts.append(a.text);
        labels.append(a.label);
    }
    const Core::SectionGrid grid(texts);
    m_table = new QTableWidget(int(grid.rows().size()), int(m_answers.size()), this);
    m_table->setObjectName(QStringLiteral("fuseSections"));
    m_table->setHorizontalHeaderLabels(labels);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < grid.rows().size(); ++row) {
        const QString title = grid.rows()[row].title;
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(title.isEmpty() ? tr("(introduction)") : title));
        bool first = true;
        for (int a = 0; a < m_answers.size(); ++a) {
            auto* item = new QTableWidgetItem;
            if (const Core::MarkdownSection* s = grid.section(row, a)) {
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                item->setCheckState(first ? Qt::Checked : Qt::Unchecked);
                item->setText(s->title.isEmpty() ? tr("text") : s->title);
                item->setToolTip(s->body.trimmed().left(600));
                first = false;
            } else {
                item->setFlags(Qt::NoItemFlags);
                item->setText(tr("—"));
            }
            m_table->setItem(row, a, item);
        }
    }
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fuse"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FuseDialog::updateMode);
    updateMode();
    resize(720, 480);
}

void FuseDialog::setMode(const QString& mode) { m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode))); }

void FuseDialog::setModel(const QString& providerColonModel) { m_model->setCurrentText(providerColonModel); }

void FuseDialog::updateMode()
{
    const QString mode = m_mode->currentData().toString();
    m_model->setEnabled(mode != QLatin1String("pick"));
    m_table->setEnabled(mode != QLatin1String("fuse"));
    m_hint->setText(mode == QLatin1String("fuse")
                        ? tr("The model reads every answer and keeps the best of each; each section of its plan "
                             "records which answers it drew on.")
                    : mode == QLatin1String("guided")
                        ? tr("Tick, per section, the version to keep — tick several to have them merged. "
                             "Unticked sections are left out.")
                        : tr("The ticked versions are put together as written; several ticked in one section "
                             "follow one another. Nothing is sent."));
}

Core::FusionRequest FuseDialog::request() const
{
    Core::FusionRequest r;
    r.mode = m_mode->currentData().toString();
    if (auto model = Core::PlannedModel::parse(m_model->currentText().trimmed()))
        r.model = *model;
    if (r.mode == QLatin1String("fuse"))
        return r;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QList<int> ticked;
        for (int a = 0; a < m_table->columnCount(); ++a)
            if (QTableWidgetItem* item = m_table->item(row, a); item && item->checkState() == Qt::Checked &&
                                                                 (item->flags() & Qt::ItemIsUserCheckable))
                ticked.append(a);
        r.choices.append(ticked);
    }
    return r;
}

} // namespace Cb::Ui
