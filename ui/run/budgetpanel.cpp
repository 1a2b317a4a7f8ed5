#include "ui/run/budgetpanel.h"

#include "core/models/tokenformat.h"
#include "core/settings/settings.h"
#include "ui/common/messagebox.h"
#include "ui/compare/callformat.h"

#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {

enum Column
{
    ModelColumn,
    TokensColumn,
    ExactColumn,
    ContextColumn,
    CostColumn,
    ColumnCount
};

// Green, amber, red: the usual traffic-light meaning, dark enough for white text.
QString barStyle(Core::ContextBudget::Status status)
{
    const char* colour = status == Core::ContextBudget::Status::Fits    ? "#2e8b57"
                         : status == Core::ContextBudget::Status::Tight ? "#c77c02"
                                                                        : "#c0392b";
    return QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
                          " text-align: center; min-height: 16px; }"
                          " QProgressBar::chunk { background-color: %1; }")
        .arg(QLatin1String(colour));
}

QString percent(double fraction)
{
    return fraction > 0 && fraction < 0.005 ? QStringLiteral("<1%")
                                            : QStringLiteral("%1%").arg(qRound(fraction * 100));
}

QString barText(const Core::ContextBudget& b)
{
    switch (b.status) {
    case Core::ContextBudget::Status::Fits:
        return QObject::tr("fits — %1 of %2")
            .arg(percent(b.usedFraction), Core::compactTokens(b.inputLimit));
    case Core::ContextBudget::Status::Tight:
        return QObject::tr("tight — %1 of %2")
            .arg(percent(b.usedFraction), Core::compactTokens(b.inputLimit));
    case Core::ContextBudget::Status::Over:
        return QObject::tr("over by %1 tokens").arg(Core::tokenText(b.overBy));
    }
    return {};
}

// The context bar's tooltip: ContextBudget::summary() in the interface language and its number format.
QString budgetTip(const Core::ContextBudget& b)
{
    const QLocale locale;
    const QString text = QObject::tr("%1%2 / %3 tokens (%4)")
                             .arg(b.exact ? QString() : QStringLiteral("~"), locale.toString(b.promptTokens),
                                  locale.toString(b.inputLimit), percent(b.usedFraction));
    switch (b.status) {
    case Core::ContextBudget::Status::Fits:
        return QObject::tr("%1 — fits").arg(text);
    case Core::ContextBudget::Status::Tight:
        return QObject::tr("%1 — tight: leaves %2 for up to %3 output")
            .arg(text, locale.toString(std::max<qint64>(0, b.remaining)), locale.toString(b.requestedOutput));
    case Core::ContextBudget::Status::Over:
        return QObject::tr("%1 — over by %2 tokens").arg(text, locale.toString(b.overBy));
    }
    return text;
}

QString callsText(int calls)
{
    return calls == 1 ? QObject::tr("1 call") : QObject::tr("%1 calls").arg(calls);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

} // namespace

BudgetPanel::BudgetPanel(Core::Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Prompt tokens"), QString(), tr("Context"), tr("Cost")});
    m_table->horizontalHeaderItem(CostColumn)
        ->setToolTip(tr("Before sending, for all repeats: input at list price (no cache hits), "
                        "output from a typical "
                        "answer to the model's maximum, reasoning included"));
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = m_table->horizontalHeader();
    // Names and figures keep their width; the context bar takes what is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContextColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    layout->addWidget(m_table);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("budgetNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    layout->addWidget(m_note);
    rebuild();
}

void BudgetPanel::setPlan(const Core::ModelSelection& plan)
{
    m_plan = plan;
    rebuild();
}

void BudgetPanel::setCounts(const Core::PromptCounts& counts)
{
    m_counts = counts;
    m_counting = false;
    rebuild();
}

void BudgetPanel::setCounting(bool counting)
{
    m_counting = counting;
    rebuild();
}

void BudgetPanel::setRemoteCount(const QString& modelKey, const QByteArray& promptSha256,
                                 qint64 tokens)
{
    m_remote.insert(modelKey, {promptSha256, tokens, {}, false});
    rebuild();
}

void BudgetPanel::setRemoteCountFailed(const QString& modelKey, const QString& message)
{
    m_remote.insert(modelKey, {{}, 0, message, false});
    rebuild();
}

