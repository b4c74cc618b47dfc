// SPDX-License-Identifier: MIT
#include "connectionprofiles.h"

#include "modelstr.h"
#include "storelocation.h"

#include <QSettings>

#include <algorithm>

namespace sagascope {

namespace {

constexpr QLatin1StringView arrayKey("connections/profiles");
constexpr QLatin1StringView lastUsedKey("connections/lastUsed");

} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings& settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ConnectionProfiles::all() const
{
    QList<ConnectionProfile> out;
    const int n = m_settings.beginReadArray(arrayKey);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        // Written without a password; split again in case the file was edited by hand.
        p.url = splitPassword(m_settings.value(QStringLiteral("url")).toString()).url;
        p.writable = m_settings.value(QStringLiteral("writable"), false).toBool();
        p.rememberPassword = m_settings.value(QStringLiteral("rememberPassword"), false).toBool();
        if (!p.name.isEmpty() && !p.url.isEmpty())
            out.append(p);
    }
    m_settings.endArray();
    std::sort(out.begin(), out.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString& name) const
{
    const QList<ConnectionProfile> profiles = all();
    const auto it
        = std::find_if(profiles.cbegin(), profiles.cend(), [&](const ConnectionProfile& p) { return p.name == name; });
    return it == profiles.cend() ? std::nullopt : std::optional<ConnectionProfile>(*it);
}

Result<ConnectionProfile> ConnectionProfiles::save(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return fail(ErrorCode::InvalidInput, ModelsTr::tr("A connection profile needs a name."));
    profile.url = splitPassword(profile.url).url;
    if (auto location = StoreLocation::parse(profile.url); !location)
        return std::unexpected(location.error());
    QList<ConnectionProfile> profiles = all();
    profiles.removeIf([&](const ConnectionProfile& p) { return p.name == profile.name; });
    profiles.append(profile);
    write(profiles);
    return profile;
}

void ConnectionProfiles::remove(const QString& name)
{
    QList<ConnectionProfile> profiles = all();
    if (profiles.removeIf([&](const ConnectionProfile& p) { return p.name == name; }) == 0)
        return;
    write(profiles);
    if (lastUsed() == name)
        m_settings.remove(lastUsedKey);
}

QString ConnectionProfiles::lastUsed() const
{
    return m_settings.value(lastUsedKey).toString();
}

void ConnectionProfiles::setLastUsed(const QString& name)
{
    m_settings.setValue(lastUsedKey, name);
}

void ConnectionProfiles::write(const QList<ConnectionProfile>& profiles)
{
    m_settings.remove(arrayKey);
    m_settings.beginWriteArray(arrayKey, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), profiles[i].name);
        m_settings.setValue(QStringLiteral("url"), profiles[i].url);
        m_settings.setValue(QStringLiteral("writable"), profiles[i].writable);
        m_settings.setValue(QStringLiteral("rememberPassword"), profiles[i].rememberPassword);
    }
    m_settings.endArray();
}

} // namespace sagascope
