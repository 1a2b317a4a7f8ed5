#include "ui/export/exportdialog.h"

#include "core/settings/sessionkeys.h"
#include "formats/export/exportjob.h"
#include "formats/export/reporttext.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/uilanguage.h"
#include "ui/stats/reportcharts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryFile>
#include <QVBoxLayout>

namespace Cb::Ui {

using Formats::ExportFormat;

namespace {

constexpr int kPreviewPages = 2;
constexpr int kPreviewWidth = 360;

QCheckBox* checkBox(const QString& text, const char* name, bool checked, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(name));
    box->setChecked(checked);
    return box;
}

QString filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QObject::tr("PDF report (*.pdf)");
    case ExportFormat::Markdown:
        return QObject::tr("Markdown (*.md)");
    case ExportFormat::Html:
        return QObject::tr("HTML page (*.html)");
    case ExportFormat::Json:
        return QObject::tr("JSON run record (*.json)");
    case ExportFormat::Csv:
        return QObject::tr("CSV, one row per call (*.csv)");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Cb::Core::RunRecord run, QWidget* parent, Cb::Core::Settings* settings)
    : QDialog(parent), m_run(std::move(run)), m_settings(settings), m_previewJob(new Formats::ExportJob(this)),
      m_exportJob(new Formats::ExportJob(this))
{
    setWindowTitle(tr("Export run"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (ExportFormat f : {ExportFormat::Pdf, ExportFormat::Markdown, ExportFormat::Html,
                           ExportFormat::Json, ExportFormat::Csv})
        m_format->addItem(filterFor(f).section(QStringLiteral(" ("), 0, 0), int(f));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(QStringLiteral("A4"), int(Formats::PageSize::A4));
    m_pageSize->addItem(QStringLiteral("Letter"), int(Formats::PageSize::Letter));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layoutCombo"));
    m_layout->addItem(tr("One after another"), int(Formats::ReportLayout::Sequential));
    m_layout->addItem(tr("Side by side"), int(Formats::ReportLayout::SideBySide));
    // Each language under its own name, as language pickers do: a reader of the other
    // language finds it whatever the interface language is.
    m_reportLanguage = new QComboBox(this);
    m_reportLanguage->setObjectName(QStringLiteral("reportLanguageCombo"));
    for (const QString& code : Core::ReportLanguage::supported())
        m_reportLanguage->addItem(UiLanguage::nativeName(code), code);
    QString language = m_settings ? m_settings->get(Core::Keys::ReportLanguage) : QString();
    if (!Core::ReportLanguage::supported().contains(language))
        language = m_settings ? UiLanguage::fromSettings(*m_settings) : UiLanguage::resolve({}, QLocale::system());
    m_reportLanguage->setCurrentIndex(qMax(0, m_reportLanguage->findData(language)));
    m_includePrompt = checkBox(tr("Prompt appendix (exact instructions and input)"),
                               "includePrompt", false, this);
    m_includeReasoning = checkBox(tr("Reasoning summaries"), "includeReasoning", true, this);
    m_includeManifest = checkBox(tr("Context manifest"), "includeManifest", true, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Report language:"), m_reportLanguage);
    auto* include = new QVBoxLayout;
    include->addWidget(m_includePrompt);
    include->addWidget(m_includeReasoning);
    include->addWidget(m_includeManifest);
    form->addRow(tr("Include:"), include);
    // What is being exported, in the interface language (the report itself has its own).
    const QString what = m_run.packTitle.isEmpty() ? tr("Run %1").arg(m_run.id) : m_run.packTitle;
    const QString outputs = m_run.calls.size() == 1
                                ? tr("Output of %1").arg(m_run.calls.first().model)
                                : tr("Comparison of %n output(s)", nullptr, int(m_run.calls.size()));
    auto* summary = new QLabel(what + QLatin1Char('\n') + outputs, this);
    summary->setWordWrap(true);
    form->insertRow(0, summary);

    m_previewPanel = new QWidget(this);
    m_previewPanel->setObjectName(QStringLiteral("previewPages"));
    m_previewLayout = new QVBoxLayout(m_previewPanel);
    m_previewStatus = new QLabel(tr("Preparing preview…"), m_previewPanel);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewLayout->addWidget(m_previewStatus);
    m_previewLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_previewPanel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(kPreviewWidth + 40);
    scroll->setMinimumHeight(420);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(scroll, 1);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(m_progress);
    root->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250); // options change in bursts; render once they settle
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    for (QComboBox* combo : {m_format, m_pageSize, m_layout, m_reportLanguage})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_reportLanguage, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings)
            m_settings->set(Core::Keys::ReportLanguage, m_reportLanguage->currentData().toString());
    });
    for (QCheckBox* box : {m_includePrompt, m_includeReasoning, m_includeManifest})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_previewJob, &Formats::ExportJob::finished, this, &ExportDialog::showPreview);
    connect(m_previewJob, &Formats::ExportJob::failed, this, [this](const Cb::Core::Error& e) {
        if (e.code != Cb::Core::ErrorCode::Cancelled)
            m_previewStatus->setText(tr("No preview: %1").arg(e.message));
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_exportJob->isRunning())
            m_exportJob->cancel();
        else
            reject();
    });
    connect(m_exportJob, &Formats::ExportJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_exportJob, &Formats::ExportJob::finished, this,
            [this](const QByteArray&) { exportFinished(m_exportPath); });
    connect(m_exportJob, &Formats::ExportJob::failed, this, &ExportDialog::exportFailed);
    updateEnabled();
    schedulePreview();
}

