#include "ui/history/historydialog.h"

#include "core/history/historystore.h"
#include "ui/history/runlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace Cb::Ui {

namespace {
// Days back for each entry of the date filter; 0 = any time.
const int kDays[] = {0, 1, 7, 30, 365};
} // namespace

HistoryDialog::HistoryDialog(QWidget* parent)
    : QDialog(parent), m_model(new RunListModel(this)), m_table(new QTableView(this)),
      m_search(new QLineEdit(this)), m_modelFilter(new QComboBox(this)), m_dateFilter(new QComboBox(this)),
      m_status(new QLabel(this)), m_open(new QPushButton(tr("&Open"), this)),
      m_runAgain(new QPushButton(tr("&Run Again"), this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    resize(900, 520);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search packs, templates, models, answers and follow-ups…"));
    m_search->setClearButtonEnabled(true);
    m_modelFilter->setObjectName(QStringLiteral("historyModelFilter"));
    m_modelFilter->addItem(tr("All models"), QString());
    m_dateFilter->setObjectName(QStringLiteral("historyDateFilter"));
    for (const QString& label : {tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last year")})
        m_dateFilter->addItem(label);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RunListModel::Models, QHeaderView::Stretch);
    // Dates and template names are as wide as the locale makes them ("26. 12. 6. 오전 11:58").
    for (int column : {int(RunListModel::Date), int(RunListModel::Template)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_runAgain->setObjectName(QStringLiteral("historyRunAgain"));
    m_status->setObjectName(QStringLiteral("historyStatus"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_modelFilter);
    filters->addWidget(m_dateFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_runAgain, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &HistoryDialog::refresh);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_dateFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRunId())
            Q_EMIT openRequested(id);
    });
    connect(m_runAgain, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedRunId())
            Q_EMIT runAgainRequested(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->runId(index.row()))
            Q_EMIT openRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::updateButtons);
    updateButtons();
}

void HistoryDialog::setStore(Core::HistoryStore* store)
{
    m_store = store;
    rebuildModelFilter();
    refresh();
}

qint64 HistoryDialog::selectedRunId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->runId(rows.first().row());
}

void HistoryDialog::refresh()
{
    m_debounce->stop();
    if (!m_store) {
        m_model->setRuns({});
        m_status->setText(tr("The history is not available."));
        return;
    }
    Core::RunFilter filter;
    filter.text = m_search->text().trimmed();
    filter.model = m_modelFilter->currentData().toString();
    if (const int days = kDays[qBound(0, m_dateFilter->currentIndex(), int(std::size(kDays)) - 1)])
        filter.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0));
    auto runs = m_store->listRuns(filter);
    if (!runs) {
        m_status->setText(runs.error().message);
        return;
    }
    m_model->setRuns(*runs);
    m_status->setText(tr("%n run(s)", nullptr, int(runs->size())));
    if (!runs->isEmpty())
        m_table->selectRow(0);
}

void HistoryDialog::rebuildModelFilter()
{
    if (!m_store)
        return;
    const QString current = m_modelFilter->currentData().toString();
    QStringList models;
    if (auto all = m_store->listRuns())
        for (const Core::RunSummary& run : *all)
            for (const QString& m : run.models)
                if (!models.contains(m))
                    models.append(m);
    models.sort();
    const QSignalBlocker block(m_modelFilter);
    while (m_modelFilter->count() > 1)
        m_modelFilter->removeItem(1);
    for (const QString& m : models)
        m_modelFilter->addItem(m, m);
    m_modelFilter->setCurrentIndex(qMax(0, m_modelFilter->findData(current)));
}

void HistoryDialog::updateButtons()
{
    const bool selected = selectedRunId() != 0;
    m_open->setEnabled(selected);
    m_runAgain->setEnabled(selected);
}

} // namespace Cb::Ui
