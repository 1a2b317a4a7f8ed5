#include "ui/experiment/newexperimentdialog.h"

#include "core/experiment/experimentpricing.h"
#include "core/experiment/experimentrunner.h"
#include "core/pack/packfile.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatelibrary.h"
#include "core/tokenize/tokenizerregistry.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

struct NewExperimentDialog::LoadedCase
{
    QString path;
    Core::Pack pack;
    qint64 tokens = 0; // of the pack's own prompt; a goal changes it a little
    bool exact = false;
};

NewExperimentDialog::NewExperimentDialog(const Core::ModelCatalog& catalog, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_cases(new QList<LoadedCase>)
{
    setObjectName(QStringLiteral("newExperimentDialog"));
    setWindowTitle(tr("New Experiment"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("experimentName"));
    m_name->setPlaceholderText(tr("e.g. Q3 planning: o3 vs o3-pro"));

    m_caseTable = new QTableWidget(0, 3, this);
    m_caseTable->setObjectName(QStringLiteral("caseTable"));
    m_caseTable->setHorizontalHeaderLabels(
        {tr("Pack"), tr("Goal (optional; empty: the pack's own)"), tr("Variables (name=value; …)")});
    m_caseTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_caseTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    {
        const Core::TemplateLibrary library;
        m_template->addItems(library.names());
        m_template->setCurrentText(library.defaultTemplate().name);
    }
    connect(m_template, &QComboBox::currentTextChanged, this, &NewExperimentDialog::updateVariablesHint);
    m_variablesHint = new QLabel(this);
    m_variablesHint->setObjectName(QStringLiteral("variablesHint"));
    m_variablesHint->setWordWrap(true);
    m_caseTable->verticalHeader()->setVisible(false);
    auto* addPacks = new QPushButton(tr("Add Packs…"), this);
    addPacks->setObjectName(QStringLiteral("addPacksButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(addPacks, &QPushButton::clicked, this, &NewExperimentDialog::addPacksFromDialog);
    connect(remove, &QPushButton::clicked, this, &NewExperimentDialog::removeSelectedCases);
    auto* caseButtons = new QHBoxLayout;
    caseButtons->addWidget(addPacks);
    caseButtons->addWidget(remove);
    caseButtons->addStretch();

    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("modelList"));
    for (const Core::ModelInfo& m : m_catalog.models()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(m.displayName, m.key()), m_models);
        item->setData(Qt::UserRole, m.key());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_models, &QListWidget::itemChanged, this, &NewExperimentDialog::updatePrice);

    m_repeats = new QSpinBox(this);
    m_repeats->setObjectName(QStringLiteral("repeatsSpin"));
    m_repeats->setRange(1, 100);
    m_repeats->setValue(1);
    connect(m_repeats, &QSpinBox::valueChanged, this, &NewExperimentDialog::updatePrice);
    m_batch = new QRadioButton(tr("Batch (half price, results within 24 h; OpenAI and Anthropic)"), this);
    m_batch->setObjectName(QStringLiteral("batchMode"));
    m_live = new QRadioButton(tr("Live (full price, answers now)"), this);
    m_live->setObjectName(QStringLiteral("liveMode"));
    m_batch->setChecked(true);
    connect(m_batch, &QRadioButton::toggled, this, &NewExperimentDialog::updatePrice);
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_batch);
    modes->addWidget(m_live);

    m_price = new QLabel(this);
    m_price->setObjectName(QStringLiteral("priceLabel"));
    m_price->setTextFormat(Qt::RichText);
    m_price->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* start = m_buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (auto s = spec(); !s)
            return MessageBox::warning(this, tr("Cannot start the experiment"), s.error().message);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Repeats (k):"), m_repeats);
    form->addRow(tr("Mode:"), modes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Cases:"), this));
    layout->addWidget(m_caseTable, 2);
    layout->addWidget(m_variablesHint);
    layout->addLayout(caseButtons);
    layout->addWidget(new QLabel(tr("Models:"), this));
    layout->addWidget(m_models, 2);
    layout->addWidget(m_price);
    layout->addWidget(m_buttons);
    resize(760, 720);
    updatePrice();
    updateVariablesHint();
}

NewExperimentDialog::~NewExperimentDialog()
{
    delete m_cases;
}

void NewExperimentDialog::addPacksFromDialog()
{
    addPacks(FileDialog::openFiles(this, tr("Add Packs"), tr("Context packs (*.ctxpack);;All files (*)")));
}

void NewExperimentDialog::addPacks(const QStringList& paths)
{
    QStringList problems;
    auto tokenizer = Core::TokenizerRegistry::shared().tokenizer(Core::Encoding::O200kBase);
    for (const QString& path : paths) {
        auto pack = Core::PackFile::load(path);
        if (!pack) {
            problems << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), pack.error().message);
            continue;
        }
        const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(*pack);
        const QString text = prompt.instructions + prompt.input;
        LoadedCase c{path, *pack, tokenizer ? qint64((*tokenizer)->count(text)) : text.size() / 4, bool(tokenizer)};
        m_cases->append(c);
        const int row = m_caseTable->rowCount();
        m_caseTable->insertRow(row);
        auto* name = new QTableWidgetItem(QFileInfo(path).fileName());
        name->setToolTip(path);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_caseTable->setItem(row, 0, name);
        m_caseTable->setItem(row, 1, new QTableWidgetItem(QString()));
        m_caseTable->setItem(row, 2, new QTableWidgetItem(QString()));
    }
    if (m_name->text().isEmpty() && !m_cases->isEmpty())
        m_name->setText(QFileInfo(m_cases->first().path).completeBaseName());
    updatePrice();
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Some packs were not added"), problems.join(QLatin1Char('\n')));
}

