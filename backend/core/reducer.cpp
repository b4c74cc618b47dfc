// SPDX-License-Identifier: MIT
#include "reducer.h"

#include "upcasters.h"

#include <QJsonArray>

namespace sagascope {

ReducerState::~ReducerState() = default;
Reducer::~Reducer() = default;

void Reducer::fold(ReducerState& state, const RecordedEvent& event)
{
    // Reducers are written against the newest schema of each event type; an older stored payload
    // is brought up to it first, so an order placed under schema 1 folds like one placed today.
    static const UpcasterRegistry upcasters = UpcasterRegistry::withBuiltIns();
    if (upcasters.needsUpcast(event))
        state.apply(upcasters.upcast(event));
    else
        state.apply(event);
    state.m_version = event.version;
}

class JsonReducer::State final : public ReducerState
{
public:
    State(const JsonReducer* reducer, QJsonObject json)
        : m_reducer(reducer)
        , m_json(std::move(json))
    { }
    std::unique_ptr<ReducerState> clone() const override
    {
        auto copy = std::make_unique<State>(m_reducer, m_json);
        copy->m_version = m_version;
        return copy;
    }
    void apply(const RecordedEvent& event) override { m_reducer->applyJson(m_json, event); }
    QJsonObject toJson() const override { return m_json; }

private:
    const JsonReducer* m_reducer;
    QJsonObject m_json;
};

void JsonReducer::recordAnomaly(QJsonObject& state, const RecordedEvent& event, const QString& problem)
{
    QJsonArray list = state.value(QLatin1StringView("anomalies")).toArray();
    if (list.size() < 100)
        list.append(QJsonObject { { QStringLiteral("version"), event.version },
            { QStringLiteral("event_type"), event.eventType }, { QStringLiteral("problem"), problem } });
    state.insert(QLatin1StringView("anomalies"), list);
}

std::unique_ptr<ReducerState> JsonReducer::initialState() const
{
    return std::make_unique<State>(this, initialJson());
}

Result<std::unique_ptr<ReducerState>> JsonReducer::restore(const QJsonObject& json, qint64 atVersion) const
{
    std::unique_ptr<ReducerState> state = std::make_unique<State>(this, json);
    setVersion(*state, atVersion);
    return state;
}

QJsonObject mergePatch(const QJsonObject& target, const QJsonObject& patch)
{
    QJsonObject out = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            out.remove(it.key());
        else if (it.value().isObject())
            out.insert(it.key(), mergePatch(out.value(it.key()).toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

void MergePatchReducer::applyJson(QJsonObject& state, const RecordedEvent& event) const
{
    state = mergePatch(state, event.payloadObject());
}

} // namespace sagascope
