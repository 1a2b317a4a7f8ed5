#include "gui/fakeopenaiservices.h"

#include "support/providertesting.h"

namespace Cb::Test {

FakeOpenAiServices::FakeOpenAiServices(const FakeHttpServer& server, Core::Database* history)
    : secrets(nullptr,
              [](const QString& name) {
                  return name == QLatin1String("OPENAI_API_KEY") ? QStringLiteral("sk-gui") : QString();
              }),
      network(makeTestNetworkManager()), services{&settings, &secrets, network.get(), history}
{
    settings.set(Core::Keys::OpenAiBaseUrl, server.baseUrl(QStringLiteral("/v1")));
}

} // namespace Cb::Test
