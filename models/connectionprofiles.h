// SPDX-License-Identifier: MIT
// The stores a user opens again and again, saved by name in QSettings. A profile never holds a
// password: that lives in the system keychain (SecretStore) when the user asks for it, and is
// otherwise asked for each time.
#pragma once

#include "error.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace sagascope {

struct ConnectionProfile
{
    QString name;
    QString url; // without a password (splitPassword)
    // Writing (append, snapshot, timers, import, recorded signals) is a deliberate choice per
    // profile; a profile opens read-only otherwise.
    bool writable = false;
    bool rememberPassword = false;

    // The name of its password in the keychain.
    QString secretKey() const { return QStringLiteral("profile:") + name; }
};

class ConnectionProfiles
{
public:
    explicit ConnectionProfiles(QSettings& settings);

    // Sorted by name, case-insensitively.
    QList<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    // Adds the profile or replaces the one of the same name. A password in its URL is dropped,
    // never written; an empty name or an URL that is no store URL is refused.
    Result<ConnectionProfile> save(ConnectionProfile profile);
    void remove(const QString& name);

    // The profile opened last, for the dialog to offer first.
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    void write(const QList<ConnectionProfile>& profiles);
    QSettings& m_settings;
};

} // namespace sagascope
