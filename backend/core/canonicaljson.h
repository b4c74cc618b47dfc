// SPDX-License-Identifier: MIT
// The one canonical text form of a JSON document that the engine stores, hashes and exports.
// Unlike QJsonDocument it keeps number literals exactly as written (64-bit ids, 1.0 stay as
// they are), while sorting object keys and dropping insignificant whitespace.
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace sagascope {

enum class JsonRoot
{
    Object, // the document must be an object (payloads, metadata)
    Any,
};

// `s` as a JSON string literal, quotes included, escaped exactly as canonicalJson escapes strings.
QByteArray jsonString(const QString& s);

// Parses `text` (UTF-8) and returns its canonical form: no insignificant whitespace, object
// keys sorted by code point (the order QJsonObject uses), strings re-escaped minimally,
// numbers kept verbatim. Duplicate keys, trailing garbage and nesting deeper than 512 are errors.
// The error message names the byte offset.
// Numbers a double cannot hold (1e400) are errors too: no JSON reader could read them back.
Result<QByteArray> canonicalJson(QByteArrayView text, JsonRoot root = JsonRoot::Object);

// Whether `text` is already exactly what canonicalJson returns for it, decided in one pass
// that allocates nothing. A no can be wrong (keys with escapes, numbers with exponents go to
// the full parser), a yes never is: it is how stored events are checked on every read.
bool isCanonicalJson(QByteArrayView text, JsonRoot root = JsonRoot::Object);

// The members of a JSON object, sorted by key, each value in canonical form: lets a reader pick
// a nested object out of a line (e.g. an NDJSON event's payload) without losing exact numbers.
Result<QList<std::pair<QString, QByteArray>>> canonicalMembers(QByteArrayView text);

} // namespace sagascope
