#include "core/models/modelcatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(CB_TEST_DATA_DIR "/models/") + QLatin1String(name);
}

ModelCatalog shipped()
{
    auto catalog = ModelCatalog::loadDefault();
    EXPECT_TRUE(catalog) << qPrintable(catalog ? QString() : catalog.error().message);
    return catalog ? *catalog : ModelCatalog();
}

} // namespace

TEST(ModelCatalog_shippedCatalog, containsEveryRequiredModel)
{
    const ModelCatalog catalog = shipped();
    EXPECT_EQ(catalog.catalogVersion(), 1);
    EXPECT_TRUE(catalog.updated().isValid());
    for (const char* key :
         {"openai:o3", "openai:o3-pro", "openai:o4-mini", "openai:gpt-4.1", "openai:gpt-4.1-mini",
          "openai:gpt-4.1-nano", "openai:gpt-5", "openai:gpt-5-mini", "openai:gpt-5-nano",
          "openai:gpt-5-pro", "anthropic:claude-opus-4-0", "anthropic:claude-opus-4-1",
          "anthropic:claude-opus-4-5", "anthropic:claude-sonnet-4-0", "anthropic:claude-sonnet-4-5",
          "anthropic:claude-haiku-4-5", "gemini:gemini-2.5-pro", "gemini:gemini-2.5-flash"}) {
        const auto model = catalog.find(QLatin1String(key));
        ASSERT_TRUE(model) << key;
        EXPECT_EQ(model->key(), QLatin1String(key));
        EXPECT_GT(model->contextWindow, 0) << key;
        EXPECT_TRUE(model->pricing.base.known()) << key;
        EXPECT_GT(model->typicalOutputTokens, 0) << key;
    }
}

TEST(ModelCatalog_shippedCatalog, o3ProNeedsBackgroundAndNoStreaming)
{
    const auto m = shipped().find(QStringLiteral("o3-pro"));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->provider, ModelProvider::OpenAi);
    EXPECT_FALSE(m->capabilities.streaming);
    EXPECT_FALSE(m->capabilities.temperature);
    EXPECT_EQ(m->capabilities.background, BackgroundMode::Required);
    EXPECT_EQ(
        m->capabilities.reasoningEfforts,
        QStringList({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}));
    EXPECT_EQ(m->contextWindow, 200000);
    EXPECT_EQ(m->maxOutput, 100000);
    EXPECT_DOUBLE_EQ(*m->pricing.base.input, 20.0);
    EXPECT_DOUBLE_EQ(*m->pricing.base.output, 80.0);
    EXPECT_FALSE(m->pricing.base.cachedInput.has_value()); // no cached discount
    EXPECT_EQ(m->encoding, QStringLiteral("o200k_base"));
}

TEST(ModelCatalog_shippedCatalog, claudeAndGeminiHaveNoTokenizerButThinkingRanges)
{
    const ModelCatalog catalog = shipped();
    const auto sonnet = catalog.find(QStringLiteral("anthropic:claude-sonnet-4-5"));
    ASSERT_TRUE(sonnet);
    EXPECT_FALSE(sonnet->hasPublicTokenizer());
    EXPECT_DOUBLE_EQ(*sonnet->pricing.base.cacheWrite, 3.75);
    ASSERT_TRUE(sonnet->capabilities.thinkingBudget);
    EXPECT_EQ(sonnet->capabilities.thinkingBudget->min, 1024);

    const auto pro = catalog.find(QStringLiteral("gemini:gemini-2.5-pro"));
    ASSERT_TRUE(pro);
    EXPECT_FALSE(pro->hasPublicTokenizer());
    ASSERT_TRUE(pro->capabilities.thinkingBudget);
    EXPECT_EQ(pro->capabilities.thinkingBudget->min, 128);
    EXPECT_EQ(pro->capabilities.thinkingBudget->max, 32768);
    EXPECT_FALSE(pro->capabilities.thinkingBudget->canDisable);
    ASSERT_TRUE(pro->pricing.longContext);
    EXPECT_EQ(pro->pricing.longContextAbove, 200000);
    EXPECT_DOUBLE_EQ(*pro->pricing.forPrompt(200000).input, 1.25);
    EXPECT_DOUBLE_EQ(*pro->pricing.forPrompt(200001).input, 2.50);
    EXPECT_DOUBLE_EQ(*pro->pricing.forPrompt(200001).output, 15.0);
}

