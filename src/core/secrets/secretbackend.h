#pragma once

#include "core/common/result.h"

#include <QObject>

#include <functional>

namespace Cb::Core {

// An asynchronous secure store of secrets by account name (the OS keychain in the app, a fake in
// tests). Each call invokes its callback exactly once, on the thread that made the call.
// A missing entry is ErrorCode::NotFound; an absent or refusing keychain is ErrorCode::Keychain.
class SecretBackend : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(VoidResult)>;

    using QObject::QObject;
    ~SecretBackend() override = default;

    virtual void read(const QString& account, ReadCallback done) = 0;
    virtual void write(const QString& account, const QString& secret, DoneCallback done) = 0;
    virtual void remove(const QString& account, DoneCallback done) = 0;
};

} // namespace Cb::Core
