// SPDX-License-Identifier: MIT
// The saga reducer: folds a saga history (the seed-000 catalogue) into the saga's state — its
// status, input, result or failure, and the collections activities, timers, markers, signals,
// children, updates, search attributes, with attempts, timings and pending work.
#pragma once

#include "reducer.h"

namespace sagascope {

class SagaReducer final : public Reducer
{
public:
    QString name() const override { return QStringLiteral("saga"); }
    int version() const override { return 1; }
    std::unique_ptr<ReducerState> initialState() const override;
    Result<std::unique_ptr<ReducerState>> restore(const QJsonObject& json, qint64 atVersion) const override;
};

} // namespace sagascope