void NewExperimentDialog::removeSelectedCases()
{
    const int row = m_caseTable->currentRow();
    if (row < 0 || row >= m_cases->size())
        return;
    m_cases->removeAt(row);
    m_caseTable->removeRow(row);
    updatePrice();
}

void NewExperimentDialog::setGoal(int row, const QString& goal)
{
    if (QTableWidgetItem* item = m_caseTable->item(row, 1))
        item->setText(goal);
}

void NewExperimentDialog::setVariables(int row, const QString& assignments)
{
    if (QTableWidgetItem* item = m_caseTable->item(row, 2))
        item->setText(assignments);
}

void NewExperimentDialog::setTemplate(const QString& name) { m_template->setCurrentText(name); }

void NewExperimentDialog::updateVariablesHint()
{
    const Core::TemplateLibrary library;
    const Core::PromptTemplate* t = library.find(m_template->currentText());
    const QStringList names = t ? t->variableNames() : QStringList();
    m_variablesHint->setText(names.isEmpty()
                                 ? tr("The template \"%1\" uses no variables.").arg(m_template->currentText())
                                 : tr("The template \"%1\" uses: %2. Give each case its values in the Variables "
                                      "column, e.g. %3=….")
                                       .arg(m_template->currentText(), names.join(QStringLiteral(", ")), names.first()));
}

