#pragma once

#include "core/eval/packcoverage.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Cb::Ui {

// The pack coverage of one run: per item of the pack as sent, which answers read it (tools mode)
// and which cited it, with how many of those citations were verified; items no answer used are
// tinted and counted. Opened from the comparison's toolbar; reads a value, owns nothing else.
class CoverageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CoverageDialog(const Core::PackCoverage& coverage, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace Cb::Ui
