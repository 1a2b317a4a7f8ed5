#pragma once

#include "core/providers/providerkind.h"
#include "core/providers/provideroptions.h"
#include "core/providers/providerreply.h"
#include "core/providers/providerrequest.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Cb::Core {

// A model provider: turns a ProviderRequest into an in-flight ProviderReply.
// The QNetworkAccessManager is injected (one per app, GUI thread) and must outlive the
// provider's replies; the provider itself is stateless apart from its options, so one
// instance can serve any number of concurrent calls. send() never emits synchronously: the
// reply starts on the next event-loop turn, after the caller has connected its signals.
// Concurrency limits belong to the orchestrator, which simply delays calling send().
class Provider
{
public:
    Provider(QNetworkAccessManager* nam, const ProviderOptions& options);
    virtual ~Provider();
    Provider(const Provider&) = delete;
    Provider& operator=(const Provider&) = delete;

    virtual ProviderKind kind() const = 0;
    // The returned reply is owned by `parent` if given, otherwise by the caller.
    virtual ProviderReply* send(const ProviderRequest& request, QObject* parent = nullptr) = 0;

    const ProviderOptions& options() const { return m_options; }
    void setOptions(const ProviderOptions& options) { m_options = options; }
    QNetworkAccessManager* network() const { return m_nam; }

    static std::unique_ptr<Provider> create(ProviderKind kind, QNetworkAccessManager* nam,
                                            const ProviderOptions& options = {});

protected:
    // The request with its kind forced to this provider's.
    ProviderRequest normalised(const ProviderRequest& request) const;

private:
    QPointer<QNetworkAccessManager> m_nam;
    ProviderOptions m_options;
};

} // namespace Cb::Core