TEST(ModelCatalog_datedSnapshot, resolvesToBaseEntry)
{
    const ModelCatalog catalog = shipped();
    const auto idOf = [&](const char* q) {
        const auto m = catalog.find(QLatin1String(q));
        return m ? m->id : QStringLiteral("<none>");
    };
    EXPECT_EQ(idOf("o3-pro-2025-06-10"), QStringLiteral("o3-pro"));
    EXPECT_EQ(idOf("openai:o3-pro-2025-06-10"), QStringLiteral("o3-pro"));
    EXPECT_EQ(idOf("O3-PRO"), QStringLiteral("o3-pro"));
    EXPECT_EQ(idOf("claude-sonnet-4-20250514"), QStringLiteral("claude-sonnet-4-0"));
    // A snapshot newer than the catalog still finds its family by stripping the date.
    EXPECT_EQ(idOf("claude-sonnet-4-5-20260301"), QStringLiteral("claude-sonnet-4-5"));
    EXPECT_EQ(idOf("gpt-5-2026-01-15"), QStringLiteral("gpt-5"));
    EXPECT_EQ(idOf("gemini-2.5-pro-latest"), QStringLiteral("gemini-2.5-pro"));
    EXPECT_EQ(idOf("models/gemini-2.5-flash"), QStringLiteral("gemini-2.5-flash"));
    // Distinct ids never collapse into a prefix match.
    EXPECT_EQ(idOf("gpt-4.1-mini"), QStringLiteral("gpt-4.1-mini"));
    EXPECT_EQ(idOf("o3-mini"), QStringLiteral("<none>"));
}

TEST(ModelCatalog_lookup, wrongProviderOrUnknownModelIsNotFound)
{
    const ModelCatalog catalog = shipped();
    EXPECT_FALSE(catalog.find(QStringLiteral("anthropic:o3")));
    EXPECT_FALSE(catalog.find(ModelProvider::Gemini, QStringLiteral("gpt-5")));
    EXPECT_TRUE(catalog.find(ModelProvider::OpenAi, QStringLiteral("gpt-5")));
    EXPECT_FALSE(catalog.find(QStringLiteral("some-future-model")));
    EXPECT_FALSE(catalog.find(QString()));
}

TEST(ModelCatalog_truncatedJson, failsWithParseErrorNamingTheFile)
{
    const auto r = ModelCatalog::loadFile(dataFile("truncated_catalog.json"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("truncated_catalog.json")));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("offset")));
}

TEST(ModelCatalog_priceOfWrongType, failsNamingTheField)
{
    const auto r = ModelCatalog::loadFile(dataFile("bad_price_catalog.json"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("o3.pricing.input")))
        << qPrintable(r.error().message);
}

TEST(ModelCatalog_newerVersion, isRefusedAsNewerSchema)
{
    const auto r = ModelCatalog::loadFile(dataFile("newer_catalog.json"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NewerSchema);
}

TEST(ModelCatalog_structuralErrors, areParseErrors)
{
    const auto check = [](const char* json, const char* needle) {
        const auto r = ModelCatalog::fromJson(QByteArray(json), QStringLiteral("inline"));
        ASSERT_FALSE(r) << json;
        EXPECT_EQ(r.error().code, ErrorCode::Parse);
        EXPECT_TRUE(r.error().message.contains(QLatin1String(needle)))
            << qPrintable(r.error().message);
    };
    check("[1, 2]", "top level");
    check(R"({"updated": "2025-01-01", "models": []})", "catalog_version");
    check(R"({"catalog_version": 1, "updated": "last week", "models": []})", "updated");
    check(R"({"catalog_version": 1, "updated": "2025-01-01", "models": {}})", "models");
    check(R"({"catalog_version": 1, "updated": "2025-01-01", "models": [
            {"provider": "openai", "id": "x", "context_window": 10, "max_output": 5},
            {"provider": "openai", "id": "x", "context_window": 10, "max_output": 5}]})",
          "duplicate");
    check(R"({"catalog_version": 1, "updated": "2025-01-01", "models": [
            {"provider": "mistral", "id": "x", "context_window": 10, "max_output": 5}]})",
          "provider");
    check(R"({"catalog_version": 1, "updated": "2025-01-01", "models": [
            {"provider": "openai", "id": "x", "max_output": 5}]})",
          "context_window");
}

