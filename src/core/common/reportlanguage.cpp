#include "core/common/reportlanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Cb::Core {

namespace {
QLocale localeFor(const QString& code)
{
    return code == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

ReportLanguage::ReportLanguage()
    : m_code(QStringLiteral("en"))
    , m_locale(localeFor(m_code))
{
}

QStringList ReportLanguage::supported() { return {QStringLiteral("en"), QStringLiteral("ko")}; }

ReportLanguage ReportLanguage::application()
{
    ReportLanguage language;
    language.m_application = true;
    // A Korean translator answers this with its own text; English has none and returns the source.
    const bool korean = QCoreApplication::translate("Report", "Goal") != QLatin1String("Goal");
    language.m_code = korean ? QStringLiteral("ko") : QStringLiteral("en");
    language.m_locale = QLocale();
    return language;
}

Result<ReportLanguage> ReportLanguage::load(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (!supported().contains(lower))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::ReportLanguage",
                                                "unknown report language \"%1\" (use %2)")
                        .arg(code, supported().join(QStringLiteral(" or "))));
    ReportLanguage language;
    language.m_code = lower;
    language.m_locale = localeFor(lower);
    auto translator = std::make_shared<QTranslator>();
    const QString path = QStringLiteral(":/i18n/contextbench_%1.qm").arg(lower);
    if (translator->load(path))
        language.m_translator = std::move(translator);
    else if (lower != QLatin1String("en")) // English is the source text; its file only adds plural forms
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
                                             "Cb::Core::ReportLanguage",
                                             "the report translation %1 is missing from this build")
                                             .arg(path));
    return language;
}

QString ReportLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                  int n) const
{
    QString text;
    if (m_application)
        return QCoreApplication::translate(context, source, disambiguation, n);
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

} // namespace Cb::Core
