// SPDX-License-Identifier: MIT
// The NATS measurements of sagascope-bench, on streams of their own on the given server:
// signal_publish (our signal bus against raw nats.c JetStream publishes of the same messages) and
// ingest (signals recorded by the ingester against appending the same events with appendBatch).
#pragma once

#include "eventstore.h"

#include <QString>
#include <QTextStream>

bool benchSignalPublish(const QString& natsUrl, QTextStream& out, QTextStream& log);
bool benchIngest(const QString& natsUrl, sagascope::EventStore& store, QTextStream& out, QTextStream& log);
