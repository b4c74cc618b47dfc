// SPDX-License-Identifier: MIT
#include "orderreducer.h"

#include "coretr.h"

#include <QJsonArray>

namespace sagascope {

namespace {

const QString draft = QStringLiteral("draft");
const QString placed = QStringLiteral("placed");
const QString cancelled = QStringLiteral("cancelled");
const QString shipped = QStringLiteral("shipped");

} // namespace

QJsonObject OrderReducer::initialJson() const
{
    return { { QStringLiteral("status"), draft } };
}

void OrderReducer::applyJson(QJsonObject& state, const RecordedEvent& e) const
{
    const QJsonObject& p = e.payloadObject();
    const QString status = state.value(QLatin1StringView("status")).toString();
    if (e.eventType == QLatin1StringView("OrderPlaced")) {
        if (status != draft)
            recordAnomaly(state, e, CoreTr::tr("the order was already %1").arg(status));
        for (auto it = p.constBegin(); it != p.constEnd(); ++it)
            state.insert(it.key(), it.value());
        state.insert(QLatin1StringView("status"), placed);
        state.insert(QLatin1StringView("placed_version"), e.version);
    } else if (e.eventType == QLatin1StringView("OrderCancelled")) {
        if (status != placed)
            recordAnomaly(state, e, CoreTr::tr("only a placed order can be cancelled; this one was %1").arg(status));
        state.insert(QLatin1StringView("status"), cancelled);
        state.insert(QLatin1StringView("cancellation"), p);
    } else if (e.eventType == QLatin1StringView("OrderShipped")) {
        if (status != placed)
            recordAnomaly(state, e, CoreTr::tr("only a placed order can be shipped; this one was %1").arg(status));
        state.insert(QLatin1StringView("status"), shipped);
        state.insert(QLatin1StringView("shipment"), p);
    } else {
        // Other order events (notes, address changes…) are merged in, keeping the rules above.
        QJsonObject extra = state.value(QLatin1StringView("other_events")).toObject();
        extra.insert(e.eventType, p);
        state.insert(QLatin1StringView("other_events"), extra);
    }
    state.insert(QLatin1StringView("version"), e.version);
}

Result<NewEvent> decideOrderCommand(const QJsonObject& state, const QString& command, const QJsonObject& input)
{
    const QString status = state.value(QLatin1StringView("status")).toString(draft);
    const QString order = state.value(QLatin1StringView("order_id")).toString();
    if (command == QLatin1StringView("PlaceOrder")) {
        if (status != draft)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Order %1 is already %2; it cannot be placed again.").arg(order, status));
        if (input.value(QLatin1StringView("customer_id")).toString().isEmpty())
            return fail(ErrorCode::InvalidInput, CoreTr::tr("A PlaceOrder command needs a customer_id."));
        if (input.value(QLatin1StringView("items")).toArray().isEmpty())
            return fail(ErrorCode::InvalidInput, CoreTr::tr("A PlaceOrder command needs at least one item."));
        return NewEvent::fromJson(QStringLiteral("OrderPlaced"), input);
    }
    if (command == QLatin1StringView("CancelOrder")) {
        if (status != placed)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Only a placed order can be cancelled; order %1 is %2.").arg(order, status));
        return NewEvent::fromJson(QStringLiteral("OrderCancelled"), input);
    }
    if (command == QLatin1StringView("ShipOrder")) {
        if (status != placed)
            return fail(ErrorCode::InvalidInput,
                CoreTr::tr("Only a placed order can be shipped; order %1 is %2.").arg(order, status));
        if (input.value(QLatin1StringView("tracking")).toString().isEmpty())
            return fail(ErrorCode::InvalidInput, CoreTr::tr("A ShipOrder command needs a tracking number."));
        return NewEvent::fromJson(QStringLiteral("OrderShipped"), input);
    }
    return fail(ErrorCode::InvalidInput,
        CoreTr::tr("Unknown order command \"%1\": use PlaceOrder, CancelOrder or ShipOrder.").arg(command));
}

} // namespace sagascope
