// SPDX-License-Identifier: MIT
// The signal bus: publishes signals to sagas through JetStream and owns the stream that captures
// every saga's subject, so that nothing is lost while no one listens. The monitor and the
// ingester read that stream. Used by one thread at a time (its connection is thread-safe, but
// the bus keeps no locks of its own).
#pragma once

#include "signalmessage.h"

#include <memory>

namespace sagascope::nats {

class NatsConnection;

struct SignalStreamSettings
{
    QString streamName = QStringLiteral("SAGA_SIGNALS");
    QString subjectTemplate = QString(SubjectTemplate::defaultTemplate);
    // Limits of the stream when this bus creates it: the oldest signals go first.
    qint64 maxAgeSeconds = 7 * 24 * 3600;
    qint64 maxBytes = qint64(1) << 30;
    qint64 maxMessages = 10'000'000;
    // JetStream drops a second publish with the same event id within this window.
    qint64 duplicateWindowSeconds = 120;
    // A publish is retried (same event id, so never stored twice) while the connection
    // recovers, up to this long.
    int publishTimeoutMs = 10000;
};

struct PublishedSignal
{
    QString subject;
    QUuid eventId;
    quint64 streamSequence = 0;
    bool duplicate = false; // JetStream already had this event id: nothing new was stored
};

class SignalBus
{
public:
    // Checks the settings and makes sure the stream exists (creating it with the limits, or
    // adding the signal subjects to an existing stream of that name).
    static Result<std::unique_ptr<SignalBus>> open(
        NatsConnection& connection, const SignalStreamSettings& settings = {});
    ~SignalBus();

    Result<PublishedSignal> publish(const OutgoingSignal& signal);

    const SubjectTemplate& subjects() const { return m_subjects; }
    const SignalStreamSettings& settings() const { return m_settings; }
    NatsConnection& connection() const { return m_connection; }

private:
    SignalBus(NatsConnection& connection, const SignalStreamSettings& settings, SubjectTemplate subjects);
    Result<void> ensureStream();

    NatsConnection& m_connection;
    SignalStreamSettings m_settings;
    SubjectTemplate m_subjects;
};

// Makes sure a JetStream stream exists with `subject` among its subjects (shared by the signal
// bus and the task queue); a new stream gets the limits and retention of the spec.
struct StreamSpec
{
    QString name;
    QString subject;
    bool workQueue = false;
    qint64 maxAgeSeconds = 0;
    qint64 maxBytes = -1;
    qint64 maxMessages = -1;
    qint64 duplicateWindowSeconds = 120;
};
Result<void> ensureJetStream(NatsConnection& connection, const StreamSpec& spec);

} // namespace sagascope::nats
