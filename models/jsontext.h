// SPDX-License-Identifier: MIT
// Reading the engine's stored JSON text without losing how numbers were written.
// QJsonDocument turns 12345678901234567890 into a double; the inspector must show what was
// stored, so the JSON tree and the raw view work on the exact text with this small scanner.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace sagascope {

enum class JsonKind
{
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
    Invalid,
};

// One member of an object (with its key) or one item of an array, as a span of the text.
struct JsonMember
{
    QString key; // decoded key; empty for array items
    qsizetype begin = 0; // first byte of the value
    qsizetype end = 0; // one past its last byte
};

// Checks that `text` is exactly one JSON value (surrounded by optional whitespace). On failure
// returns false and sets `error` to a sentence naming the byte offset.
bool validateJson(QByteArrayView text, QString* error = nullptr);
// The span of the single value in `text`, without surrounding whitespace; {-1, -1} if invalid.
std::pair<qsizetype, qsizetype> jsonValueSpan(QByteArrayView text);
// The kind of the value starting at `pos` (which must be a value's first byte).
JsonKind jsonKindAt(QByteArrayView text, qsizetype pos);
// The members of the valid object or array spanning [begin, end).
QList<JsonMember> jsonMembers(QByteArrayView text, qsizetype begin, qsizetype end);
// Whether the object or array spanning [begin, end) has at least one member.
bool jsonHasMembers(QByteArrayView text, qsizetype begin, qsizetype end);
// The decoded content of the string literal spanning [begin, end) (quotes included).
QString jsonStringValue(QByteArrayView text, qsizetype begin, qsizetype end);
// The same text indented for reading, every literal kept byte for byte. Text that is not valid
// JSON is returned unchanged.
QByteArray prettyJson(QByteArrayView text, int indent = 2);

} // namespace sagascope
