// SPDX-License-Identifier: MIT
// The order-processing aggregate of seed 001: OrderPlaced, OrderCancelled and OrderShipped fold
// into the order's state, and commands (PlaceOrder, CancelOrder, ShipOrder) are validated
// against it: only a new order can be placed, only a placed order can be cancelled or shipped.
#pragma once

#include "reducer.h"

namespace sagascope {

class OrderReducer final : public JsonReducer
{
public:
    QString name() const override { return QStringLiteral("order"); }
    // 2: orders placed under schema 1 fold as upcast to schema 2 (cents), like the newer ones.
    int version() const override { return 2; }

protected:
    QJsonObject initialJson() const override;
    void applyJson(QJsonObject& state, const RecordedEvent& event) const override;
};

// Decides a command against an order's state (OrderReducer's JSON): the event to append, or an
// InvalidInput error that says which rule the command breaks.
Result<NewEvent> decideOrderCommand(const QJsonObject& state, const QString& command, const QJsonObject& input);

} // namespace sagascope
