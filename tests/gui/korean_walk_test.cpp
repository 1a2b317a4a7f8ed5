// Issue 16, item 6: the main window in Korean (as LANG=ko_KR.UTF-8 selects), every widget and
// every dialog the menus, toolbars and "…" buttons open, walked for text that is still English.
#include "core/experiment/experimentstore.h"
#include "core/history/database.h"
#include "core/history/fusionstore.h"
#include "core/history/historystore.h"
#include "core/prompt/templatelibrary.h"
#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "gui/comparesessions.h"
#include "gui/fakeopenaiservices.h"
#include "gui/screenshots.h"
#include "support/fakehttpserver.h"
#include "support/fakejudge.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "ui/ask/askfirstcontroller.h"
#include "ui/ask/askfirstdialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/uilanguage.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/fusedialog.h"
#include "ui/experiment/experimentresultsview.h"
#include "ui/experiment/experimentswindow.h"
#include "ui/history/historydialog.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/run/modelpicker.h"
#include "ui/services.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <functional>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

// Words that stay as they are in a Korean interface: product, provider and model names, file
// formats, units, keys of keyboard shortcuts. Compared case-insensitively, whole words.
const QStringList kAllowedWords{
    // product and providers
    QStringLiteral("ContextBench"), QStringLiteral("Qt"), QStringLiteral("OpenAI"), QStringLiteral("Anthropic"),
    QStringLiteral("Claude"), QStringLiteral("Google"), QStringLiteral("Gemini"), QStringLiteral("Ollama"),
    QStringLiteral("llama"), QStringLiteral("cpp"), QStringLiteral("vLLM"), QStringLiteral("LM"), QStringLiteral("Studio"),
    QStringLiteral("OpenRouter"), QStringLiteral("GPT"), QStringLiteral("pro"), QStringLiteral("mini"),
    QStringLiteral("nano"), QStringLiteral("sonnet"), QStringLiteral("opus"), QStringLiteral("haiku"),
    QStringLiteral("flash"), QStringLiteral("Noto"), QStringLiteral("Sans"), QStringLiteral("CJK"),
    QStringLiteral("KR"), QStringLiteral("GNOME"), QStringLiteral("KWallet"), QStringLiteral("Secret"),
    QStringLiteral("Service"), QStringLiteral("Whisper"),
    // a language named in its own language, as language pickers do (the report language: English)
    QStringLiteral("English"),
    // formats
    QStringLiteral("Markdown"), QStringLiteral("ctxpack"), QStringLiteral("cbkit"), QStringLiteral("ratings"),
    QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("json"),
    QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("xml"), QStringLiteral("Letter"),
    QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("wav"), QStringLiteral("ogg"), QStringLiteral("webm"),
    QStringLiteral("flac"), QStringLiteral("Wilson"), // the Wilson interval, a name
    QStringLiteral("Bradley"), QStringLiteral("Terry"), // the Bradley–Terry model, a name
    // units and shortcuts
    QStringLiteral("ms"), QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("KB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("pt"),
    QStringLiteral("px"), QStringLiteral("USD"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"),
    QStringLiteral("Enter"), QStringLiteral("Return"), QStringLiteral("Esc"), QStringLiteral("Tab"),
    QStringLiteral("PgUp"), QStringLiteral("PgDown"), QStringLiteral("Del")};

// What the eye reads: no HTML, no accelerator markers ("파일(&F)", "&Save").
QString readable(const QString& text)
{
    QString s = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    static const QRegularExpression koreanAccelerator(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    s.remove(koreanAccelerator);
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return s.simplified();
}

// English when a Latin word that is not on the allow-list remains. Acronyms of up to five
// capitals (API, URL, PDF, HTML, JSON, CSV, HTTP…) and model ids such as "o3" or "gpt-4.1" pass.
QStringList englishWords(const QString& text, const QStringList& extraAllowed)
{
    static const QRegularExpression word(QStringLiteral("(?<![\\w.-])[A-Za-z][A-Za-z']+(?![\\w-]*\\d)"));
    static const QRegularExpression acronym(QStringLiteral("^[A-Z]{2,5}s?$"));
    // Paths, addresses and identifiers (a/b/c, user@host, o200k_base, local:llama3.1:70b) and
    // template variables ({{task}}) are names, not prose.
    static const QRegularExpression pathLike(
        QStringLiteral("(?:^|(?<=\\s))[~/]\\S*|\\S*/\\S*/\\S*|\\S*[\\\\@_]\\S*|\\w+://\\S*|\\S+:\\S+|"
                       "\\{\\{[^}]*\\}\\}|"
                       "pass\\^(?:\\d+|k)")); // and the pass^k metric, named as in the literature
    const QString prose = QString(text).replace(pathLike, QStringLiteral(" "));
    QStringList found;
    for (auto it = word.globalMatch(prose); it.hasNext();) {
        const QString w = it.next().captured();
        if (acronym.match(w).hasMatch())
            continue;
        auto same = [&](const QString& a) { return a.compare(w, Qt::CaseInsensitive) == 0; };
        if (std::any_of(kAllowedWords.begin(), kAllowedWords.end(), same) ||
            std::any_of(extraAllowed.begin(), extraAllowed.end(), same))
            continue;
        found.append(w);
    }
    return found;
}

// Collects every piece of English visible in the windows it is given, with the widget path.
class EnglishFinder
{
public:
    QStringList problems;
    QStringList extraAllowed; // names from the test data: models, people in the sample plans
    QStringList allowedNames; // names that are not prose wherever they appear: templates' file names

    void check(const QString& path, const QString& what, const QString& text)
    {
        const QString shown = readable(text);
        QString prose = shown;
        for (const QString& name : allowedNames)
            prose.replace(name, QStringLiteral(" "));
        const QStringList words = englishWords(prose, extraAllowed);
        if (!words.isEmpty())
            problems.append(QStringLiteral("%1 [%2]: \"%3\"").arg(path, what, shown.left(160)));
    }

    void walkWindow(QWidget* top, const QString& how)
    {
        const QString root = how + QStringLiteral(" > ") + name(top);
        check(root, QStringLiteral("window title"), QString(top->windowTitle()).remove(QStringLiteral("[*]")));
        walk(top, top, root);
        // Every page of every tab widget, not only the one showing (Settings › General, the Stats
        // dialog's Panel and Reliability tabs…).
        for (QTabWidget* tabs : top->findChildren<QTabWidget*>()) {
            if (!tabs->isVisibleTo(top))
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == shown)
                    continue;
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                walk(tabs->widget(i), top, root + QStringLiteral("/tab ") + readable(tabs->tabText(i)));
            }
            tabs->setCurrentIndex(shown);
        }
        if (auto* bar = top->findChild<QMenuBar*>(QString(), Qt::FindDirectChildrenOnly))
            for (QAction* a : bar->actions())
                walkAction(a, root + QStringLiteral("/menu"));
    }

    void walkAction(QAction* a, const QString& path)
    {
        if (a->isSeparator())
            return;
        const QString here = path + QLatin1Char('/') + (a->objectName().isEmpty() ? readable(a->text()) : a->objectName());
        check(here, QStringLiteral("action"), a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            check(here, QStringLiteral("action tooltip"), a->toolTip());
        check(here, QStringLiteral("status tip"), a->statusTip());
        if (QMenu* m = a->menu())
            for (QAction* sub : m->actions())
                walkAction(sub, here);
    }

private:
    static QString name(const QObject* o)
    {
        const QString cls = QString::fromLatin1(o->metaObject()->className()).section(QStringLiteral("::"), -1);
        return o->objectName().isEmpty() ? cls : cls + QLatin1Char('[') + o->objectName() + QLatin1Char(']');
    }

    // Cells the program writes (statuses, figures, labels), not only headers; the first rows
    // are enough to see every kind of text a view shows.
    void checkCells(const QString& path, const QAbstractItemModel* model, const QModelIndex& parent, int depth)
    {
        for (int r = 0; r < std::min(model->rowCount(parent), 30); ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                check(path, QStringLiteral("cell"), i.data(Qt::DisplayRole).toString());
                check(path, QStringLiteral("cell tooltip"), i.data(Qt::ToolTipRole).toString());
                if (c == 0 && depth < 3 && model->hasChildren(i))
                    checkCells(path, model, i, depth + 1);
            }
    }

    void walk(QWidget* w, QWidget* top, const QString& path)
    {
        if (!w->isVisibleTo(top) && w != top)
            return;
        if (w != top)
            check(path, QStringLiteral("tooltip"), w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(w))
            check(path, QStringLiteral("label"), l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            check(path, QStringLiteral("button"), b->text());
            if (auto* tb = qobject_cast<QToolButton*>(w); tb && tb->defaultAction())
                walkAction(tb->defaultAction(), path);
        }
        if (auto* g = qobject_cast<QGroupBox*>(w))
            check(path, QStringLiteral("group box"), g->title());
        if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i) {
                check(path, QStringLiteral("tab"), t->tabText(i));
                check(path, QStringLiteral("tab tooltip"), t->tabToolTip(i));
            }
        if (auto* e = qobject_cast<QLineEdit*>(w))
            check(path, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            check(path, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* e = qobject_cast<QTextEdit*>(w))
            check(path, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            check(path, QStringLiteral("special value"), s->specialValueText());
        if (auto* s = qobject_cast<QSpinBox*>(w))
            check(path, QStringLiteral("suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w))
            check(path, QStringLiteral("suffix"), s->prefix() + QLatin1Char(' ') + s->suffix());
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                check(path, QStringLiteral("choice"), c->itemText(i));
        if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                if (!h->isSectionHidden(i))
                    check(path, QStringLiteral("header"), h->model()->headerData(i, h->orientation()).toString());
        // A file dialog's lists are the user's files, not text of ours.
        if (auto* v = qobject_cast<QAbstractItemView*>(w);
            v && v->model() && !qobject_cast<QHeaderView*>(w) && !qobject_cast<QFileDialog*>(top))
            checkCells(path, v->model(), QModelIndex(), 0);
        if (auto* v = qobject_cast<QChartView*>(w); v && v->chart()) {
            QChart* chart = v->chart();
            check(path, QStringLiteral("chart title"), chart->title());
            for (QAbstractAxis* axis : chart->axes()) {
                check(path, QStringLiteral("axis title"), axis->titleText());
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                    for (const QString& c : categories->categories())
                        check(path, QStringLiteral("axis category"), c);
            }
            for (QAbstractSeries* s : chart->series())
                check(path, QStringLiteral("series"), s->name());
        }
        for (QAction* a : w->actions())
            if (w != top || !qobject_cast<QMainWindow*>(w))
                walkAction(a, path + QStringLiteral("/actions"));
        for (QObject* child : w->children())
            if (auto* cw = qobject_cast<QWidget*>(child); cw && !cw->isWindow())
                walk(cw, top, path + QLatin1Char('/') + name(cw));
    }
};

// Installs the Korean translators for the test and removes them after, so the other tests
// in this binary keep reading English.
struct KoreanInterface
{
    QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
    bool installed = Ui::UiLanguage::install(qApp, Ui::UiLanguage::resolve(QStringLiteral("system"),
                                                                            QLocale(QStringLiteral("ko_KR"))));
    ~KoreanInterface()
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>())
            if (!before.contains(t)) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        QLocale::setDefault(QLocale::system());
    }
};

// A plan as a model answers a Korean pack; `variant` changes the wording and the sections.
QString koreanPlan(int variant)
{
    QString md = QStringLiteral("# %1 출시 계획\n\n").arg(variant % 2 ? QStringLiteral("봄") : QStringLiteral("여름"));
    md += QStringLiteral("## 목표\n\n- %1주 차까지 보고서 내보내기 출시\n- 응답 지연 200 ms 이하 유지\n\n").arg(4 + variant);
    md += QStringLiteral("## 일정\n\n| 주 | 이정표 | 담당 |\n|---|---|---|\n| 1 | 설계 검토 | 김지현 |\n| %1 | 출시 | 박서준 |\n\n")
              .arg(6 + variant);
    if (variant % 2 == 0)
        md += QStringLiteral("## 예산\n\n총비용은 %1백만 원 이하로 유지합니다.\n\n").arg(20 + variant);
    md += QStringLiteral("## 위험\n\n1. 외부 API 요금 한도 변경\n2. 채용 지연\n\n결론: 일정보다 범위를 먼저 줄입니다.\n");
    return md;
}

struct KoreanWindowFixture
{
    KoreanInterface korean;
    Cb::Test::TempWorkspace ws;
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::HistoryStore> store;
    Core::MemorySettingsStore settingsStore;
    Core::Settings settings{settingsStore};
    Core::SecretStore secrets{nullptr, [](const QString&) { return QString(); }};
    QNetworkAccessManager network;
    Ui::Services services{&settings, &secrets, &network, nullptr};

    KoreanWindowFixture()
    {
        auto opened = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
        EXPECT_TRUE(opened.has_value());
        database = std::move(*opened);
        store = std::make_unique<Core::HistoryStore>(*database);
        services.database = database.get();
        // What LANG=ko_KR.UTF-8 resolves to; set explicitly so the machine's locale cannot
        // change which welcome pack and presets the window picks.
        settings.set(Core::Keys::UiLanguage, QStringLiteral("ko"));
        settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro")});
    }

    // A finished o3 vs o3-pro run with answers and one blind vote, so the comparison, Stats,
    // Raters, Export and rating-kit dialogs have something to show.
    void addVotedRun()
    {
        Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2, true);
        run.packTitle = QStringLiteral("출시 계획");
        // Answers in Korean, as a Korean pack gets them: what the walk must not flag is our text.
        for (int i = 0; i < run.calls.size(); ++i)
            run.calls[i].text = koreanPlan(i);
        ASSERT_TRUE(store->insertRun(run));
        Core::VoteRecord vote{0, run.id, run.calls[0].id, run.calls[1].id, QStringLiteral("left"), true, {}};
        ASSERT_TRUE(store->addVote(vote));
    }
};

// Runs `trigger` and walks what it opens: a modal dialog (walked and rejected while its exec()
// runs) or new top-level windows (walked, photographed, closed).
void walkWhatOpens(EnglishFinder& finder, const QString& how, const std::function<void()>& trigger)
{
    const QWidgetList before = QApplication::topLevelWidgets();
    QTimer poll;
    poll.setInterval(30);
    bool busy = false; // the wait below runs the event loop, and this timer with it
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (busy || !modal || before.contains(modal))
            return;
        busy = true;
        QTest::qWait(50);
        finder.walkWindow(modal, how);
        Cb::Test::saveScreenshot(modal, QStringLiteral("ko-") + QString::fromLatin1(modal->metaObject()->className())
                                                             .section(QStringLiteral("::"), -1));
        if (auto* d = qobject_cast<QDialog*>(modal))
            d->reject();
        else
            modal->close();
        busy = false;
    });
    poll.start();
    trigger();
    poll.stop();
    QTest::qWait(300); // previews and counts that fill in after showing
    for (QWidget* w : QApplication::topLevelWidgets())
        if (!before.contains(w) && w->isVisible() && !qobject_cast<QMenu*>(w)) {
            finder.walkWindow(w, how);
            Cb::Test::saveScreenshot(
                w, QStringLiteral("ko-") + QString::fromLatin1(w->metaObject()->className()).section(QStringLiteral("::"), -1));
            w->close();
        }
    QTest::qWait(20);
}

