#include "ui/pack/itemeditordialog.h"

#include "ui/common/imecomposition.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Cb::Ui {

ItemEditorDialog::ItemEditorDialog(const Core::PackItem& item, QWidget* parent)
    : QDialog(parent), m_item(item)
{
    setObjectName(QStringLiteral("itemEditorDialog"));
    setWindowTitle(item.isDocument() ? tr("Edit Document") : tr("Edit Note"));
    resize(640, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_tags = new QLineEdit(item.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("itemTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. launch, q3, pricing"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&ags:"), m_tags);
    if (item.isDocument()) {
        auto* source =
            new QLabel(QStringLiteral("%1 · %2").arg(item.sourcePath, item.format), this);
        source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        source->setWordWrap(true);
        form->addRow(tr("Source:"), source);
    }
    layout->addLayout(form);

    m_text = new QPlainTextEdit(item.text, this);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setReadOnly(item.isDocument());
    if (item.format == QLatin1String("code"))
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("What the model should know: decisions, constraints, numbers…"));
    layout->addWidget(m_text, 1);
    for (QWidget* editor : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_tags),
                            static_cast<QWidget*>(m_text)})
        ImeComposition::watch(editor);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("itemStats"));
    m_stats->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_stats);
    auto updateStats = [this] {
        const QString text = m_text->toPlainText();
        m_stats->setText(
            tr("%1 · %n word(s)", nullptr,
               int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                       .size()))
                .arg(QLocale().formattedDataSize(text.toUtf8().size())));
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateStats);
    updateStats();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto checkTitle = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    };
    connect(m_title, &QLineEdit::textChanged, this, checkTitle);
    checkTitle();
    (item.isDocument() ? static_cast<QWidget*>(m_title) : m_text)->setFocus();
}

QStringList ItemEditorDialog::parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

Core::PackItem ItemEditorDialog::edited() const
{
    Core::PackItem item = m_item;
    item.title = m_title->text().trimmed();
    item.tags = parseTags(m_tags->text());
    if (!item.isDocument())
        item.text = m_text->toPlainText();
    return item;
}

} // namespace Cb::Ui
