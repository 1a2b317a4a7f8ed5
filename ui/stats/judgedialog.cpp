#include "ui/stats/judgedialog.h"

#include "core/common/reportlanguage.h"
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/judge/judgeagreementquery.h"
#include "core/judge/judgeprompt.h"
#include "core/judge/judgerunner.h"
#include "core/run/calllauncher.h"
#include "core/judge/judgeagreement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cb::Ui {

JudgeDialog::JudgeDialog(Core::HistoryStore& history, QNetworkAccessManager* network, Core::SecretStore* secrets,
                         Core::CallRequestBuilder builder, const QList<qint64>& runIds, QWidget* parent)
    : QDialog(parent), m_history(history), m_runIds(runIds),
      m_launcher(std::make_unique<Core::CallLauncher>(network, secrets, Core::ProviderOptions{}))
{
    setWindowTitle(tr("Judge model"));
    resize(760, 640);
    QStringList keys;
    for (const Core::ModelInfo& m : builder.catalog().models())
        keys.append(m.key());
    m_runner = new Core::JudgeRunner(history, *m_launcher, std::move(builder), this);
    QString loadError;
    for (qint64 id : runIds) {
        auto run = history.loadRun(id);
        if (run)
            m_pairs += Core::JudgePairs::fromRun(*run);
        else
            loadError = run.error().message;
    }

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in "
           "both orders counts. It sees \"Answer A\" and \"Answer B\", never a model name. Its votes are kept "
           "apart from human votes. %n pair(s) to judge.",
           nullptr, int(m_pairs.size())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("judgeModel"));
    m_model->setEditable(true);
    m_model->addItems(keys);
    m_model->setToolTip(tr("PROVIDER:MODEL, e.g. openai:o3 or local:llama3.1:70b"));
    form->addRow(tr("Judge:"), m_model);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Prompt ({{task}}, {{answer_a}}, {{answer_b}}):"), this));
    // The default prompt in the interface language, as the presets are (the Korean one asks for
    // the reason in Korean).
    const QString language = Core::ReportLanguage::application().code();
    m_prompt = new QPlainTextEdit(Core::JudgePrompt::defaultTemplate(language), this);
    m_prompt->setObjectName(QStringLiteral("judgePrompt"));
    layout->addWidget(m_prompt, 1);
    auto* estimateRow = new QHBoxLayout;
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("judgeEstimate"));
    estimateRow->addWidget(m_estimate, 1);
    auto* reset = new QPushButton(tr("Default prompt"), this);
    connect(reset, &QPushButton::clicked, this,
            [this, language] { m_prompt->setPlainText(Core::JudgePrompt::defaultTemplate(language)); });
    estimateRow->addWidget(reset);
    layout->addLayout(estimateRow);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("judgeProgress"));
    m_progress->setRange(0, int(2 * m_pairs.size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("judgeResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Judge"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("judgeRun"));
    m_cancel = buttons->addButton(tr("Cancel judging"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("judgeCancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &JudgeDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_runner, &Core::JudgeRunner::cancel);
    layout->addWidget(buttons);

    connect(m_runner, &Core::JudgeRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &Core::JudgeRunner::finished, this, &JudgeDialog::onFinished);
    connect(m_runner, &Core::JudgeRunner::failed, this, &JudgeDialog::onFailed);
    connect(m_model, &QComboBox::currentTextChanged, this, &JudgeDialog::updateEstimate);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &JudgeDialog::updateEstimate);
    setRunning(false);
    updateEstimate();
    if (!loadError.isEmpty())
        m_result->setText(loadError);
    else
        showAgreement(QString());
}

JudgeDialog::~JudgeDialog() = default;

QString JudgeDialog::resultText() const { return m_result->text(); }

void JudgeDialog::updateEstimate()
{
    auto judge = Core::PlannedModel::parse(m_model->currentText().trimmed());
    if (!judge) {
        m_estimate->setText(tr("Choose a judge model (PROVIDER:MODEL)."));
        return;
    }
    Core::JudgeOptions options;
    options.judge = *judge;
    options.promptTemplate = m_prompt->toPlainText();
    if (auto valid = Core::JudgePrompt::validate(options.promptTemplate); !valid) {
        m_estimate->setText(valid.error().message);
        return;
    }
    m_estimate->setText(tr("%n judgement(s), estimated cost %1", nullptr, int(2 * m_pairs.size()))
                            .arg(m_runner->estimate(m_pairs, options).text()));
}

void JudgeDialog::start()
{
    auto judge = Core::PlannedModel::parse(m_model->currentText().trimmed());
    if (!judge) {
        m_result->setText(judge.error().message);
        return;
    }
    Core::JudgeOptions options;
    options.judge = *judge;
    options.promptTemplate = m_prompt->toPlainText();
    m_progress->setValue(0);
    if (auto started = m_runner->start(m_pairs, options); !started) {
        m_result->setText(started.error().message);
        return;
    }
    m_result->setText(tr("Judging…"));
    setRunning(true);
}

void JudgeDialog::onFinished(const Core::JudgeSummary& s)
{
    setRunning(false);
    QString line = tr("Judged %1 of %2 pairs: %3 consistent (votes), %4 inconsistent (discarded)")
                       .arg(s.judged)
                       .arg(s.pairs)
                       .arg(s.consistent)
                       .arg(s.inconsistent);
    if (s.unparseable > 0)
        line += tr(", %1 unparseable").arg(s.unparseable);
    if (s.costUnknown > 0 && s.costUnknown == s.callsDone)
        line += tr("; cost unknown (no price for the judge model)");
    else if (s.costUnknown > 0)
        line += tr("; cost %1 + %n judgement(s) of unknown price", nullptr, s.costUnknown)
                    .arg(Core::CostRange::formatUsd(s.costUsd));
    else
        line += tr("; cost %1").arg(Core::CostRange::formatUsd(s.costUsd));
    showAgreement(line);
}

void JudgeDialog::onFailed(const Core::Error& error)
{
    setRunning(false);
    showAgreement(error.message);
}

// The judge's standing against the humans over these runs, from what the history now holds.
void JudgeDialog::showAgreement(const QString& firstLine)
{
    auto judge = Core::PlannedModel::parse(m_model->currentText().trimmed());
    QStringList lines;
    if (!firstLine.isEmpty())
        lines << firstLine;
    if (judge) {
        auto agreement = Core::JudgeAgreementQuery::load(m_history.database(), judge->key(), m_runIds);
        lines << (agreement ? agreement->summaryLine() : agreement.error().message);
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
}

void JudgeDialog::setRunning(bool running)
{
    m_run->setEnabled(!running && !m_pairs.isEmpty());
    m_cancel->setEnabled(running);
    m_model->setEnabled(!running);
    m_prompt->setReadOnly(running);
}

} // namespace Cb::Ui
