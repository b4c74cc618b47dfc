// SPDX-License-Identifier: MIT
// Reducers fold a stream's events into a state. The state is opaque to the engine: it can be
// copied (cheaply: implementations share data), advanced by one event, and shown or persisted
// as a JSON document. Replay is pure: the same events give the same state.
#pragma once

#include "error.h"
#include "recordedevent.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace sagascope {

class ReducerState
{
public:
    virtual ~ReducerState();
    // A copy that shares what it can: checkpoints keep many copies of one state.
    virtual std::unique_ptr<ReducerState> clone() const = 0;
    // Folds one event in. Never fails: what a reducer cannot make sense of is recorded in the
    // state (e.g. an "anomalies" list), so a damaged history still shows as far as it goes.
    virtual void apply(const RecordedEvent& event) = 0;
    // The state as a JSON document (what the GUI shows, what snapshots persist).
    virtual QJsonObject toJson() const = 0;
    // The version of the last event folded in (0 for the initial state).
    qint64 version() const { return m_version; }

protected:
    qint64 m_version = 0;
    friend class Reducer;
};

class Reducer
{
public:
    virtual ~Reducer();
    // Stable name, e.g. "saga"; together with version() it identifies a state's shape.
    virtual QString name() const = 0;
    // Bumped whenever the reducer's logic changes: snapshots of another version are not used.
    virtual int version() const = 0;
    virtual std::unique_ptr<ReducerState> initialState() const = 0;
    // Rebuilds a state from toJson() output at `atVersion` (for snapshots).
    virtual Result<std::unique_ptr<ReducerState>> restore(const QJsonObject& json, qint64 atVersion) const = 0;

    // Folds an event into a state, keeping its version in step. The state sees the event as the
    // newest schema has it (the built-in upcasters, upcasters.h); what is stored is unchanged.
    static void fold(ReducerState& state, const RecordedEvent& event);

protected:
    static void setVersion(ReducerState& state, qint64 version) { state.m_version = version; }
};

// A reducer whose state is a plain QJsonObject: for small states (orders, flows, unknown types).
class JsonReducer : public Reducer
{
public:
    std::unique_ptr<ReducerState> initialState() const override;
    Result<std::unique_ptr<ReducerState>> restore(const QJsonObject& json, qint64 atVersion) const override;

protected:
    virtual QJsonObject initialJson() const { return {}; }
    virtual void applyJson(QJsonObject& state, const RecordedEvent& event) const = 0;
    // Notes in the state's "anomalies" list (the first 100) an event that makes no sense here.
    static void recordAnomaly(QJsonObject& state, const RecordedEvent& event, const QString& problem);

private:
    class State;
};

// RFC 7396 JSON merge patch: `patch` merged into `target` (null removes a key).
QJsonObject mergePatch(const QJsonObject& target, const QJsonObject& patch);

// The generic reducer for streams of unknown type: each payload is merged into the state.
class MergePatchReducer final : public JsonReducer
{
public:
    QString name() const override { return QStringLiteral("merge-patch"); }
    int version() const override { return 1; }

protected:
    void applyJson(QJsonObject& state, const RecordedEvent& event) const override;
};

} // namespace sagascope
