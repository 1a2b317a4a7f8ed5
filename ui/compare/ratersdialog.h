#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Cb::Core {
class Database;
}

namespace Cb::Ui {

// The rating panel's members: each rater's name (editable: the name given when the kit was
// made may need correcting), kind, votes and kits. Renames go straight to the history
// (RaterStore) and emit ratersChanged(). Reads the database it is given (not owned). GUI thread.
class RatersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RatersDialog(Core::Database& database, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    // Renames the rater in `row`; on failure shows why and puts the old name back.
    bool rename(int row, const QString& name);

Q_SIGNALS:
    void ratersChanged();

private:
    void onItemChanged(QTableWidgetItem* item);

    Core::Database& m_db;
    QTableWidget* m_table;
    QLabel* m_empty;
    bool m_filling = false;
};

} // namespace Cb::Ui