Core::CostRange BudgetPanel::totalCost() const
{
    return Core::TargetBudget::total(m_budgets);
}

void BudgetPanel::rebuild()
{
    m_budgets.clear();
    for (const Core::RunTarget& target : m_plan.targets) {
        std::optional<qint64> remote;
        const auto r = m_remote.constFind(target.key);
        if (m_counts && r != m_remote.cend() && !r->pending && r->error.isEmpty() &&
            r->promptSha256 == m_counts->promptSha256)
            remote = r->tokens;
        m_budgets.append(Core::TargetBudget::evaluate(target, m_plan.repeats,
                                                      m_counts ? &*m_counts : nullptr, remote));
    }
    m_table->setRowCount(int(m_budgets.size()) + 1);
    for (int row = 0; row < m_budgets.size(); ++row)
        fillRow(row, m_budgets[row]);
    fillTotalRow(int(m_budgets.size()));

    // Tall enough for every row, so the comparison below keeps the rest of the pane.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::min(height, 360));

    bool anyEstimate = false;
    for (const Core::TargetBudget& b : m_budgets)
        anyEstimate = anyEstimate || (b.counted && !b.exact);
    m_note->setVisible(anyEstimate || m_counting);
    m_note->setText(m_counting
                        ? tr("Counting the current prompt…")
                        : tr("≈ estimated with o200k_base: these models have no public tokenizer. "
                             "“Count exactly” asks the provider (free, needs its API key)."));
}

void BudgetPanel::fillRow(int row, const Core::TargetBudget& b)
{
    const Core::RunTarget& t = b.target;
    QTableWidgetItem* name =
        cell(t.model && !t.model->displayName.isEmpty() ? t.model->displayName : t.key);
    QString tip = t.key + QStringLiteral("\n") +
                  (b.exact ? tr("Counted exactly with %1").arg(Core::encodingName(b.encoding))
                           : tr("Estimated with %1").arg(Core::encodingName(b.encoding)));
    if (b.remoteExact)
        tip = t.key + QStringLiteral("\n") + tr("Counted exactly by the provider's count endpoint");
    if (!t.reasoningEffort.isEmpty())
        tip += QStringLiteral("\n") + tr("Reasoning effort: %1").arg(CallFormat::effortLevel(t.reasoningEffort));
    if (!t.model)
        tip += QStringLiteral("\n") +
               tr("Not in the model catalog: context window and prices unknown");
    name->setToolTip(tip);
    m_table->setItem(row, ModelColumn, name);

    QString tokens = b.counted ? Core::tokenText(b.promptTokens, b.exact) : QStringLiteral("…");
    if (b.counted && m_counting)
        tokens += QStringLiteral(" …");
    QTableWidgetItem* tokensCell = cell(tokens, Qt::AlignRight | Qt::AlignVCenter);
    if (b.counted && m_counts) {
        const QStringList tip{charsPerTokenText(m_counts->density, b.promptTokens),
                              koreanCostNote(m_counts->density, b.promptTokens)};
        tokensCell->setToolTip(tip.join(QLatin1Char('\n')).trimmed());
    }
    m_table->setItem(row, TokensColumn, tokensCell);

    m_table->removeCellWidget(row, ExactColumn);
    m_table->setItem(row, ExactColumn, cell(QString()));
    if (Core::TargetBudget::canCountRemotely(t) && !b.remoteExact)
        m_table->setCellWidget(row, ExactColumn, countButton(b));

    m_table->removeCellWidget(row, ContextColumn);
    if (b.budget) {
        m_table->setItem(row, ContextColumn, cell(QString()));
        m_table->setCellWidget(row, ContextColumn, contextBar(b));
    } else {
        m_table->setItem(row, ContextColumn, cell(b.counted ? tr("window unknown") : QString()));
    }
    QTableWidgetItem* cost =
        cell(b.cost.known || b.counted ? b.cost.text() : QStringLiteral("…"),
             Qt::AlignRight | Qt::AlignVCenter);
    if (m_plan.repeats > 1)
        cost->setToolTip(tr("%1 calls").arg(m_plan.repeats));
    m_table->setItem(row, CostColumn, cost);
}

