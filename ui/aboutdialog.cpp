#include "ui/aboutdialog.h"

#include <cb_version.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Cb::Ui {

AboutDialog::AboutDialog(const QString& dataLocation, const QString& settingsLocation, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ContextBench"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/contextbench.svg")).pixmap(72, 72));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<h2>ContextBench %1</h2>"
                     "<p>Build context packs from goals, transcripts, memos, notes, PDFs and code; preview the "
                     "exact prompt with token counts and cost; send it to several models in parallel; compare "
                     "the answers side by side, vote blind, and export the plan to PDF.</p>"
                     "<p><b>History database and data:</b> %2<br><b>Settings:</b> %3<br>"
                     "API keys live in the system keychain or environment variables, never in these files.</p>"
                     "<p>Built with Qt %4.</p>")
                      .arg(QString::fromLatin1(Cb::kVersion), dataLocation.toHtmlEscaped(),
                           settingsLocation.toHtmlEscaped(), QString::fromLatin1(qVersion())));
    row->addWidget(text, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 300);
}

} // namespace Cb::Ui