// The "…" buttons of a window: each opens a dialog.
QList<QPointer<QAbstractButton>> dialogButtons(QWidget* window)
{
    QList<QPointer<QAbstractButton>> out;
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>())
        if (b->isVisible() && b->isEnabled() && !b->isCheckable() &&
            (b->text().endsWith(QStringLiteral("…")) || b->text().endsWith(QStringLiteral("..."))))
            out.append(b);
    return out;
}

} // namespace

TEST(KoreanInterface_walk, everyWindowAndDialogShowsNoEnglish)
{
    KoreanWindowFixture f;
    ASSERT_TRUE(f.korean.installed);
    f.addVotedRun();
    EnglishFinder finder;
    finder.extraAllowed = {QStringLiteral("o3")};
    finder.allowedNames = Core::TemplateLibrary().names();
    // What the judge model is shown, quoted as such in the Judge dialog.
    finder.allowedNames << QStringLiteral("\"Answer A\"") << QStringLiteral("\"Answer B\"");
    // Syntax shown as it is written: the XML the documents are wrapped in, the citation form.
    finder.allowedNames << QStringLiteral("<document title=… source=… section=…>") << QStringLiteral("[[id:");
    // Longest first, so "report-generator-ko" goes before "report-generator" can split it.
    std::sort(finder.allowedNames.begin(), finder.allowedNames.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });

    Ui::MainWindow window(f.services);
    window.openStartupPack();
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    finder.walkWindow(&window, QStringLiteral("start"));
    Cb::Test::saveScreenshot(&window, QStringLiteral("ko-main-window"));
    // Toolbar buttons without the menus' mnemonics: "새 팩", not "새 팩(N)".
    static const QRegularExpression mnemonic(QStringLiteral("\\([A-Za-z0-9]\\)"));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    int toolButtons = 0;
    for (QToolButton* b : toolBar->findChildren<QToolButton*>()) {
        if (!b->isVisible() || !b->defaultAction())
            continue;
        ++toolButtons;
        EXPECT_FALSE(b->text().contains(mnemonic)) << b->text().toStdString();
        EXPECT_FALSE(b->toolTip().contains(mnemonic)) << b->toolTip().toStdString();
    }
    EXPECT_GE(toolButtons, 8);

    // The run with answers, opened from History as a user would.
    window.showHistory();
    Ui::HistoryDialog* history = window.historyDialog();
    ASSERT_NE(history, nullptr);
    QTest::qWait(100);
    finder.walkWindow(history, QStringLiteral("View > History"));
    Cb::Test::saveScreenshot(history, QStringLiteral("ko-HistoryDialog"));
    ASSERT_GE(history->table()->model()->rowCount(), 1);
    history->table()->selectRow(0);
    history->findChild<QPushButton*>(QStringLiteral("historyOpen"))->click();
    history->close();
    QTest::qWait(300);
    finder.walkWindow(&window, QStringLiteral("comparison"));
    Cb::Test::saveScreenshot(&window, QStringLiteral("ko-main-window-comparison"));
    // The pass tally beside the comparison's (Korean, wider) buttons is whole, not cut mid-name.
    QLabel* tally = window.comparePanel()->reliabilityLabel();
    ASSERT_FALSE(tally->text().isEmpty());
    EXPECT_GE(tally->width(), tally->sizeHint().width()) << readable(tally->text()).toStdString();

    // The comparison's modes, each looked at while on.
    Ui::ComparePanel* compare = window.comparePanel();
    for (const char* mode : {"blindButton", "rankButton", "tabsButton", "bySectionButton"}) {
        auto* b = compare->findChild<QToolButton*>(QString::fromLatin1(mode));
        ASSERT_NE(b, nullptr) << mode;
        b->setChecked(true);
        QTest::qWait(100);
        finder.walkWindow(&window, QStringLiteral("comparison ") + QString::fromLatin1(mode));
        Cb::Test::saveScreenshot(&window, QStringLiteral("ko-compare-") + QString::fromLatin1(mode));
        b->setChecked(false);
        QTest::qWait(20);
    }

    // Every "…" button of the main window (comparison toolbar, pack, prompt, models).
    for (const QPointer<QAbstractButton>& b : dialogButtons(&window))
        if (b && b->isEnabled())
            walkWhatOpens(finder, QStringLiteral("button ") + b->objectName() + QLatin1Char(' ') + readable(b->text()),
                          [b] { b->click(); });

    // Every menu command that is not a mode toggle; Send and Quit would leave the walk.
    const QStringList skipped{QStringLiteral("actionSend"), QStringLiteral("actionQuit"), QStringLiteral("actionNew")};
    std::function<void(QMenu*, const QString&)> walkMenu = [&](QMenu* menu, const QString& path) {
        for (QAction* a : menu->actions()) {
            const QString here = path + QStringLiteral(" > ") + readable(a->text());
            if (a->menu())
                walkMenu(a->menu(), here);
            // About Qt is Qt's own box, and qtbase_ko has no Korean for its licence paragraph.
            else if (a->text() == QCoreApplication::translate("Cb::Ui::MainWindow", "About &Qt"))
                continue;
            else if (!a->isSeparator() && a->isEnabled() && !a->isCheckable() && !skipped.contains(a->objectName()))
                walkWhatOpens(finder, QStringLiteral("menu") + here, [a] { a->trigger(); });
        }
    };
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            walkMenu(top->menu(), QString());

    // The model picker (a popup of the toolbar's model button) and a model's Parameters…
    finder.walkWindow(window.modelPicker(), QStringLiteral("model picker"));
    walkWhatOpens(finder, QStringLiteral("model picker > Parameters…"),
                  [&] { window.modelPicker()->editParameters(QStringLiteral("openai:o3")); });

    // The template editor, from the prompt preview's Edit… (folded away while answers are read).
    auto* editTemplates = window.findChild<QToolButton*>(QStringLiteral("editTemplates"));
    ASSERT_NE(editTemplates, nullptr);
    walkWhatOpens(finder, QStringLiteral("prompt preview > Edit…"), [editTemplates] { editTemplates->click(); });

    // The fusion dialog on the voted run (its button waits for every pair to be voted).
    {
        Ui::FuseDialog fuse(compare->session()->record(), &window);
        fuse.show();
        QTest::qWait(100);
        finder.walkWindow(&fuse, QStringLiteral("comparison > Fuse…"));
        Cb::Test::saveScreenshot(&fuse, QStringLiteral("ko-FuseDialog"));
    }

    // The Experiments window's own "…" buttons (New Experiment, Rating Kits).
    window.showExperiments();
    QTest::qWait(100);
    if (QWidget* experiments = static_cast<QWidget*>(window.experimentsWindow())) {
        finder.walkWindow(experiments, QStringLiteral("View > Experiments"));
        for (const QPointer<QAbstractButton>& b : dialogButtons(experiments))
            if (b && b->isEnabled())
                walkWhatOpens(finder, QStringLiteral("Experiments button ") + readable(b->text()), [b] { b->click(); });
        experiments->close();
    }

    finder.problems.removeDuplicates();
    EXPECT_TRUE(finder.problems.isEmpty()) << finder.problems.size() << " English texts in the Korean interface:\n"
                                           << finder.problems.join(QLatin1Char('\n')).toStdString();
}

