// SPDX-License-Identifier: MIT
#include "upcasters.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace sagascope {

namespace {

qint64 cents(const QJsonValue& euros)
{
    return static_cast<qint64>(std::llround(euros.toDouble() * 100.0));
}

// OrderPlaced 1 kept money as euro amounts and line items as {sku, qty, price}; 2 keeps cents
// and {sku, name, quantity, unit_price_cents, line_total_cents}, with the currency spelled out.
QJsonObject orderPlacedV1ToV2(const QJsonObject& v1)
{
    QJsonObject v2 = v1;
    QJsonArray items;
    for (const QJsonValue& item : v1.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = item.toObject();
        const qint64 quantity
            = i.value(QLatin1String("qty")).toInteger(i.value(QLatin1String("quantity")).toInteger(1));
        const qint64 unit = cents(i.value(QLatin1String("price")));
        items.append(QJsonObject { { QStringLiteral("sku"), i.value(QLatin1String("sku")) },
            { QStringLiteral("name"), i.value(QLatin1String("name")) }, { QStringLiteral("quantity"), quantity },
            { QStringLiteral("unit_price_cents"), unit }, { QStringLiteral("line_total_cents"), quantity * unit } });
    }
    v2.insert(QStringLiteral("items"), items);
    v2.remove(QStringLiteral("total"));
    v2.insert(QStringLiteral("total_cents"), cents(v1.value(QLatin1String("total"))));
    if (!v2.contains(QLatin1String("currency")))
        v2.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    return v2;
}

} // namespace

UpcasterRegistry UpcasterRegistry::withBuiltIns()
{
    UpcasterRegistry r;
    r.add(QStringLiteral("OrderPlaced"), 1, orderPlacedV1ToV2);
    return r;
}

void UpcasterRegistry::add(const QString& eventType, int fromVersion, Step step)
{
    m_steps[eventType].insert(fromVersion, std::move(step));
}

int UpcasterRegistry::latestVersion(const QString& eventType) const
{
    const auto it = m_steps.constFind(eventType);
    if (it == m_steps.cend() || it->isEmpty())
        return 0;
    int v = 1;
    while (it->contains(v))
        ++v;
    return v;
}

bool UpcasterRegistry::needsUpcast(const RecordedEvent& event) const
{
    const auto it = m_steps.constFind(event.eventType);
    return !event.corruption && it != m_steps.cend() && it->contains(event.schemaVersion);
}

RecordedEvent UpcasterRegistry::upcast(const RecordedEvent& event) const
{
    if (!needsUpcast(event))
        return event;
    const QHash<int, Step>& steps = m_steps.value(event.eventType);
    RecordedEvent out = event;
    QJsonObject payload = event.payloadObject();
    while (steps.contains(out.schemaVersion)) {
        payload = steps.value(out.schemaVersion)(payload);
        ++out.schemaVersion;
    }
    out.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace sagascope
