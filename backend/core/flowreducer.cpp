// SPDX-License-Identifier: MIT
#include "flowreducer.h"

#include "coretr.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sagascope {

namespace {

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Index of a step in the state's steps array, by id (falls back to the recorded index).
qsizetype stepIndex(const QJsonArray& steps, const QJsonObject& p)
{
    const QString id = p.value(QLatin1StringView("step_id")).toString();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).toObject().value(QLatin1StringView("step_id")).toString() == id)
            return i;
    }
    return -1;
}

// The first step that has not finished successfully: where the flow goes on.
qint64 cursorOf(const QJsonArray& steps)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).toObject().value(QLatin1StringView("status")).toString() != QLatin1StringView("finished_ok"))
            return i;
    }
    return steps.size();
}

} // namespace

QString flowStepFingerprint(const QString& engineVersion, const QString& stepId, QStringList inputHashes,
    const QJsonObject& params, const QString& definitionHash)
{
    inputHashes.sort();
    const QString canonicalParams = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    return sha256Hex(engineVersion + QLatin1Char('|') + stepId + QLatin1Char('|') + inputHashes.join(QLatin1Char(','))
        + QLatin1Char('|') + canonicalParams + QLatin1Char('|') + definitionHash);
}

QString flowFingerprint(const QStringList& stepFingerprints)
{
    return sha256Hex(stepFingerprints.join(QString()));
}

QJsonObject FlowReducer::initialJson() const
{
    return { { QStringLiteral("status"), QStringLiteral("pending") }, { QStringLiteral("steps"), QJsonArray() },
        { QStringLiteral("cursor"), 0 }, { QStringLiteral("completed"), false } };
}

namespace {

// The flow events, each named once here; the value is its letter in "variants", the events of a
// flow in order (I, S, F, X, G, C): its history at a glance and in asserts, e.g. "ISFSXSFC" for a
// step that failed once and was retried.
enum class FlowEvent : char
{
    Initialized = 'I',
    StepStarted = 'S',
    StepFinished = 'F',
    StepFailed = 'X',
    StepSignal = 'G',
    Completed = 'C',
};

std::optional<FlowEvent> flowEventOf(const QString& type)
{
    static const QHash<QString, FlowEvent> kinds { { QStringLiteral("FlowInitialized"), FlowEvent::Initialized },
        { QStringLiteral("StepStarted"), FlowEvent::StepStarted },
        { QStringLiteral("StepFinished"), FlowEvent::StepFinished },
        { QStringLiteral("StepFailed"), FlowEvent::StepFailed },
        { QStringLiteral("StepSignal"), FlowEvent::StepSignal },
        { QStringLiteral("FlowCompleted"), FlowEvent::Completed } };
    const auto it = kinds.constFind(type);
    return it == kinds.cend() ? std::nullopt : std::optional<FlowEvent>(*it);
}

} // namespace

