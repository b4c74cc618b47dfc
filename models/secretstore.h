// SPDX-License-Identifier: MIT
// Where passwords of connection profiles are kept: the system keychain (keychainsecretstore.h),
// or memory for tests and for a session whose keychain does not answer. Every call answers once,
// later, on the calling thread's event loop, so the window never waits on a keychain.
#pragma once

#include "error.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace sagascope {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // NotFound when nothing is stored under the key.
    using ReadDone = std::function<void(const Result<QString>&)>;
    using Done = std::function<void(const Result<void>&)>;

    using QObject::QObject;
    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, Done done) = 0;
    // Removing what is not there is no error.
    virtual void remove(const QString& key, Done done) = 0;
};

// The NotFound answer of read() for `key`.
Error noSecretError(const QString& key);

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;
    // Every later call fails with this error (a keychain that is not there), until cleared.
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }

private:
    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
};

} // namespace sagascope
