#include "ui/compare/checkdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cb::Ui {

namespace {

enum Page { Contains, Regex, Json, Schema, Length, Citations };

} // namespace

CheckDialog::CheckDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Automatic check"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every finished answer is marked pass or fail, with the reason."), this));
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Contains text"), tr("Matches a regular expression"), tr("Is valid JSON"),
                      tr("Is JSON matching a schema"), tr("Has a length within bounds"),
                      tr("Cites its sources")});
    layout->addWidget(m_kind);

    m_pages = new QStackedWidget(this);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Text or pattern"));
    auto* textPage = new QWidget(m_pages);
    (new QVBoxLayout(textPage))->addWidget(m_text);
    m_pages->addWidget(textPage);
    m_pages->addWidget(new QLabel(tr("A code fence around the JSON is accepted."), m_pages));
    m_schema = new QPlainTextEdit(m_pages);
    m_schema->setPlaceholderText(QStringLiteral("{\"type\": \"object\", \"required\": [\"plan\"]}"));
    m_pages->addWidget(m_schema);
    auto* lengthPage = new QWidget(m_pages);
    auto* form = new QFormLayout(lengthPage);
    m_min = new QSpinBox(lengthPage);
    m_max = new QSpinBox(lengthPage);
    for (QSpinBox* box : {m_min, m_max}) {
        box->setRange(0, 10000000);
        box->setSpecialValueText(tr("no bound"));
    }
    m_unit = new QComboBox(lengthPage);
    m_unit->addItems({tr("characters"), tr("words")});
    form->addRow(tr("At least"), m_min);
    form->addRow(tr("At most"), m_max);
    form->addRow(tr("Counted in"), m_unit);
    m_pages->addWidget(lengthPage);
    // Citations as checked when each call finished ("Cite sources" template option).
    auto* citePage = new QWidget(m_pages);
    auto* citeForm = new QFormLayout(citePage);
    m_minCitations = new QSpinBox(citePage);
    m_minCitations->setObjectName(QStringLiteral("minCitations"));
    m_minCitations->setRange(0, 100000);
    m_minCitations->setValue(1);
    m_allVerified = new QCheckBox(tr("Every citation verified"), citePage);
    m_allVerified->setObjectName(QStringLiteral("allVerified"));
    m_allVerified->setChecked(true);
    citeForm->addRow(tr("At least"), m_minCitations);
    citeForm->addRow(QString(), m_allVerified);
    m_pages->addWidget(citePage);
    layout->addWidget(m_pages);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Check all answers"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        // Contains and regex share the text field.
        m_pages->setCurrentIndex(i == Contains || i == Regex ? 0 : i - 1);
        validate();
    });
    connect(m_text, &QLineEdit::textChanged, this, &CheckDialog::validate);
    connect(m_schema, &QPlainTextEdit::textChanged, this, &CheckDialog::validate);
    validate();
}

Core::Result<Core::TextCheck> CheckDialog::check() const
{
    switch (m_kind->currentIndex()) {
    case Contains:
        if (m_text->text().isEmpty())
            return Core::fail(Core::ErrorCode::InvalidInput, tr("Enter the text to look for."));
        return Core::TextCheck::contains(m_text->text());
    case Regex:
        return Core::TextCheck::regex(m_text->text());
    case Json:
        return Core::TextCheck::validJson();
    case Schema: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Core::fail(Core::ErrorCode::Parse, tr("The schema is not a JSON object: %1").arg(error.errorString()));
        return Core::TextCheck::jsonSchema(doc.object());
    }
    case Citations:
        return Core::TextCheck::citations(m_minCitations->value(), m_allVerified->isChecked());
    default: {
        auto bound = [](const QSpinBox* box) {
            return box->value() > 0 ? std::optional<qint64>(box->value()) : std::nullopt;
        };
        return Core::TextCheck::length(bound(m_min), bound(m_max),
                                       m_unit->currentIndex() == 1 ? Core::TextCheck::LengthUnit::Words
                                                                   : Core::TextCheck::LengthUnit::Characters);
    }
    }
}

void CheckDialog::validate()
{
    const auto c = check();
    m_problem->setText(c ? QString() : c.error().message);
    m_ok->setEnabled(c.has_value());
}

} // namespace Cb::Ui