void FlowReducer::applyJson(QJsonObject& state, const RecordedEvent& e) const
{
    const std::optional<FlowEvent> kind = flowEventOf(e.eventType);
    if (!kind) {
        recordAnomaly(state, e, CoreTr::tr("not a flow event; it changes nothing"));
        return;
    }
    state.insert(QLatin1StringView("variants"),
        QString(state.value(QLatin1StringView("variants")).toString() + QLatin1Char(char(*kind))));
    const QJsonObject& p = e.payloadObject();
    QJsonArray steps = state.value(QLatin1StringView("steps")).toArray();
    if (kind == FlowEvent::Initialized) {
        for (const QLatin1StringView k :
            { QLatin1StringView("flow_id"), QLatin1StringView("definition"), QLatin1StringView("definition_hash"),
                QLatin1StringView("engine_version"), QLatin1StringView("params"), QLatin1StringView("input") }) {
            if (p.contains(k))
                state.insert(k, p.value(k));
        }
        steps = {};
        for (const QJsonValue& id : p.value(QLatin1StringView("steps")).toArray())
            steps.append(QJsonObject { { QStringLiteral("step_id"), id.toString() },
                { QStringLiteral("status"), QStringLiteral("pending") } });
        state.insert(QLatin1StringView("status"), QStringLiteral("running"));
    } else if (kind != FlowEvent::Completed) { // an event of one step
        qsizetype i = stepIndex(steps, p);
        if (i < 0) {
            steps.append(QJsonObject { { QStringLiteral("step_id"), p.value(QLatin1StringView("step_id")) },
                { QStringLiteral("status"), QStringLiteral("pending") } });
            i = steps.size() - 1;
        }
        QJsonObject step = steps.at(i).toObject();
        if (p.contains(QLatin1StringView("attempt")))
            step.insert(QLatin1StringView("attempt"), p.value(QLatin1StringView("attempt")));
        if (kind == FlowEvent::StepStarted) {
            step.insert(QLatin1StringView("status"), QStringLiteral("running"));
            step.insert(QLatin1StringView("input_hashes"), p.value(QLatin1StringView("input_hashes")));
            step.insert(QLatin1StringView("started_version"), e.version);
            step.remove(QLatin1StringView("error"));
        } else if (kind == FlowEvent::StepFinished) {
            step.insert(QLatin1StringView("status"), QStringLiteral("finished_ok"));
            step.insert(QLatin1StringView("finished_version"), e.version);
            for (const QLatin1StringView k :
                { QLatin1StringView("fingerprint"), QLatin1StringView("outputs"), QLatin1StringView("duration_ms") }) {
                if (p.contains(k))
                    step.insert(k, p.value(k));
            }
            QStringList inputs;
            for (const QJsonValue& h : step.value(QLatin1StringView("input_hashes")).toArray())
                inputs.append(h.toString());
            const QString expected = flowStepFingerprint(state.value(QLatin1StringView("engine_version")).toString(),
                step.value(QLatin1StringView("step_id")).toString(), inputs,
                state.value(QLatin1StringView("params")).toObject(),
                state.value(QLatin1StringView("definition_hash")).toString());
            step.insert(QLatin1StringView("fingerprint_expected"), expected);
            step.insert(QLatin1StringView("fingerprint_matches"),
                expected == p.value(QLatin1StringView("fingerprint")).toString());
        } else if (kind == FlowEvent::StepFailed) {
            step.insert(QLatin1StringView("status"), QStringLiteral("failed"));
            step.insert(QLatin1StringView("error"), p.value(QLatin1StringView("error")));
            step.insert(QLatin1StringView("retryable"), p.value(QLatin1StringView("retryable")).toBool());
        } else if (kind == FlowEvent::StepSignal) {
            QJsonArray signalList = step.value(QLatin1StringView("signals")).toArray();
            signalList.append(QJsonObject { { QStringLiteral("signal"), p.value(QLatin1StringView("signal")) },
                { QStringLiteral("data"), p.value(QLatin1StringView("data")) },
                { QStringLiteral("version"), e.version } });
            step.insert(QLatin1StringView("signals"), signalList);
        }
        steps.replace(i, step);
        const bool anyFailedForGood = std::any_of(steps.begin(), steps.end(), [](const QJsonValue& s) {
            const QJsonObject o = s.toObject();
            return o.value(QLatin1StringView("status")).toString() == QLatin1StringView("failed")
                && !o.value(QLatin1StringView("retryable")).toBool();
        });
        if (!state.value(QLatin1StringView("completed")).toBool())
            state.insert(
                QLatin1StringView("status"), anyFailedForGood ? QStringLiteral("failed") : QStringLiteral("running"));
    } else {
        state.insert(QLatin1StringView("completed"), true);
        state.insert(QLatin1StringView("status"), QStringLiteral("completed"));
        state.insert(QLatin1StringView("flow_fingerprint"), p.value(QLatin1StringView("flow_fingerprint")));
    }
    QStringList finished;
    for (const QJsonValue& s : steps) {
        const QJsonObject o = s.toObject();
        if (o.value(QLatin1StringView("status")).toString() == QLatin1StringView("finished_ok"))
            finished.append(o.value(QLatin1StringView("fingerprint")).toString());
    }
    const QString computed = flowFingerprint(finished);
    state.insert(QLatin1StringView("flow_fingerprint_expected"), computed);
    if (state.contains(QLatin1StringView("flow_fingerprint")))
        state.insert(QLatin1StringView("flow_fingerprint_matches"),
            state.value(QLatin1StringView("flow_fingerprint")).toString() == computed);
    state.insert(QLatin1StringView("steps"), steps);
    state.insert(QLatin1StringView("cursor"), cursorOf(steps));
}

} // namespace sagascope