namespace {

// Questions as a model asks them about a Korean pack.
const QString kKoreanQuestions = QStringLiteral(
    R"({"questions":[{"question":"출시 계획은 어느 분기를 다루나요?","why_it_matters":"일정과 채용이 달라집니다.","assumption_if_unanswered":"다음 분기 전체"},)"
    R"({"question":"예산은 누가 승인하나요?","why_it_matters":"승인 단계가 일정을 바꿉니다.","assumption_if_unanswered":"재무 책임자"}]})");

// What OpenAI answers when the account's quota is used up (not retried) and when its server
// fails (retried, then given up); the provider's own message stays as the provider wrote it.
const QByteArray kQuotaBody = R"({"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","code":"insufficient_quota"}})";
const QByteArray kServerBody = R"({"error":{"message":"The server had an error.","type":"server_error"}})";

// An experiment over two recorded cases, k = 2, every answer checked pass or fail and pairs voted
// blind, stored as the app stores them (HistoryStore::setJudgement, as the comparison's pass /
// fail buttons do; addVote), so the Results tab has pass rates, k-of-k, win rates and charts.
// With two models the ranking note stands in for the Bradley–Terry chart; with three the chart
// is drawn.
qint64 addExperimentWithData(Core::Database& db, const QString& name, const QStringList& models,
                              const QString& provider = QStringLiteral("openai"))
{
    Core::HistoryStore store(db);
    Core::ExperimentRecord e;
    e.name = name;
    e.status = QStringLiteral("done");
    e.plan.repeats = 2;
    for (const QString& m : models)
        e.plan.models.append(Core::PlannedModel{provider, m, {}});
    QList<qint64> runs;
    const QStringList outcomes{QStringLiteral("right"), QStringLiteral("left"), QStringLiteral("tie"),
                               QStringLiteral("right"), QStringLiteral("both_bad")};
    int voteIndex = 0;
    for (int c = 0; c < 2; ++c) {
        Core::RunRecord run = Cb::Test::compareRun(models, 2, true);
        run.packTitle = QStringLiteral("출시 계획 %1").arg(c + 1);
        for (int i = 0; i < run.calls.size(); ++i) {
            run.calls[i].provider = provider;
            run.calls[i].text = koreanPlan(i + c);
            run.calls[i].costUsd = 0.01 * (i + 1);
            run.calls[i].totalMs = 1000 * (i + 3);
        }
        EXPECT_TRUE(store.insertRun(run));
        for (int i = 0; i < run.calls.size(); ++i) {
            const bool fail = (i + c) % 4 == 0;
            EXPECT_TRUE(store.setJudgement(run.calls[i].id, fail ? QStringLiteral("fail") : QStringLiteral("pass"),
                                           QCoreApplication::translate("Cb::Ui::ComparePanel", "judged by hand")));
        }
        // Every pair of models within each repeat, blind.
        const int perRepeat = int(models.size());
        for (int r = 0; r < 2; ++r)
            for (int a = 0; a < perRepeat; ++a)
                for (int b = a + 1; b < perRepeat; ++b) {
                    Core::VoteRecord vote{0, run.id, run.calls[r * perRepeat + a].id, run.calls[r * perRepeat + b].id,
                                          outcomes[voteIndex++ % outcomes.size()], true, {}};
                    EXPECT_TRUE(store.addVote(vote));
                }
        runs << run.id;
        e.cases.append({0, c, QStringLiteral("/packs/plan-%1.ctxpack").arg(c + 1), {}, {}, {}, 0});
    }
    Core::ExperimentStore experiments(db);
    auto id = experiments.insertExperiment(e);
    EXPECT_TRUE(id);
    for (int c = 0; c < e.cases.size(); ++c)
        EXPECT_TRUE(experiments.setCaseRun(e.cases[c].id, runs[c]));
    EXPECT_TRUE(experiments.setStatus(e.id, QStringLiteral("done")));
    return id ? *id : 0;
}

// A fused plan recorded for the run, so opening it shows a fused column with its lineage.
void addFusion(Core::Database& db, const Core::RunRecord& run)
{
    Core::FusionRecord f;
    f.runId = run.id;
    f.mode = QStringLiteral("fuse");
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4.1");
    f.status = Core::CallStatus::Done;
    f.totalMs = 2500;
    f.text = f.plan = QStringLiteral("## 목표\n\n3월에 v2를 출시합니다.\n\n## 일정\n\n설계 검토 후 출시합니다.\n");
    f.sections = {{QStringLiteral("목표"), 2, {run.calls[0].id, run.calls[1].id}, QStringLiteral("openai:gpt-4.1")},
                  {QStringLiteral("일정"), 1, {run.calls[1].id}, QString()}};
    Core::FusionStore store(db);
    ASSERT_TRUE(store.insert(f));
    ASSERT_TRUE(store.update(f));
}

} // namespace

