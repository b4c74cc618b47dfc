// SPDX-License-Identifier: MIT
// Session settings for the window tests that use the test nats-server: a signal stream, an
// ingester consumer and task-queue streams of their own, so suites running at once never meet.
#pragma once

#include "natssession.h"
#include "natstestsupport.h"

namespace sagascope::test {

inline NatsSessionSettings uniqueSessionSettings(const QString& url)
{
    NatsSessionSettings settings;
    settings.connection.url = url;
    settings.stream.streamName = uniqueName(QStringLiteral("T_GUI_"));
    settings.stream.subjectTemplate = settings.stream.streamName.toLower() + QStringLiteral(".sig.{saga_id}");
    settings.ingester.consumerName = uniqueName(QStringLiteral("gui-ingest-"));
    settings.ingester.fetchTimeoutMs = 200;
    settings.tasks = uniqueTaskSettings(QStringLiteral("T_GUITASKS_"));
    return settings;
}

} // namespace sagascope::test