ExportDialog::~ExportDialog() = default;

Formats::ExportOptions ExportDialog::options() const
{
    Formats::ExportOptions o;
    o.format = ExportFormat(m_format->currentData().toInt());
    o.pageSize = Formats::PageSize(m_pageSize->currentData().toInt());
    o.layout = Formats::ReportLayout(m_layout->currentData().toInt());
    o.language = m_reportLanguage->currentData().toString();
    o.includePrompt = m_includePrompt->isChecked();
    o.includeReasoning = m_includeReasoning->isChecked();
    o.includeManifest = m_includeManifest->isChecked();
    o.fusions = m_fusions;
    return o;
}

void ExportDialog::setFusions(QList<Cb::Core::FusionRecord> fusions)
{
    m_fusions = std::move(fusions);
    schedulePreview();
}

void ExportDialog::updateEnabled()
{
    const ExportFormat f = options().format;
    const bool report =
        f == ExportFormat::Pdf || f == ExportFormat::Html || f == ExportFormat::Markdown;
    m_pageSize->setEnabled(f == ExportFormat::Pdf);
    m_layout->setEnabled(f == ExportFormat::Pdf || f == ExportFormat::Html);
    for (QCheckBox* box : {m_includePrompt, m_includeReasoning, m_includeManifest})
        box->setEnabled(report);
    m_reportLanguage->setEnabled(report); // JSON and CSV keep English keys
}

const QList<Formats::ReportChart>& ExportDialog::charts()
{
    if (!m_charts)
        m_charts = ReportCharts::render(m_run, options());
    return *m_charts;
}

void ExportDialog::schedulePreview()
{
    updateEnabled();
    m_previewTimer.start();
}

void ExportDialog::startPreview()
{
    // The preview always shows the PDF: it is what the other report formats look like too.
    Formats::ExportOptions o = options();
    o.format = ExportFormat::Pdf;
    o.charts = charts();
    m_previewStatus->setText(tr("Preparing preview…"));
    m_previewJob->start(m_run, o);
}

void ExportDialog::showPreview(const QByteArray& pdf)
{
    // QPdfDocument::load(fileName) is synchronous; two pages render in milliseconds.
    QTemporaryFile file;
    QPdfDocument doc;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush() ||
        doc.load(file.fileName()) != QPdfDocument::Error::None) {
        m_previewStatus->setText(tr("No preview: the PDF could not be read back"));
        return;
    }
    for (QLabel* old : m_previewPanel->findChildren<QLabel*>(QStringLiteral("previewPage")))
        delete old;
    m_previewPages = qMin(kPreviewPages, doc.pageCount());
    for (int i = 0; i < m_previewPages; ++i) {
        const QSizeF points = doc.pagePointSize(i);
        const QSize size(kPreviewWidth, int(kPreviewWidth * points.height() / points.width()));
        auto* page = new QLabel(m_previewPanel);
        page->setObjectName(QStringLiteral("previewPage"));
        page->setPixmap(QPixmap::fromImage(doc.render(i, size)));
        page->setFrameShape(QFrame::Box);
        m_previewLayout->insertWidget(m_previewLayout->count() - 1, page);
    }
    m_previewStatus->setText(
        tr("First %n page(s) of %1", nullptr, m_previewPages).arg(doc.pageCount()));
    Q_EMIT previewUpdated();
}

void ExportDialog::startExport()
{
    Formats::ExportOptions o = options();
    o.charts = charts();
    const QString suggested = Formats::ReportText().title(m_run) + QLatin1Char('.') +
                              Formats::exportFormatExtension(o.format);
    const QString path =
        FileDialog::saveFile(this, tr("Export run"), suggested, filterFor(o.format));
    if (path.isEmpty())
        return;
    m_exportPath = path;
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_exportJob->start(m_run, o, path);
}

void ExportDialog::exportFinished(const QString& path)
{
    m_progress->setVisible(false);
    m_exportButton->setEnabled(true);
    Q_EMIT exported(path);
    accept();
}

void ExportDialog::exportFailed(const Cb::Core::Error& error)
{
    m_progress->setVisible(false);
    m_exportButton->setEnabled(true);
    if (error.code != Cb::Core::ErrorCode::Cancelled)
        MessageBox::warning(this, tr("Export failed"), error.message);
}

} // namespace Cb::Ui
