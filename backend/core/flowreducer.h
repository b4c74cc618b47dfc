// SPDX-License-Identifier: MIT
// The flow reducer of seed 003: FlowInitialized, StepStarted, StepFinished / StepFailed,
// StepSignal and FlowCompleted fold into step states, the cursor, completion, fingerprints and the
// compact sequence of what happened ("variants": I, S, F, X, G, C); any other type is an anomaly.
// A step's fingerprint hashes the engine version, the step id, its sorted input hashes, the
// canonical parameters and the definition hash; the flow's fingerprint hashes the finished
// steps' fingerprints in step order. The reducer recomputes both and says whether the
// recorded ones match.
#pragma once

#include "reducer.h"

namespace sagascope {

class FlowReducer final : public JsonReducer
{
public:
    QString name() const override { return QStringLiteral("flow"); }
    // 2: the state keeps the variants (one letter per flow event) and notes other event types.
    int version() const override { return 2; }

protected:
    QJsonObject initialJson() const override;
    void applyJson(QJsonObject& state, const RecordedEvent& event) const override;
};

// Seed 003's step fingerprint: SHA-256 (hex) of
// "engine_version|step_id|sorted input hashes joined by ','|canonical params|definition_hash".
QString flowStepFingerprint(const QString& engineVersion, const QString& stepId, QStringList inputHashes,
    const QJsonObject& params, const QString& definitionHash);
// The flow fingerprint: SHA-256 (hex) of the finished steps' fingerprints concatenated in step order.
QString flowFingerprint(const QStringList& stepFingerprints);

} // namespace sagascope
