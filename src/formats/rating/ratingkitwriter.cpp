#include "formats/rating/ratingkitwriter.h"

#include <QCoreApplication>

#include "formats/export/markdownhtml.h"
#include "formats/rating/ratingkitassets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace Cb::Formats {

namespace {

QString cspHash(const QString& inlineText)
{
    return QStringLiteral("'sha256-") +
           QString::fromLatin1(QCryptographicHash::hash(inlineText.toUtf8(), QCryptographicHash::Sha256).toBase64()) +
           QLatin1Char('\'');
}

// Links in answers stay readable but inert: a kit never navigates or fetches anywhere.
QString inertLinks(QString html)
{
    static const QRegularExpression open(QStringLiteral("<a href=\"[^\"]*\">"));
    html.replace(open, QStringLiteral("<span class=\"link\">"));
    html.replace(QStringLiteral("</a>"), QStringLiteral("</span>"));
    return html;
}

// JSON inside <script type="application/json">: no '<', '>' or '&' that could end the element.
QString scriptSafeJson(const QJsonObject& object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QStringLiteral("\\u003c"));
    json.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    json.replace(QLatin1Char('&'), QStringLiteral("\\u0026"));
    return json;
}

QString questionHtml(const Core::RatingKitQuestion& q, QHash<QString, QString>& rendered,
                     const Core::ReportLanguage& l)
{
    const auto markdown = [&rendered](const QString& text) {
        auto it = rendered.find(text);
        if (it == rendered.end())
            it = rendered.insert(text, inertLinks(MarkdownHtml::fromMarkdown(text, 2)));
        return it.value();
    };
    const QString task = q.task.trimmed().isEmpty()
                             ? QStringLiteral("<em>%1</em>")
                                   .arg(l.translate("Cb::Formats::RatingKitWriter",
                                                    "No task text was recorded. Judge which answer is better on its "
                                                    "own terms.")
                                            .toHtmlEscaped())
                             : q.task.trimmed().toHtmlEscaped();
    return QStringLiteral("<section class=\"item\" data-item=\"%1\" hidden>\n"
                          "<div class=\"task\"><h2>%5</h2><div class=\"task-text\">%2</div></div>\n"
                          "<div class=\"answers\">\n"
                          "<article class=\"answer\"><h2>%6</h2><div class=\"markdown\">\n%3</div></article>\n"
                          "<article class=\"answer\"><h2>%7</h2><div class=\"markdown\">\n%4</div></article>\n"
                          "</div>\n</section>\n")
        .arg(q.item.toHtmlEscaped(), task, markdown(q.answerA), markdown(q.answerB),
             l.translate("Cb::Formats::RatingKitWriter", "Task").toHtmlEscaped(),
             l.translate("Cb::Formats::RatingKitWriter", "Answer A").toHtmlEscaped(),
             l.translate("Cb::Formats::RatingKitWriter", "Answer B").toHtmlEscaped());
}

} // namespace