Core::Result<QHash<QString, QString>> NewExperimentDialog::parseVariables(const QString& text)
{
    QHash<QString, QString> out;
    static const QRegularExpression separators(QStringLiteral("[;\n]"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString assignment = part.trimmed();
        if (assignment.isEmpty())
            continue;
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? assignment.left(eq).trimmed() : QString();
        if (name.isEmpty() || !Core::PromptTemplate::isValidName(name))
            return Core::fail(Core::ErrorCode::InvalidInput,
                              tr("\"%1\" is not a variable assignment (name=value).").arg(assignment));
        out.insert(name, assignment.mid(eq + 1).trimmed());
    }
    return out;
}

void NewExperimentDialog::setModelChecked(const QString& key, bool on)
{
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->data(Qt::UserRole).toString() == key)
            m_models->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void NewExperimentDialog::setRepeats(int k) { m_repeats->setValue(k); }
void NewExperimentDialog::setBatchMode(bool batch) { (batch ? m_batch : m_live)->setChecked(true); }
void NewExperimentDialog::setName(const QString& name) { m_name->setText(name); }

QStringList NewExperimentDialog::checkedModels() const
{
    QStringList out;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            out << m_models->item(i)->data(Qt::UserRole).toString();
    return out;
}

void NewExperimentDialog::updatePrice()
{
    const QStringList models = checkedModels();
    const int calls = int(m_cases->size() * models.size()) * m_repeats->value();
    if (calls == 0) {
        m_price->setText(tr("Add at least one pack and tick at least one model to see the price."));
        return;
    }
    Core::RunPlan plan;
    for (const QString& key : models)
        if (auto m = Core::PlannedModel::parse(key))
            plan.models << *m;
    const QStringList batchProviders = Core::ExperimentRunner::batchProviders(plan);
    QList<Core::CostRequest> requests;
    QList<bool> batchable;
    for (const LoadedCase& c : *m_cases)
        for (const Core::PlannedModel& m : plan.models) {
            requests.append({m.key(), c.tokens, c.exact && m.provider == QStringLiteral("openai"), 0,
                             m_repeats->value()});
            batchable.append(batchProviders.contains(m.provider));
        }
    const auto price = Core::ExperimentPricing::estimate(Core::CostEstimator(m_catalog), requests, batchable);
    const bool batch = m_batch->isChecked();
    QString text = tr("%1 calls (%2 cases × %3 models × %4).<br><b>Live:</b> %5 &nbsp;&nbsp; <b>Batch:</b> %6")
                       .arg(calls)
                       .arg(m_cases->size())
                       .arg(models.size())
                       .arg(m_repeats->value())
                       .arg(price.live.text().toHtmlEscaped(), price.batch.text().toHtmlEscaped());
    text += tr("<br>This experiment will be billed at the <b>%1</b> price.").arg(batch ? tr("batch") : tr("live"));
    if (price.unknownLines > 0)
        text += tr(" %n model(s) have no known price.", nullptr, price.unknownLines);
    m_price->setText(text);
}

Core::Result<Core::ExperimentSpec> NewExperimentDialog::spec() const
{
    Core::ExperimentSpec s;
    s.name = m_name->text().trimmed();
    s.mode = m_batch->isChecked() ? Core::ExperimentRecord::Mode::Batch : Core::ExperimentRecord::Mode::Live;
    s.plan.repeats = m_repeats->value();
    for (const QString& key : checkedModels())
        if (auto m = Core::PlannedModel::parse(key))
            s.plan.models << *m;
    if (m_cases->isEmpty())
        return Core::fail(Core::ErrorCode::InvalidInput, tr("Add at least one pack."));
    if (s.plan.models.isEmpty())
        return Core::fail(Core::ErrorCode::InvalidInput, tr("Tick at least one model."));
    if (s.name.isEmpty())
        s.name = QFileInfo(m_cases->first().path).completeBaseName();
    const Core::TemplateLibrary library;
    const Core::PromptTemplate* chosen = library.find(m_template->currentText());
    const Core::PromptTemplate tmpl = chosen ? *chosen : library.defaultTemplate();
    for (int i = 0; i < m_cases->size(); ++i) {
        Core::Pack p = m_cases->at(i).pack;
        const QString goal = m_caseTable->item(i, 1) ? m_caseTable->item(i, 1)->text().trimmed() : QString();
        if (!goal.isEmpty())
            p.goal = goal;
        const QString caseName = tr("Case %1 (%2)").arg(i + 1).arg(QFileInfo(m_cases->at(i).path).fileName());
        auto variables = parseVariables(m_caseTable->item(i, 2) ? m_caseTable->item(i, 2)->text() : QString());
        if (!variables)
            return Core::fail(Core::ErrorCode::InvalidInput, caseName + QStringLiteral(": ") + variables.error().message);
        const Core::AssembledPrompt prompt = Core::PromptAssembler::assemble(p, tmpl, *variables);
        // A missing value would go out as "{{name}}" in every call of the case.
        if (!prompt.missingVariables.isEmpty())
            return Core::fail(Core::ErrorCode::InvalidInput,
                              tr("%1 has no value for %2 (template \"%3\"). Give it in the Variables column, "
                                 "e.g. %4=….")
                                  .arg(caseName, prompt.missingVariables.join(QStringLiteral(", ")), tmpl.name,
                                       prompt.missingVariables.first()));
        QJsonObject variablesJson;
        for (auto it = variables->cbegin(); it != variables->cend(); ++it)
            variablesJson.insert(it.key(), it.value());
        s.cases.append({Core::RunInput::fromPack(p, m_cases->at(i).path, prompt), variablesJson});
    }
    return s;
}

} // namespace Cb::Ui