QString BudgetPanel::charsPerTokenText(const Core::TokenDensity& density, qint64 tokens)
{
    if (tokens <= 0)
        return {};
    return tr("%1 characters/token").arg(QLocale().toString(density.charsPerToken(tokens), 'f', 1));
}

QString BudgetPanel::koreanCostNote(const Core::TokenDensity& density, qint64 tokens)
{
    if (!density.koreanCostsMore(tokens))
        return {};
    const double perToken = density.charsPerToken(tokens);
    return tr("Mostly Korean text: %1 characters/token here vs about %2 for English, so the same "
              "length costs about %3× the tokens.")
        .arg(QLocale().toString(perToken, 'f', 1),
             QLocale().toString(Core::TokenDensity::kEnglishCharsPerToken, 'f', 0),
             QLocale().toString(Core::TokenDensity::kEnglishCharsPerToken / perToken, 'f', 1));
}

void BudgetPanel::fillTotalRow(int row)
{
    int unknown = 0;
    const Core::CostRange total = Core::TargetBudget::total(m_budgets, &unknown);
    QTableWidgetItem* label = cell(tr("Total — %1").arg(callsText(m_plan.callCount())));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_table->setItem(row, ModelColumn, label);
    for (int c = TokensColumn; c < CostColumn; ++c) {
        m_table->removeCellWidget(row, c);
        m_table->setItem(row, c, cell(QString()));
    }
    QString text = m_budgets.isEmpty() ? QString() : total.text();
    if (unknown > 0 && total.known)
        text = tr("≥ %1").arg(text);
    QTableWidgetItem* cost = cell(text, Qt::AlignRight | Qt::AlignVCenter);
    cost->setFont(bold);
    if (unknown > 0)
        cost->setToolTip(tr("Models without known prices are left out: %1").arg(unknown));
    m_table->setItem(row, CostColumn, cost);
}

QWidget* BudgetPanel::contextBar(const Core::TargetBudget& b) const
{
    auto* bar = new QProgressBar;
    bar->setObjectName(QStringLiteral("contextBar"));
    bar->setMinimumWidth(130);
    bar->setRange(0, 100);
    bar->setValue(std::clamp(qRound(b.budget->usedFraction * 100), 0, 100));
    bar->setFormat(barText(*b.budget));
    bar->setProperty("status", Core::ContextBudget::statusName(b.budget->status));
    bar->setStyleSheet(barStyle(b.budget->status));
    bar->setToolTip(budgetTip(*b.budget));
    return bar;
}

QWidget* BudgetPanel::countButton(const Core::TargetBudget& b)
{
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("countExactlyButton"));
    button->setAutoRaise(true);
    const auto r = m_remote.constFind(b.target.key);
    const bool pending = r != m_remote.cend() && r->pending;
    button->setText(pending ? tr("Counting…") : tr("Count exactly"));
    button->setEnabled(!pending && b.counted);
    button->setToolTip(r != m_remote.cend() && !r->error.isEmpty()
                           ? tr("The last count failed: %1").arg(r->error)
                           : tr("Ask the provider's count-tokens endpoint for the exact figure"));
    const Core::RunTarget target = b.target;
    connect(button, &QToolButton::clicked, this, [this, target] {
        m_remote.insert(target.key, {{}, 0, {}, true});
        // Rebuilding deletes this button: not from inside its own clicked().
        QTimer::singleShot(0, this, [this, target] {
            rebuild();
            Q_EMIT exactCountRequested(target);
        });
    });
    return button;
}

bool BudgetPanel::confirmCost(QWidget* parent, double highUsd) const
{
    const double threshold = m_settings.get(Core::Keys::ConfirmCostAboveUsd);
    if (highUsd <= threshold)
        return true;
    const QString text =
        tr("This run of %1 may cost up to %2 (estimate %3).\n\nYou asked to confirm runs above %4. "
           "Send anyway?")
            .arg(callsText(m_plan.callCount()), Core::CostRange::formatUsd(highUsd),
                 totalCost().text(), Core::CostRange::formatUsd(threshold));
    return MessageBox::ask(parent, QMessageBox::Question, tr("Confirm cost"), text,
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace Cb::Ui
