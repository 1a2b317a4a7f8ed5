#include "ui/compare/ratersdialog.h"

#include "core/history/raterstore.h"
#include "core/rating/ratertally.h"
#include "ui/common/messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameColumn = 0;
} // namespace

RatersDialog::RatersDialog(Core::Database& database, QWidget* parent) : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("Raters"));
    resize(520, 340);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("People who rated through a rating kit, and judge models. Double-click a name to "
                               "correct it; drop ratings files on the comparison to bring verdicts back."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("ratersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Votes"), tr("Kits")});
    m_table->horizontalHeader()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No raters yet: make rating kits from a run or an experiment first."), this);
    m_empty->setObjectName(QStringLiteral("ratersEmpty"));
    layout->addWidget(m_empty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &RatersDialog::onItemChanged);
    reload();
}

void RatersDialog::reload()
{
    m_filling = true;
    m_table->setRowCount(0);
    auto rows = Core::RaterTally::load(m_db);
    if (!rows)
        MessageBox::warning(this, tr("Raters"), rows.error().message);
    const QList<Core::RaterTallyRow> list = rows ? *rows : QList<Core::RaterTallyRow>{};
    m_table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Core::RaterTallyRow& r = list[i];
        auto* name = new QTableWidgetItem(r.rater.name);
        name->setData(kIdRole, r.rater.id);
        name->setToolTip(tr("Rater %1").arg(r.rater.id));
        m_table->setItem(i, kNameColumn, name);
        const QStringList cells{r.rater.kind == QLatin1String("judge") ? tr("judge model") : tr("person"),
                                QString::number(r.votes), QString::number(r.kits)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c + 1, item);
        }
    }
    m_empty->setVisible(list.isEmpty());
    m_filling = false;
}

bool RatersDialog::rename(int row, const QString& name)
{
    QTableWidgetItem* item = m_table->item(row, kNameColumn);
    if (!item)
        return false;
    const qint64 id = item->data(kIdRole).toLongLong();
    if (auto renamed = Core::RaterStore(m_db).rename(id, name); !renamed) {
        MessageBox::warning(this, tr("Rater not renamed"), renamed.error().message);
        reload(); // the old name back
        return false;
    }
    reload();
    Q_EMIT ratersChanged();
    return true;
}

void RatersDialog::onItemChanged(QTableWidgetItem* item)
{
    if (m_filling || item->column() != kNameColumn)
        return;
    const int row = item->row();
    const QString name = item->text();
    // Reloading from inside itemChanged would delete the item being edited; do it after.
    QMetaObject::invokeMethod(this, [this, row, name] { rename(row, name); }, Qt::QueuedConnection);
}

} // namespace Cb::Ui
