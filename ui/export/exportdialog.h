#pragma once

#include "core/common/error.h"
#include "core/history/runrecord.h"
#include "formats/export/exportoptions.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Cb::Core {
class Settings;
}
namespace Cb::Formats {
class ExportJob;
}

namespace Cb::Ui {

// Exports one run: format, page size, layout, report language (apart from the interface
// language; remembered in `settings` when given, else the interface language), what to include
// (prompt appendix, reasoning summaries, manifest), a preview of the first two PDF pages, and the export itself with a
// progress bar. Rendering (preview and export) runs on a worker thread through
// Formats::ExportJob; the dialog stays responsive and Cancel stops a running export.
// Owns a copy of the run. Test hooks: objectNames "formatCombo", "pageSizeCombo",
// "layoutCombo", "reportLanguageCombo", "includePrompt", "includeReasoning", "includeManifest", "previewPages",
// "previewStatus", "progressBar", "exportButton"; the file name comes from FileDialog, errors go
// to MessageBox. Signals: exported(path) after a file was written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Cb::Core::RunRecord run, QWidget* parent = nullptr, Cb::Core::Settings* settings = nullptr);
    ~ExportDialog() override;

    Formats::ExportOptions options() const;
    // The run's fused plans, exported after the answers with their sources (lineage).
    void setFusions(QList<Cb::Core::FusionRecord> fusions);
    // Pages shown in the preview (0 until a preview has rendered).
    int previewPageCount() const { return m_previewPages; }

Q_SIGNALS:
    void exported(const QString& path);
    void previewUpdated();

private:
    void schedulePreview();
    void startPreview();
    void showPreview(const QByteArray& pdf);
    void startExport();
    void exportFinished(const QString& path);
    void exportFailed(const Cb::Core::Error& error);
    void updateEnabled();
    // The report's statistics charts, rendered once on first use (they need this thread).
    const QList<Formats::ReportChart>& charts();

    Cb::Core::RunRecord m_run;
    QList<Cb::Core::FusionRecord> m_fusions;
    QComboBox* m_format;
    QComboBox* m_pageSize;
    QComboBox* m_layout;
    QComboBox* m_reportLanguage;
    Cb::Core::Settings* m_settings;
    QCheckBox* m_includePrompt;
    QCheckBox* m_includeReasoning;
    QCheckBox* m_includeManifest;
    QWidget* m_previewPanel;
    QVBoxLayout* m_previewLayout;
    QLabel* m_previewStatus;
    QProgressBar* m_progress;
    QPushButton* m_exportButton;
    QPushButton* m_closeButton;
    QTimer m_previewTimer;
    Formats::ExportJob* m_previewJob;
    Formats::ExportJob* m_exportJob;
    QString m_exportPath;
    int m_previewPages = 0;
    std::optional<QList<Formats::ReportChart>> m_charts;
};

} // namespace Cb::Ui