TEST(ModelCatalog_missingFile, isNotFound)
{
    const auto r = ModelCatalog::loadFile(dataFile("no_such_catalog.json"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
}

TEST(ModelCatalog_overridesFile, mergesIntoEntriesAndAddsModels)
{
    ModelCatalog catalog = shipped();
    const auto before = catalog.models().size();
    const auto r = catalog.applyOverridesFile(dataFile("overrides.json"));
    ASSERT_TRUE(r) << qPrintable(r.error().message);

    // Matched through its dated snapshot; keeps its id and untouched fields.
    const auto o3 = catalog.find(QStringLiteral("openai:o3"));
    ASSERT_TRUE(o3);
    EXPECT_DOUBLE_EQ(*o3->pricing.base.input, 1.5);
    EXPECT_DOUBLE_EQ(*o3->pricing.base.output, 8.0);
    EXPECT_EQ(o3->contextWindow, 150000);
    EXPECT_EQ(o3->maxOutput, 100000);

    // An explicit null clears a price.
    const auto flash = catalog.find(QStringLiteral("gemini-2.5-flash"));
    ASSERT_TRUE(flash);
    EXPECT_FALSE(flash->pricing.base.cachedInput.has_value());

    // A local model with a colon in its id is added and found by key and by id.
    EXPECT_EQ(catalog.models().size(), before + 1);
    const auto local = catalog.find(QStringLiteral("openai-compatible:llama3.1:8b"));
    ASSERT_TRUE(local);
    EXPECT_EQ(local->provider, ModelProvider::OpenAiCompatible);
    EXPECT_EQ(local->contextWindow, 131072);
    EXPECT_TRUE(catalog.find(QStringLiteral("llama3.1:8b")));
}

TEST(ModelCatalog_overridesVariantMap, changesWindow)
{
    ModelCatalog catalog = shipped();
    const QVariantMap patch{{QStringLiteral("id"), QStringLiteral("gpt-5")},
                            {QStringLiteral("max_input"), 100000}};
    const QVariantMap overrides{{QStringLiteral("models"), QVariantList{patch}}};
    ASSERT_TRUE(catalog.applyOverrides(overrides));
    EXPECT_EQ(catalog.find(QStringLiteral("gpt-5"))->inputLimit(), 100000);
    EXPECT_EQ(catalog.find(QStringLiteral("gpt-5-mini"))->inputLimit(), 272000);
}

TEST(ModelCatalog_invalidOverride, leavesCatalogUnchanged)
{
    ModelCatalog catalog = shipped();
    const QJsonObject good{
        {QStringLiteral("id"), QStringLiteral("o3")},
        {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("input"), 9.0}}}};
    const QJsonObject bad{{QStringLiteral("provider"), QStringLiteral("openai")},
                          {QStringLiteral("id"), QStringLiteral("brand-new")}}; // incomplete
    const auto r =
        catalog.applyOverrides(QJsonObject{{QStringLiteral("models"), QJsonArray{good, bad}}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_DOUBLE_EQ(*catalog.find(QStringLiteral("o3"))->pricing.base.input, 2.0);
    EXPECT_FALSE(catalog.find(QStringLiteral("brand-new")));
}

TEST(ModelCatalog_toJson, roundTripsEveryEntry)
{
    const ModelCatalog catalog = shipped();
    const auto again =
        ModelCatalog::fromJson(catalog.toJson().toJson(), QStringLiteral("round trip"));
    ASSERT_TRUE(again) << qPrintable(again.error().message);
    ASSERT_EQ(again->models().size(), catalog.models().size());
    for (qsizetype i = 0; i < catalog.models().size(); ++i) {
        const ModelInfo& a = catalog.models().at(i);
        const ModelInfo& b = again->models().at(i);
        EXPECT_EQ(a.key(), b.key());
        EXPECT_EQ(a.aliases, b.aliases);
        EXPECT_EQ(a.maxInput, b.maxInput);
        EXPECT_EQ(a.pricing.base.cachedInput, b.pricing.base.cachedInput);
        EXPECT_EQ(a.pricing.base.cacheWrite, b.pricing.base.cacheWrite);
        EXPECT_EQ(a.pricing.longContext.has_value(), b.pricing.longContext.has_value());
        EXPECT_EQ(a.capabilities.background, b.capabilities.background);
        EXPECT_EQ(a.capabilities.thinkingBudget.has_value(),
                  b.capabilities.thinkingBudget.has_value());
    }
}
