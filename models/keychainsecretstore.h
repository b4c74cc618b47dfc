// SPDX-License-Identifier: MIT
// Passwords in the system keychain (QtKeychain: the Secret Service on Linux). A keychain can be
// missing (no session bus: every job fails at once) or silent (a bus without a keyring: a job
// may not answer for ~25 s), so every call has its own deadline and answers with an error when
// it passes; a late answer of the keychain is then ignored.
#pragma once

#include "secretstore.h"

namespace sagascope {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr, int timeoutMs = 5000);
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, Done done) override;
    void remove(const QString& key, Done done) override;

    // The service name entries are filed under.
    static QString serviceName();

private:
    int m_timeoutMs;
};

} // namespace sagascope
