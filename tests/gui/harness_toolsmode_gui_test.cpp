// Tools mode from the main window against a live fake server: the model's parameters set to
// "context on demand" with a round limit through the model picker's dialog, Send, and the
// column shows the trail of what the model fetched; the requests carry the pack tools and the
// manifest instead of the documents, and the limit sends the last round without tools.
#include "core/history/database.h"
#include "core/run/runsession.h"
#include "core/settings/settings.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "support/tooltesting.h"
#include "gui/fakeopenaiservices.h"
#include "gui/screenshots.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/outputcolumn.h"
#include "ui/compare/tooltrailview.h"
#include "ui/mainwindow.h"
#include "ui/prompt/promptpreviewpanel.h"
#include "ui/run/modelparamsdialog.h"
#include "ui/run/modelpicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Cb;
using namespace Cb::Test;

namespace {

QByteArray responsesEvent(const QByteArray& type, qint64& seq, const QByteArray& rest)
{
    return sseEvent(type, R"({"type":")" + type + R"(","sequence_number":)" + QByteArray::number(seq++) + "," + rest + "}");
}

// The model asks to search the pack for "launch".
QByteArray searchCallStream()
{
    const QByteArray item =
        R"({"id":"fc_1","type":"function_call","status":"completed","arguments":"{\"query\":\"launch\"}","call_id":"call_S","name":"search_pack"})";
    qint64 seq = 0;
    QByteArray s = responsesEvent("response.created", seq, R"("response":{"id":"resp_t1","status":"in_progress","output":[]})");
    s += responsesEvent("response.output_item.added", seq,
                        R"("output_index":0,"item":{"id":"fc_1","type":"function_call","status":"in_progress","arguments":"","call_id":"call_S","name":"search_pack"})");
    s += responsesEvent("response.function_call_arguments.delta", seq,
                        R"("item_id":"fc_1","output_index":0,"delta":"{\"query\":\"launch\"}")");
    s += responsesEvent("response.output_item.done", seq, R"("output_index":0,"item":)" + item);
    s += responsesEvent("response.completed", seq,
                        R"("response":{"id":"resp_t1","status":"completed","output":[],"usage":{"input_tokens":300,"output_tokens":20}})");
    return s;
}

QByteArray answerStream()
{
    qint64 seq = 0;
    QByteArray s = responsesEvent("response.output_text.delta", seq, R"("output_index":0,"delta":"The plan, from what I searched.")");
    s += responsesEvent("response.completed", seq,
                        R"("response":{"id":"resp_t2","status":"completed","output":[],"usage":{"input_tokens":500,"output_tokens":9}})");
    return s;
}

} // namespace

TEST(MainWindow_toolsMode, pickerSetsToolsWithARoundLimit_sendShowsTheTrail_requestsCarryToolsAndManifest)
{
    TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db.has_value());
    FakeHttpServer server;
    // A model that would search for ever: the tools are offered, it calls one; once the tools
    // are withdrawn (the round limit), it answers.
    server.setHandler([](const RecordedRequest& request) -> std::optional<FakeResponse> {
        const bool tools = !request.json().value(QStringLiteral("tools")).toArray().isEmpty();
        return FakeResponse::sse(tools ? searchCallStream() : answerStream());
    });
    FakeOpenAiServices fake(server, db->get());
    const QString key = QStringLiteral("openai:gpt-4.1");
    fake.settings.set(Core::Keys::SelectedModels, QStringList{key});
    Ui::MainWindow window(fake.services);
    window.resize(1500, 950);
    window.openStartupPack();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(waitFor([&] { return !window.promptPanel()->prompt().input.isEmpty(); }, 5000));

    // The model's parameters, as a user sets them: context on demand, at most one tool round.
    bool edited = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Ui::ModelParamsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->contextBox()->setCurrentIndex(dialog->contextBox()->findData(QStringLiteral("tools")));
        dialog->toolRoundsBox()->setValue(1);
        dialog->tokensReadBox()->setValue(50);
        edited = true;
        dialog->accept();
    });
    window.modelPicker()->editParameters(key);
    ASSERT_TRUE(edited) << "the parameters dialog did not open";
    EXPECT_EQ(window.modelPicker()->modelParameters(key).value(QStringLiteral("context")).toString(), QStringLiteral("tools"));
    EXPECT_EQ(window.modelPicker()->modelParameters(key).value(QStringLiteral("max_tool_rounds")).toInt(), 1);
    EXPECT_EQ(window.modelPicker()->modelParameters(key).value(QStringLiteral("max_tokens_read")).toInteger(), 50000);

    QList<Core::RunSession*> shown;
    QObject::connect(&window, &Ui::MainWindow::sessionShown, [&](Core::RunSession* s) { shown.append(s); });
    window.findChild<QAction*>(QStringLiteral("actionSend"))->trigger();
    ASSERT_EQ(shown.count(), 1);
    Core::RunSession* session = shown.first();
    ASSERT_TRUE(waitFor([&] { return session->isFinished(); }, 30000));
    ASSERT_EQ(session->record().calls.size(), 1);
    const Core::CallRecord& call = session->record().calls[0];
    EXPECT_EQ(call.status, Core::CallStatus::Done) << call.errorMessage.toStdString();
    EXPECT_EQ(call.contextMode, QStringLiteral("tools"));
    EXPECT_EQ(call.params.value(QStringLiteral("max_tool_rounds")).toInt(), 1); // as picked
    EXPECT_EQ(call.params.value(QStringLiteral("max_tokens_read")).toInteger(), 50000);
    EXPECT_EQ(call.text, QStringLiteral("The plan, from what I searched."));
    ASSERT_EQ(call.toolTrail.size(), 1);

    // The column shows the trail.
    window.comparePanel()->flush();
    Ui::OutputColumn* column = window.comparePanel()->column(call.id);
    ASSERT_NE(column, nullptr);
    ASSERT_TRUE(waitFor([&] { return column->toolTrail()->isVisible(); }, 5000));
    const QString trail = column->toolTrail()->text();
    EXPECT_TRUE(trail.contains(QStringLiteral("Tools: 1 call"))) << trail.toStdString();
    EXPECT_TRUE(trail.contains(QStringLiteral("searched 'launch'"))) << trail.toStdString();
    saveScreenshot(&window, QStringLiteral("harness-toolsmode-mainwindow"));

    // The first request: the three pack tools and the manifest, not the documents.
    ASSERT_EQ(server.requestCount(), 2);
    const QJsonObject first = server.requests().at(0).json();
    QStringList names;
    for (const QJsonValue& tool : first.value(QStringLiteral("tools")).toArray())
        names << tool.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("list_items"), QStringLiteral("read_item"), QStringLiteral("search_pack")}));
    const QString sent = QString::fromUtf8(QJsonDocument(first.value(QStringLiteral("input")).toArray()).toJson());
    EXPECT_TRUE(sent.contains(QStringLiteral("# Context pack:"))) << sent.left(400).toStdString();
    EXPECT_TRUE(sent.contains(QStringLiteral("The pack's documents are not included in this message.")));
    // The limit: the second (last) request goes without tools, the search and its result in words.
    const QJsonObject last = server.requests().at(1).json();
    EXPECT_TRUE(last.value(QStringLiteral("tools")).toArray().isEmpty());
    EXPECT_TRUE(QJsonDocument(last).toJson().contains("[called search_pack"));
}
