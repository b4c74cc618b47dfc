// SPDX-License-Identifier: MIT
// The rules of an append that every store shares, so that all stores behave identically:
// input validation, canonical payloads, stream type defaults and the idempotency decision.
#pragma once

#include "error.h"
#include "recordedevent.h"

namespace sagascope {

// Checks a stream id: not empty, at most 512 characters, no control characters.
Result<void> validateStreamId(const QString& streamId);
// Checks an event type name: not empty, at most 200 characters, no control characters.
Result<void> validateEventType(const QString& eventType);
// Checks a timer id: not empty, at most 200 characters, no control characters.
Result<void> validateTimerId(const QString& timerId);
// Checks a stream type name: at most 200 characters, no control characters (empty is allowed).
Result<void> validateStreamType(const QString& streamType);

// The stream type used when none is given: the id's leading word before '-', ':', '/' or '_'
// (`order-42` -> `order`), or "stream".
QString defaultStreamType(const QString& streamId);

// The type a stream created by this request gets. A request to an existing stream with a
// non-empty type different from the stream's is an InvalidInput error in every store.
QString streamTypeForNewStream(const AppendRequest& request);

// Validates a request and returns it normalised: events non-empty, payload and metadata in
// canonical JSON, missing event ids generated, duplicate ids within the request rejected.
Result<AppendRequest> normaliseAppend(const AppendRequest& request);

// Whether two events carry the same content (what idempotency compares): type, schema version,
// payload and metadata. Both must be normalised.
bool sameContent(const NewEvent& incoming, const RecordedEvent& stored);

// Given the stored events that share ids with a normalised request (in request order, empty
// when none does), decides idempotency: no stored event -> nullopt (append normally); every event
// stored with the same content at consecutive versions of the same stream -> the stored result;
// anything else -> an InvalidInput error naming the first offending event id.
Result<std::optional<AppendResult>> idempotentResult(
    const AppendRequest& request, const QList<RecordedEvent>& storedWithSameIds);

} // namespace sagascope
