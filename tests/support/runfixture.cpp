#include "support/runfixture.h"

#include "core/models/modelcatalog.h"
#include "support/providertesting.h"

#include <gtest/gtest.h>

namespace Cb::Test {

RunFixture::RunFixture() : network(makeTestNetworkManager())
{
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-openai"));
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test"));
    env.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("gm-test"));
    secrets = std::make_unique<Core::SecretStore>(nullptr, [this](const QString& name) { return env.value(name); });
    reopenDatabase();
}

void RunFixture::reopenDatabase()
{
    history.reset();
    database.reset();
    auto opened = Core::Database::open(workspace.filePath(QStringLiteral("history.sqlite")));
    EXPECT_TRUE(opened.has_value()) << (opened ? std::string() : opened.error().message.toStdString());
    if (!opened)
        return;
    database = std::move(*opened);
    history = std::make_unique<Core::HistoryStore>(*database);
}

QHash<QString, QString> RunFixture::baseUrls() const
{
    return {{QStringLiteral("openai"), openai.baseUrl(QStringLiteral("/v1"))},
            {QStringLiteral("anthropic"), anthropic.baseUrl()},
            {QStringLiteral("gemini"), gemini.baseUrl()},
            {QStringLiteral("openai-compatible"), local.baseUrl(QStringLiteral("/v1"))}};
}

Core::RunEnvironment RunFixture::environment()
{
    Core::RunEnvironment e;
    e.network = network.get();
    e.secrets = secrets.get();
    e.history = history.get();
    auto catalog = Core::ModelCatalog::loadDefault();
    EXPECT_TRUE(catalog.has_value());
    e.builder = Core::CallRequestBuilder(catalog ? *catalog : Core::ModelCatalog{}, baseUrls());
    e.options = fastProviderOptions();
    return e;
}

Core::RunPlan RunFixture::plan(const QStringList& models, int repeats, const QJsonObject& params)
{
    Core::RunPlan p;
    p.repeats = repeats;
    for (const QString& m : models) {
        auto planned = Core::PlannedModel::parse(m);
        EXPECT_TRUE(planned.has_value()) << m.toStdString();
        if (!planned)
            continue;
        planned->params = params;
        p.models.append(*planned);
    }
    return p;
}

Core::RunInput RunFixture::input(const QString& instructions, const QString& input)
{
    Core::RunInput in;
    in.prompt.templateName = QStringLiteral("test");
    in.prompt.instructions = instructions;
    in.prompt.input = input;
    in.packTitle = QStringLiteral("Test pack");
    return in;
}

} // namespace Cb::Test
