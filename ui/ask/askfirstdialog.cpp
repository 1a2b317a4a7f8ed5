#include "ui/ask/askfirstdialog.h"

#include "core/harness/askfirst.h"
#include "core/models/costestimator.h"
#include "core/run/calllauncher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {

enum Page { AskingPage, QuestionsPage, ErrorPage };

} // namespace

AskFirstDialog::AskFirstDialog(QNetworkAccessManager* network, Core::SecretStore* secrets,
                               Core::CallRequestBuilder builder, Core::AssembledPrompt prompt, const QString& modelKey,
                               int maxQuestions, QWidget* parent)
    : QDialog(parent),
      m_launcher(std::make_unique<Core::CallLauncher>(network, secrets, Core::ProviderOptions{})),
      m_prompt(std::move(prompt))
{
    setWindowTitle(tr("Ask First"));
    setObjectName(QStringLiteral("askFirstDialog"));
    resize(640, 560);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:"), this));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("askModel"));
    m_model->setEditable(true);
    m_model->setToolTip(tr("The model that reads the pack and asks (a cheap one will do); PROVIDER:MODEL"));
    for (const Core::ModelInfo& m : builder.catalog().models())
        m_model->addItem(m.key());
    m_model->setCurrentText(modelKey);
    top->addWidget(m_model, 1);
    top->addWidget(new QLabel(tr("At most:"), this));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("askCount"));
    m_count->setRange(1, Core::AskFirst::MaxQuestionsLimit);
    m_count->setValue(maxQuestions);
    m_count->setSuffix(tr(" questions"));
    top->addWidget(m_count);
    m_askButton = new QPushButton(tr("Ask Again"), this);
    m_askButton->setObjectName(QStringLiteral("askAgain"));
    top->addWidget(m_askButton);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("askPages"));
    auto* asking = new QWidget(m_pages);
    auto* askingLayout = new QVBoxLayout(asking);
    askingLayout->addStretch();
    m_progressText = new QLabel(asking);
    m_progressText->setObjectName(QStringLiteral("askProgressText"));
    m_progressText->setAlignment(Qt::AlignCenter);
    m_progressText->setWordWrap(true);
    askingLayout->addWidget(m_progressText);
    auto* busy = new QProgressBar(asking);
    busy->setRange(0, 0); // the model gives no progress: a busy bar
    busy->setTextVisible(false);
    askingLayout->addWidget(busy);
    askingLayout->addStretch();
    m_pages->addWidget(asking);

    auto* scroll = new QScrollArea(m_pages);
    scroll->setObjectName(QStringLiteral("askQuestions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formHost = new QWidget(scroll);
    m_form = new QVBoxLayout(formHost);
    m_intro = new QLabel(formHost);
    m_intro->setObjectName(QStringLiteral("askIntro"));
    m_intro->setWordWrap(true);
    m_form->addWidget(m_intro);
    m_form->addStretch();
    scroll->setWidget(formHost);
    m_pages->addWidget(scroll);

    auto* errorPage = new QWidget(m_pages);
    auto* errorLayout = new QVBoxLayout(errorPage);
    m_error = new QLabel(errorPage);
    m_error->setObjectName(QStringLiteral("askError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_error);
    m_raw = new QPlainTextEdit(errorPage);
    m_raw->setObjectName(QStringLiteral("askRawAnswer"));
    m_raw->setReadOnly(true);
    m_raw->setPlaceholderText(tr("No answer arrived."));
    errorLayout->addWidget(m_raw, 1);
    m_pages->addWidget(errorPage);
    layout->addWidget(m_pages, 1);

    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("askCost"));
    m_cost->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_cost);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("askOk"));
    m_ok->setText(tr("Add Answers and Send"));
    m_ok->setToolTip(tr("Adds a dated note with the answers to the pack's Clarifications section (one undo "
                        "step), then sends the run"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("askCancel"));
    layout->addWidget(buttons);

    m_ask = new Core::AskFirst(*m_launcher, std::move(builder), this);
    connect(m_ask, &Core::AskFirst::finished, this, &AskFirstDialog::onFinished);
    connect(m_ask, &Core::AskFirst::failed, this, &AskFirstDialog::onFailed);
    connect(m_askButton, &QPushButton::clicked, this, &AskFirstDialog::ask);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel or closing while the model thinks abandons the call; nothing was changed.
    connect(this, &QDialog::rejected, m_ask, &Core::AskFirst::cancel);
}

AskFirstDialog::~AskFirstDialog() = default;

QString AskFirstDialog::modelKey() const { return m_model->currentText().trimmed(); }

int AskFirstDialog::maxQuestions() const { return m_count->value(); }

void AskFirstDialog::ask()
{
    if (m_ask->isRunning())
        return;
    clearRows();
    m_cost->clear();
    m_ok->setEnabled(false);
    auto planned = Core::PlannedModel::parse(modelKey());
    if (!planned) {
        onFailed(planned.error(), QString());
        return;
    }
    Core::AskFirstOptions options;
    options.model = *planned;
    options.maxQuestions = maxQuestions();
    // Shown first: a missing key can fail the call before start() returns.
    m_askButton->setEnabled(false);
    m_progressText->setText(tr("%1 is reading the pack and the goal for up to %n question(s)…", nullptr,
                               options.maxQuestions)
                                .arg(planned->key()));
    m_pages->setCurrentIndex(AskingPage);
    if (auto started = m_ask->start(m_prompt, options); !started)
        onFailed(started.error(), QString());
}

void AskFirstDialog::onFinished(const Core::AskFirstResult& result)
{
    m_askButton->setEnabled(true);
    m_askedModel = result.answer.model;
    Q_EMIT asked(result);
    clearRows();
    m_intro->setText(result.questions.isEmpty()
                         ? tr("%1 has no questions: nothing important looks unclear. OK sends the run as it is.")
                               .arg(m_askedModel)
                         : tr("%1 asks %n question(s). Answer what you can; a skipped question (or an empty "
                              "answer) is noted with what the model will assume.",
                              nullptr, int(result.questions.size()))
                               .arg(m_askedModel));
    for (int i = 0; i < result.questions.size(); ++i)
        addRow(i, result.questions.at(i));
    QString cost = result.answer.costUsd ? tr("Cost %1").arg(Core::CostRange::formatUsd(*result.answer.costUsd))
                                         : tr("Cost unknown (no price for %1)").arg(m_askedModel);
    if (result.answer.rounds > 1)
        cost += tr(" · the first answer did not match the schema and was repaired");
    m_cost->setText(cost);
    m_ok->setEnabled(true);
    m_pages->setCurrentIndex(QuestionsPage);
    if (!m_rows.isEmpty())
        m_rows.first().answer->setFocus();
}

void AskFirstDialog::onFailed(const Core::Error& error, const QString& rawText)
{
    m_askButton->setEnabled(true);
    m_error->setText(tr("No questions: %1").arg(error.message));
    m_raw->setPlainText(rawText);
    m_raw->setVisible(!rawText.isEmpty());
    m_pages->setCurrentIndex(ErrorPage);
    // Sending without the answers stays possible: the ask is optional.
    m_ok->setText(tr("Send Without Answers"));
    m_ok->setEnabled(true);
}

void AskFirstDialog::addRow(int index, const Core::ClarifyingQuestion& question)
{
    auto* box = new QFrame(m_intro->parentWidget());
    box->setObjectName(QStringLiteral("askQuestion%1").arg(index));
    box->setFrameShape(QFrame::StyledPanel);
    auto* v = new QVBoxLayout(box);
    auto* text = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(index + 1).arg(question.question.toHtmlEscaped()), box);
    text->setWordWrap(true);
    v->addWidget(text);
    auto* why = new QLabel(tr("Why it matters: %1").arg(question.whyItMatters), box);
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(why);
    // Shown, not only as the answer box's placeholder: it is what a skipped question turns into.
    if (!question.assumption.isEmpty()) {
        auto* assumption = new QLabel(tr("If unanswered, the model will assume: %1").arg(question.assumption), box);
        assumption->setObjectName(QStringLiteral("askAssumption%1").arg(index));
        assumption->setTextFormat(Qt::PlainText);
        assumption->setWordWrap(true);
        assumption->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
        v->addWidget(assumption);
    }
    auto* h = new QHBoxLayout;
    auto* answer = new QPlainTextEdit(box);
    answer->setObjectName(QStringLiteral("askAnswer%1").arg(index));
    answer->setTabChangesFocus(true);
    answer->setFixedHeight(answer->fontMetrics().lineSpacing() * 3 + 12);
    answer->setPlaceholderText(tr("If unanswered, the model will assume: %1").arg(question.assumption));
    h->addWidget(answer, 1);
    auto* skip = new QPushButton(tr("Skip"), box);
    skip->setObjectName(QStringLiteral("askSkip%1").arg(index));
    skip->setCheckable(true);
    skip->setToolTip(tr("Leave it to the model's assumption"));
    h->addWidget(skip, 0, Qt::AlignTop);
    v->addLayout(h);
    connect(skip, &QPushButton::toggled, answer, [answer](bool skipped) { answer->setEnabled(!skipped); });
    m_form->insertWidget(m_form->count() - 1, box); // above the stretch
    m_rows.append({question, answer, skip});
}

void AskFirstDialog::clearRows()
{
    for (const Row& row : std::as_const(m_rows))
        delete row.answer->parentWidget();
    m_rows.clear();
    m_ok->setText(tr("Add Answers and Send"));
}

QList<Core::Clarification> AskFirstDialog::clarifications() const
{
    QList<Core::Clarification> out;
    for (const Row& row : m_rows) {
        Core::Clarification c;
        c.question = row.question;
        if (!row.skip->isChecked())
            c.answer = row.answer->toPlainText().trimmed();
        out.append(c);
    }
    return out;
}

} // namespace Cb::Ui
