#include "ui/ask/askfirstcontroller.h"

#include "core/harness/askfirst.h"
#include "core/history/askstore.h"
#include "core/pack/packdocument.h"
#include "core/secrets/secretstore.h"
#include "core/settings/settings.h"
#include "ui/ask/askfirstdialog.h"
#include "ui/common/messagebox.h"
#include "ui/pack/packeditor.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/services.h"

#include <QAction>
#include <QWidget>

#include <memory>

namespace Cb::Ui {

namespace Keys = Core::Keys;

AskFirstController::AskFirstController(Services& services, const Core::ModelCatalog& catalog, PackEditor* editor,
                                       PromptPreviewPanel* prompt, QWidget* window)
    : QObject(window), m_services(services), m_catalog(catalog), m_editor(editor), m_prompt(prompt), m_window(window)
{
    m_askAction = new QAction(tr("As&k First…"), this);
    m_askAction->setObjectName(QStringLiteral("actionAskFirst"));
    m_askAction->setToolTip(tr("Let a cheap model ask the clarifying questions the planner needs answered; "
                               "the answers go into the pack before sending"));
    m_beforeSending = new QAction(tr("Ask &Before Sending"), this);
    m_beforeSending->setObjectName(QStringLiteral("actionAskBeforeSending"));
    m_beforeSending->setCheckable(true);
    m_beforeSending->setChecked(m_services.settings->get(Keys::AskBeforeSending));
    connect(m_askAction, &QAction::triggered, this, &AskFirstController::ask);
    connect(m_beforeSending, &QAction::toggled, this,
            [this](bool on) { m_services.settings->set(Keys::AskBeforeSending, on); });
}

AskFirstDialog* AskFirstController::dialog() const { return m_dialog; }

bool AskFirstController::askBeforeSending() const { return m_beforeSending->isChecked(); }

void AskFirstController::ask()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_prompt->prompt().input.isEmpty() && m_prompt->prompt().instructions.isEmpty()) {
        MessageBox::information(m_window, tr("Ask First"), tr("Nothing to ask about yet: the prompt is still being "
                                                              "assembled."));
        return;
    }
    const QString chosen = m_services.settings->get(Keys::AskFirstModel);
    if (!chosen.isEmpty() || !m_services.secrets) {
        openDialog(chosen);
        return;
    }
    if (m_lookingUp)
        return;
    // The cheapest model of a provider with a key: the keys are looked up (asynchronously) first.
    m_lookingUp = true;
    Core::AskFirst::defaultModel(m_catalog, *m_services.secrets, m_prompt->prompt(), this,
                                 [this](const std::optional<Core::ModelInfo>& best) {
                                     m_lookingUp = false; // not called once this is gone
                                     openDialog(best ? best->key() : QString());
                                 });
}

void AskFirstController::openDialog(const QString& modelKey)
{
    const Core::Settings& s = *m_services.settings;
    Core::CallRequestBuilder builder(m_catalog, {{QStringLiteral("openai"), s.get(Keys::OpenAiBaseUrl)},
                                                 {QStringLiteral("anthropic"), s.get(Keys::AnthropicBaseUrl)},
                                                 {QStringLiteral("gemini"), s.get(Keys::GeminiBaseUrl)},
                                                 {QStringLiteral("openai-compatible"), s.get(Keys::LocalBaseUrl)}});
    auto* dialog = new AskFirstDialog(m_services.network, m_services.secrets, std::move(builder), m_prompt->prompt(),
                                      modelKey, std::clamp(s.get(Keys::AskFirstMaxQuestions), 1,
                                                           Core::AskFirst::MaxQuestionsLimit),
                                      m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { accept(dialog); });
    connect(dialog, &AskFirstDialog::asked, this, [this](const Core::AskFirstResult& result) {
        if (!m_services.database)
            return;
        const Core::PackDocument* doc = m_editor->document();
        Core::AskRecord record = Core::AskFirst::historyRecord(result, doc ? doc->pack().title : QString(),
                                                               doc ? doc->filePath() : QString());
        if (const auto added = Core::AskStore(*m_services.database).add(record); !added)
            qWarning("Ask first not recorded: %s", qUtf8Printable(added.error().message));
    });
    dialog->open(); // window-modal, without a nested event loop
    dialog->ask();
}

void AskFirstController::accept(AskFirstDialog* dialog)
{
    m_services.settings->set(Keys::AskFirstModel, dialog->modelKey());
    m_services.settings->set(Keys::AskFirstMaxQuestions, dialog->maxQuestions());
    const QList<Core::Clarification> answers = dialog->clarifications();
    if (answers.isEmpty()) {
        Q_EMIT sendRequested();
        return;
    }
    m_editor->addItemsToSection(Core::ClarificationNote::sectionName(),
                                {Core::ClarificationNote::note(answers, dialog->askedModel(),
                                                               QDateTime::currentDateTime())});
    sendWhenAssembled();
}

void AskFirstController::sendWhenAssembled()
{
    if (!m_prompt->isAssembling()) {
        Q_EMIT sendRequested();
        return;
    }
    // The edit scheduled an assembly: the first result with nothing left pending includes it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_prompt, &PromptPreviewPanel::promptAssembled, this, [this, connection] {
        if (m_prompt->isAssembling())
            return;
        disconnect(*connection);
        Q_EMIT sendRequested();
    });
}

} // namespace Cb::Ui
