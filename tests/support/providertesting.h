#pragma once

#include "core/providers/provideroptions.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>
#include <memory>

namespace Cb::Test {

// A network manager that never uses a system proxy (tests talk to 127.0.0.1 only).
std::unique_ptr<QNetworkAccessManager> makeTestNetworkManager();
// Options with retries and timeouts shrunk so failure paths run in milliseconds.
Core::ProviderOptions fastProviderOptions();
// Runs a real event loop (no fixed sleeps, unlike QTest::qWaitFor) until the predicate holds or
// the timeout passes; returns the predicate's final value.
bool waitFor(const std::function<bool()>& predicate, int timeoutMs = 10000);
// Bytes of tests/data/providers/<name>; empty (and a gtest failure) if missing.
QByteArray providerTranscript(const QString& name);

} // namespace Cb::Test