QString RatingKitWriter::html(const Core::RatingKitDraft& draft, const Core::ReportLanguage& language)
{
    // Page text in the kit's language, escaped once here.
    const auto t = [&language](const char* source) {
        return language.translate("Cb::Formats::RatingKitWriter", source).toHtmlEscaped();
    };
    const QString style = RatingKitAssets::style();
    const QString script = RatingKitAssets::script();
    const QString csp = QStringLiteral("default-src 'none'; script-src %1; style-src %2; img-src 'none'; "
                                       "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
                                       "frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
                                       "form-action 'none'; base-uri 'none'")
                            .arg(cspHash(script), cspHash(style));
    const QString rater = draft.record.raterName.toHtmlEscaped();
    QHash<QString, QString> rendered; // the same answer appears in several pairs
    QString questions;
    for (const Core::RatingKitQuestion& q : draft.questions)
        questions += questionHtml(q, rendered, language);
    // What the script writes, with %1… placeholders it fills in.
    const QJsonObject texts{
        {QStringLiteral("progress"), language.translate("Cb::Formats::RatingKitWriter", "%1 of %2 rated")},
        {QStringLiteral("position"), language.translate("Cb::Formats::RatingKitWriter", "Pair %1 of %2")},
        {QStringLiteral("noStorage"),
         language.translate("Cb::Formats::RatingKitWriter",
                            "This browser does not keep answers for this file. Download your ratings before "
                            "closing it.")},
        {QStringLiteral("storageFailed"),
         language.translate("Cb::Formats::RatingKitWriter",
                            "Your answers could not be kept in this browser. Download your ratings before closing "
                            "it.")},
        {QStringLiteral("saved"),
         language.translate("Cb::Formats::RatingKitWriter",
                            "Saved %1 with %2 of %3 answers. Send that file back to the person who gave you this "
                            "kit.")}};
    const QJsonObject data{{QStringLiteral("kit"), draft.record.uuid},
                           {QStringLiteral("rater"), draft.record.raterName},
                           {QStringLiteral("secret"), draft.record.secret},
                           {QStringLiteral("texts"), texts}};

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(language.code());
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n").arg(csp);
    out += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    const QString title = language.translate("Cb::Formats::RatingKitWriter", "Rating kit for %1")
                              .toHtmlEscaped()
                              .arg(rater);
    out += QStringLiteral("<title>%1</title>\n<style>").arg(title) + style + QStringLiteral("</style>\n");
    out += QStringLiteral("</head>\n<body>\n<header><h1>%1</h1><span id=\"progress\">%2</span>"
                          "<span id=\"position\"></span></header>\n")
               .arg(title, language.translate("Cb::Formats::RatingKitWriter", "%1 of %2 rated")
                               .toHtmlEscaped()
                               .arg(0)
                               .arg(draft.questions.size()));
    out += QStringLiteral("<main>\n<p id=\"noscript-note\" class=\"warning\">%1</p>\n"
                          "<div id=\"kit-app\" hidden>\n"
                          "<p class=\"hint\">%2</p>\n"
                          "<p id=\"storage-warning\" class=\"warning\" hidden></p>\n")
               .arg(t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter",
                                        "This kit needs JavaScript to record your answers. Open it in a current "
                                        "Chromium, Chrome, Edge or Firefox.")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter",
                                        "Which answer does the task better? The answers are shown in a random order "
                                        "and say nothing about who wrote them.")));
    out += questions;
    out += QStringLiteral("<div class=\"verdicts\">\n"
                          "<button type=\"button\" data-verdict=\"a\"><kbd>1</kbd>%1</button>\n"
                          "<button type=\"button\" data-verdict=\"b\"><kbd>2</kbd>%2</button>\n"
                          "<button type=\"button\" data-verdict=\"tie\"><kbd>3</kbd>%3</button>\n"
                          "<button type=\"button\" data-verdict=\"both_bad\"><kbd>4</kbd>%4</button>\n</div>\n"
                          "<label for=\"comment\">%5</label>\n"
                          "<textarea id=\"comment\" rows=\"3\"></textarea>\n"
                          "<nav><button type=\"button\" id=\"previous\"><kbd>&larr;</kbd>%6</button>"
                          "<button type=\"button\" id=\"next\">%7<kbd>&rarr;</kbd></button>"
                          "<span class=\"hint\">%8</span></nav>\n"
                          "<p><button type=\"button\" id=\"download\">%9</button><span id=\"download-status\" "
                          "class=\"hint\"></span></p>\n</div>\n</main>\n")
               .arg(t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "A is better")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "B is better")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "Tie")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "Both bad")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter",
                                        "Comment (optional, kept with your verdict on this pair)")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "Previous")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "Next")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter",
                                        "Keys: 1 A, 2 B, 3 tie, 4 both bad, ←/→ previous/next; Esc leaves the "
                                        "comment box. Answers are kept in this browser until you download them.")),
                    t(QT_TRANSLATE_NOOP("Cb::Formats::RatingKitWriter", "Download my ratings")));
    out += QStringLiteral("<script type=\"application/json\" id=\"kit-data\">") + scriptSafeJson(data) +
           QStringLiteral("</script>\n");
    out += QStringLiteral("<script>") + script + QStringLiteral("</script>\n</body>\n</html>\n");
    return out;
}

Core::ReportLanguage RatingKitWriter::interfaceLanguage()
{
    auto loaded = Core::ReportLanguage::load(Core::ReportLanguage::application().code());
    return loaded ? *loaded : Core::ReportLanguage();
}

QString RatingKitWriter::safeFileStem(const QString& raterName)
{
    QString stem;
    for (const QChar c : raterName.trimmed()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            stem += c;
        else if (!stem.endsWith(QLatin1Char('_')))
            stem += QLatin1Char('_');
    }
    while (stem.startsWith(QLatin1Char('_')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('_')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("rater") : stem.left(80);
}

Core::Result<QStringList> RatingKitWriter::writeAll(const QList<Core::RatingKitDraft>& drafts, const QString& dir,
                                                    const Core::ReportLanguage& language)
{
    const QFileInfo info(dir);
    if (!info.exists() && !QDir().mkpath(dir))
        return Core::fail(Core::ErrorCode::Io, QCoreApplication::translate("Cb::Formats::RatingKitWriter", "Cannot create the folder %1.").arg(dir));
    if (!QFileInfo(dir).isDir())
        return Core::fail(Core::ErrorCode::Io, QCoreApplication::translate("Cb::Formats::RatingKitWriter", "%1 is not a folder.").arg(dir));
    QStringList written;
    const auto undo = [&written] {
        for (const QString& path : std::as_const(written))
            QFile::remove(path);
    };
    QSet<QString> taken;
    for (const Core::RatingKitDraft& draft : drafts) {
        const QString stem = QStringLiteral("rating-kit-") + safeFileStem(draft.record.raterName);
        QString path = QDir(dir).filePath(stem + QStringLiteral(".html"));
        for (int n = 2; QFileInfo::exists(path) || taken.contains(path); ++n)
            path = QDir(dir).filePath(stem + QStringLiteral("-%1.html").arg(n));
        taken.insert(path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html(draft, language).toUtf8()) < 0 || !file.commit()) {
            const QString why = file.errorString();
            undo();
            return Core::fail(Core::ErrorCode::Io, QCoreApplication::translate("Cb::Formats::RatingKitWriter", "Cannot write %1: %2").arg(path, why));
        }
        written.append(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    }
    return written;
}

} // namespace Cb::Formats