// The states the first walk cannot reach: Ask First's questions, error banners from a provider
// that refuses (quota, HTTP 429) and fails (HTTP 500), a pack that does not load, a run with a
// fused column, and an experiment with data in its matrix and Results tab (tables and charts).
TEST(KoreanInterface_walk, askFirstErrorsFusedColumnAndExperimentShowNoEnglish)
{
    KoreanInterface korean;
    ASSERT_TRUE(korean.installed);
    Cb::Test::TempWorkspace ws;
    auto opened = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(opened.has_value());
    std::unique_ptr<Core::Database> db = std::move(*opened);
    Cb::Test::FakeHttpServer server;
    server.setHandler([](const Cb::Test::RecordedRequest& r) -> std::optional<Cb::Test::FakeResponse> {
        if (r.json().contains(QStringLiteral("text"))) // the structured ask
            return Cb::Test::FakeJudge::responsesReply(kKoreanQuestions, 2000, 120);
        if (r.json().value(QStringLiteral("model")).toString() == QLatin1String("o3"))
            return Cb::Test::FakeResponse::json(429, kQuotaBody);
        return Cb::Test::FakeResponse::json(500, kServerBody).header("retry-after-ms", "1");
    });
    Cb::Test::FakeOpenAiServices fake(server, db.get());
    fake.settings.set(Core::Keys::UiLanguage, QStringLiteral("ko"));
    fake.settings.set(Core::Keys::SelectedModels, QStringList{QStringLiteral("openai:o3"), QStringLiteral("openai:o3-pro")});
    fake.settings.set(Core::Keys::AskFirstModel, QStringLiteral("openai:gpt-4.1-mini"));
    fake.settings.set(Core::Keys::ConfirmCostAboveUsd, 1000.0); // no cost question before the send

    Core::RunRecord fused = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2, true);
    fused.packTitle = QStringLiteral("통합 계획");
    for (int i = 0; i < fused.calls.size(); ++i)
        fused.calls[i].text = koreanPlan(i);
    ASSERT_TRUE(Core::HistoryStore(*db).insertRun(fused));
    addFusion(*db, fused);
    const QString twoModels = QStringLiteral("봄 출시 계획 비교");
    const QString threeModels = QStringLiteral("세 모델 출시 계획 비교");
    ASSERT_GT(addExperimentWithData(*db, twoModels, {QStringLiteral("o3"), QStringLiteral("o3-pro")}), 0);
    ASSERT_GT(addExperimentWithData(*db, threeModels, {QStringLiteral("o3"), QStringLiteral("o3-pro"), QStringLiteral("gpt-4.1")}),
              0);
    // Local models: no price in the catalog, which the price line says in Korean.
    const QString localModels = QStringLiteral("로컬 모델 비교");
    ASSERT_GT(addExperimentWithData(*db, localModels, {QStringLiteral("qwen-plan"), QStringLiteral("llama-plan")},
                                    QStringLiteral("openai-compatible")),
              0);

    EnglishFinder finder;
    finder.extraAllowed = {QStringLiteral("o3"), QStringLiteral("qwen")}; // qwen-plan: a local model
    // The provider's own words, quoted after ours in the error banners.
    finder.allowedNames = {QStringLiteral("You exceeded your current quota."), QStringLiteral("The server had an error."),
                           QStringLiteral("insufficient_quota"), QStringLiteral("server_error"),
                           QStringLiteral("broken.ctxpack")}; // the file the user picked
    finder.allowedNames << Core::TemplateLibrary().names();
    std::sort(finder.allowedNames.begin(), finder.allowedNames.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });

    Ui::MainWindow window(fake.services);
    window.openStartupPack();
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(Cb::Test::waitFor([&] { return !window.promptPanel()->prompt().input.isEmpty(); }, 5000));

    // Ask First: the questions form, walked while it is open.
    window.findChild<QAction*>(QStringLiteral("actionAskFirst"))->trigger();
    Ui::AskFirstDialog* ask = nullptr;
    ASSERT_TRUE(Cb::Test::waitFor([&] {
        ask = window.askFirst()->dialog();
        return ask && ask->findChild<QStackedWidget*>(QStringLiteral("askPages"))->currentIndex() == 1;
    }));
    finder.walkWindow(ask, QStringLiteral("Ask First questions"));
    Cb::Test::saveScreenshot(ask, QStringLiteral("ko-AskFirst-questions"));
    ask->reject();
    QTest::qWait(50);

    // Send: o3 is refused for quota, o3-pro fails on the server after its retries.
    window.findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    ASSERT_TRUE(Cb::Test::waitFor([&] {
        Core::RunSession* s = window.comparePanel()->session();
        if (!s)
            return false;
        for (const Core::CallRecord& c : s->record().calls)
            if (c.status != Core::CallStatus::Failed)
                return false;
        return true;
    }, 20000));
    window.comparePanel()->flush();
    QTest::qWait(100);
    finder.walkWindow(&window, QStringLiteral("run with provider errors"));
    Cb::Test::saveScreenshot(&window, QStringLiteral("ko-main-window-errors"));
    int banners = 0;
    for (const Core::CallRecord& c : window.comparePanel()->session()->record().calls) {
        finder.check(QStringLiteral("call error"), QStringLiteral("errorMessage"), c.errorMessage);
        banners += !c.errorMessage.isEmpty();
    }
    EXPECT_EQ(banners, 2);

    // A pack that does not load: the message names the problem in Korean.
    const QString broken = ws.write(QStringLiteral("broken.ctxpack"), "{ not a pack");
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(window.openPack(broken));
    finder.check(QStringLiteral("open broken pack"), QStringLiteral("message"), Ui::MessageBox::lastText());
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("broken.ctxpack")));

    // The run with a fused plan, opened from History.
    window.showHistory();
    Ui::HistoryDialog* history = window.historyDialog();
    ASSERT_NE(history, nullptr);
    Q_EMIT history->openRequested(fused.id);
    history->close();
    QTest::qWait(300);
    finder.walkWindow(&window, QStringLiteral("run with a fused column"));
    Cb::Test::saveScreenshot(&window, QStringLiteral("ko-main-window-fused"));

    // The experiments: matrix, then Results with its tables and charts.
    window.showExperiments();
    auto* experiments = window.experimentsWindow();
    ASSERT_NE(experiments, nullptr);
    ASSERT_TRUE(Cb::Test::waitFor([&] { return experiments->list()->topLevelItemCount() >= 3; }));
    experiments->resize(1600, 1000); // room for the tables and the first row of charts
    auto selectExperiment = [&](const QString& name) {
        for (int i = 0; i < experiments->list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = experiments->list()->topLevelItem(i);
            for (int c = 0; c < item->columnCount(); ++c)
                if (item->text(c) == name) {
                    experiments->list()->setCurrentItem(item);
                    return true;
                }
        }
        return false;
    };
    ASSERT_TRUE(selectExperiment(twoModels));
    experiments->tabs()->setCurrentIndex(0);
    QTest::qWait(300);
    finder.walkWindow(experiments, QStringLiteral("Experiments matrix"));
    // Every button's label clear of its frame: at least 6 px on each side of the text (the
    // style's own 4 px let "재개 / 지금 확인" and "케이스를 비교에서 열기" touch the bevel).
    for (QPushButton* b : experiments->findChildren<QPushButton*>()) {
        if (b->isVisible()) {
            EXPECT_GE(b->width(), b->fontMetrics().horizontalAdvance(readable(b->text())) + 12)
                << readable(b->text()).toStdString() << " is " << b->width() << " px wide";
        }
    }
    Cb::Test::saveScreenshot(experiments, QStringLiteral("ko-Experiments-matrix"));

    ASSERT_TRUE(selectExperiment(localModels));
    QTest::qWait(300);
    finder.walkWindow(experiments, QStringLiteral("Experiments matrix, local models"));
    ASSERT_TRUE(selectExperiment(twoModels));
    QTest::qWait(300);

    // Results with real judgements and votes: every model has a pass rate (no "not judged"),
    // the pair a win rate, and the charts their bars; the walk reads their titles, axes,
    // categories and series names.
    Ui::ExperimentResultsView* results = experiments->results();
    auto seriesPoints = [&](Ui::StatsChartKind kind) {
        int points = 0;
        for (QAbstractSeries* s : results->chart(kind)->chart()->series()) {
            if (auto* bars = qobject_cast<QBarSeries*>(s))
                for (QBarSet* set : bars->barSets())
                    points += int(set->count());
            if (auto* scatter = qobject_cast<QScatterSeries*>(s))
                points += int(scatter->count());
        }
        return points;
    };
    auto checkResults = [&](const QString& how, int models) {
        const QString notJudged = QCoreApplication::translate("Cb::Ui::ExperimentResultsView", "not judged");
        ASSERT_EQ(results->modelTable()->rowCount(), models) << how.toStdString();
        for (int r = 0; r < models; ++r)
            for (int c = 1; c <= 2; ++c)
                EXPECT_NE(results->modelTable()->item(r, c)->text(), notJudged)
                    << how.toStdString() << " row " << r << " column " << c;
        EXPECT_EQ(results->pairTable()->rowCount(), models * (models - 1) / 2) << how.toStdString();
        for (int r = 0; r < results->pairTable()->rowCount(); ++r)
            EXPECT_NE(results->pairTable()->item(r, 3)->text(), notJudged) << how.toStdString();
        EXPECT_EQ(seriesPoints(Ui::StatsChartKind::PassRate), models) << how.toStdString();
        EXPECT_EQ(seriesPoints(Ui::StatsChartKind::WinRates), models * (models - 1) / 2) << how.toStdString();
        EXPECT_EQ(seriesPoints(Ui::StatsChartKind::CostVsTime), models) << how.toStdString();
        for (Ui::StatsChartKind kind : {Ui::StatsChartKind::WinRates, Ui::StatsChartKind::PassRate, Ui::StatsChartKind::CostVsTime})
            EXPECT_TRUE(results->chart(kind)->isVisibleTo(experiments)) << how.toStdString();
    };

    experiments->tabs()->setCurrentWidget(results);
    QTest::qWait(500);
    checkResults(QStringLiteral("two models"), 2);
    // Two voted models: the note saying why there is no ranking yet.
    EXPECT_TRUE(results->rankingNote()->isVisibleTo(experiments));
    EXPECT_TRUE(results->rankingNote()->text().contains(QStringLiteral("Bradley–Terry")));
    finder.walkWindow(experiments, QStringLiteral("Experiments results, two models"));
    Cb::Test::saveScreenshot(experiments, QStringLiteral("ko-Experiments-results"));

    // Three voted models: the Bradley–Terry chart, once its bootstrap finished on a worker.
    QSignalSpy ranked(results, &Ui::ExperimentResultsView::rankingShown);
    ASSERT_TRUE(selectExperiment(threeModels));
    ASSERT_TRUE(ranked.count() > 0 || ranked.wait(20000));
    QTest::qWait(300);
    checkResults(QStringLiteral("three models"), 3);
    EXPECT_FALSE(results->rankingNote()->isVisibleTo(experiments));
    EXPECT_TRUE(results->chart(Ui::StatsChartKind::BradleyTerry)->isVisibleTo(experiments));
    EXPECT_EQ(seriesPoints(Ui::StatsChartKind::BradleyTerry), 3);
    finder.walkWindow(experiments, QStringLiteral("Experiments results, three models"));
    Cb::Test::saveScreenshot(experiments, QStringLiteral("ko-Experiments-results-ranking"));
    // The second row of charts (pass rate, cost against time), scrolled to.
    if (auto* charts = results->findChild<QScrollArea*>()) {
        charts->verticalScrollBar()->setValue(charts->verticalScrollBar()->maximum());
        QTest::qWait(100);
        Cb::Test::saveScreenshot(experiments, QStringLiteral("ko-Experiments-results-charts"));
    }
    experiments->close();

    finder.problems.removeDuplicates();
    EXPECT_TRUE(finder.problems.isEmpty()) << finder.problems.size() << " English texts in the Korean interface:\n"
                                           << finder.problems.join(QLatin1Char('\n')).toStdString();
}
