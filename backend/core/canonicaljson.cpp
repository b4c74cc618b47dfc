// SPDX-License-Identifier: MIT
#include "canonicaljson.h"

#include "coretr.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace sagascope {

namespace {

constexpr int maxDepth = 512;
// Number literals up to this length without an exponent always fit a double.
constexpr qsizetype maxPlainNumber = 24;

// The length of the well-formed UTF-8 sequence at `p` (no overlong forms, no surrogates,
// nothing past U+10FFFF), or 0.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = *p;
    if (c < 0x80)
        return 1;
    int n = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F; // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p <= n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i <= n; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return n + 1;
}

class Canonicalizer
{
public:
    explicit Canonicalizer(QByteArrayView text)
        : m_text(text)
    { }

    Result<QByteArray> run(JsonRoot root)
    {
        skipSpace();
        if (root == JsonRoot::Object && peek() != '{')
            return error(CoreTr::tr("a JSON object was expected"));
        QByteArray out;
        out.reserve(m_text.size());
        if (!value(out, 0))
            return std::unexpected(m_error);
        skipSpace();
        if (m_pos != m_text.size())
            return error(CoreTr::tr("unexpected text after the JSON value"));
        return out;
    }

    Result<QList<std::pair<QString, QByteArray>>> members()
    {
        skipSpace();
        if (peek() != '{')
            return error(CoreTr::tr("a JSON object was expected"));
        QList<std::pair<QByteArray, QByteArray>> raw;
        if (!objectMembers(raw, 0))
            return std::unexpected(m_error);
        QList<std::pair<QString, QByteArray>> out;
        out.reserve(raw.size());
        for (auto& [key, value] : raw)
            out.append({ QString::fromUtf8(key), std::move(value) });
        skipSpace();
        if (m_pos != m_text.size())
            return error(CoreTr::tr("unexpected text after the JSON value"));
        return out;
    }

private:
    std::unexpected<Error> error(const QString& what)
    {
        return fail(
            ErrorCode::InvalidInput, CoreTr::tr("Invalid JSON at byte %1: %2.").arg(QString::number(m_pos), what));
    }
    bool setError(const QString& what)
    {
        if (m_error.message.isEmpty())
            m_error = error(what).error();
        return false;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool value(QByteArray& out, int depth)
    {
        if (depth > maxDepth)
            return setError(CoreTr::tr("nesting is deeper than %1 levels").arg(maxDepth));
        skipSpace();
        if (atEnd())
            return setError(CoreTr::tr("the document ends where a value was expected"));
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"': {
            QByteArray s;
            if (!string(s))
                return false;
            appendString(out, s);
            return true;
        }
        case 't':
            return literal(out, "true");
        case 'f':
            return literal(out, "false");
        case 'n':
            return literal(out, "null");
        default:
            return number(out);
        }
    }

    bool literal(QByteArray& out, const char* word)
    {
        const QByteArrayView w(word);
        if (m_text.sliced(m_pos).startsWith(w)) {
            m_pos += w.size();
            out.append(w);
            return true;
        }
        return setError(CoreTr::tr("unexpected character"));
    }

    bool number(QByteArray& out)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return setError(CoreTr::tr("unexpected character"));
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return setError(CoreTr::tr("a digit was expected after the decimal point"));
        }
        const bool exponent = peek() == 'e' || peek() == 'E';
        if (exponent) {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return setError(CoreTr::tr("a digit was expected in the exponent"));
        }
        const QByteArrayView literal = m_text.sliced(start, m_pos - start);
        // Kept verbatim, but it must still be a double: a reader (QJsonDocument included) refuses
        // a document whose number overflows or underflows, so storing one would make a corrupt event.
        if (exponent || literal.size() > maxPlainNumber) {
            bool ok = false;
            (void)literal.toDouble(&ok);
            if (!ok)
                return setError(CoreTr::tr("the number %1 is too large or too small for a double")
                                    .arg(QString::fromLatin1(literal.first(std::min<qsizetype>(literal.size(), 40)))));
        }
        out.append(literal);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t& unit)
    {
        if (m_pos + 4 > m_text.size())
            return setError(CoreTr::tr("incomplete \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_text[m_pos + i]);
            if (h < 0)
                return setError(CoreTr::tr("invalid \\u escape"));
            v = v * 16 + h;
        }
        m_pos += 4;
        unit = static_cast<char16_t>(v);
        return true;
    }

    static bool isValidUtf8(QByteArrayView bytes)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        const auto* const end = p + bytes.size();
        while (p < end) {
            const int n = utf8SequenceLength(p, end);
            if (n == 0)
                return false;
            p += n;
        }
        return true;
    }

    // Decodes a string literal into its UTF-8 content; validates UTF-8 and escapes. Strings
    // without escapes (nearly all) are a slice of the input.
    bool string(QByteArray& utf8)
    {
        ++m_pos; // opening quote
        qsizetype i = m_pos;
        while (i < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ++i;
        }
        if (i < m_text.size() && m_text[i] == '"') {
            const QByteArrayView content = m_text.sliced(m_pos, i - m_pos);
            if (!isValidUtf8(content)) {
                m_pos = i;
                return setError(CoreTr::tr("invalid UTF-8 inside a string"));
            }
            // No copy: the slice lives as long as the text being parsed, which outlives every use.
            utf8 = QByteArray::fromRawData(content.data(), content.size());
            m_pos = i + 1;
            return true;
        }
        utf8 = m_text.sliced(m_pos, i - m_pos).toByteArray();
        m_pos = i;
        while (true) {
            if (atEnd())
                return setError(CoreTr::tr("unterminated string"));
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return setError(CoreTr::tr("control character inside a string"));
            if (c != '\\') {
                utf8.append(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (atEnd())
                return setError(CoreTr::tr("unterminated escape"));
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                utf8.append(e);
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char16_t unit = 0;
                if (!hex4(unit))
                    return false;
                QString piece;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (m_text.sliced(m_pos).startsWith("\\u")) {
                        m_pos += 2;
                        if (!hex4(low))
                            return false;
                    }
                    if (!QChar::isLowSurrogate(low))
                        return setError(CoreTr::tr("unpaired surrogate in \\u escape"));
                    const char16_t pair[2] = { unit, low };
                    piece = QString(reinterpret_cast<const QChar*>(pair), 2);
                } else if (QChar::isLowSurrogate(unit)) {
                    return setError(CoreTr::tr("unpaired surrogate in \\u escape"));
                } else {
                    piece = QString(QChar(unit));
                }
                utf8.append(piece.toUtf8());
                break;
            }
            default:
                return setError(CoreTr::tr("invalid escape sequence"));
            }
        }
        if (!isValidUtf8(utf8))
            return setError(CoreTr::tr("invalid UTF-8 inside a string"));
        return true;
    }

    // Orders two keys' UTF-8 content the way QJsonObject orders keys: by code point, which is
    // UTF-8 byte order (a test holds this against QJsonDocument, characters above U+FFFF included).
    static bool keyLess(const QByteArray& a, const QByteArray& b) { return a < b; }

    static void appendString(QByteArray& out, QByteArrayView utf8)
    {
        out.append('"');
        const bool plain = std::none_of(utf8.begin(), utf8.end(),
            [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; });
        if (plain) {
            out.append(utf8);
            out.append('"');
            return;
        }
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (u < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out.append("\\u00");
                    out.append(hex[u >> 4]);
                    out.append(hex[u & 0xf]);
                } else {
                    out.append(c);
                }
            }
        }
        out.append('"');
    }

    // Parses an object into its members (values canonical), sorted by key, duplicates rejected.
    bool objectMembers(QList<std::pair<QByteArray, QByteArray>>& members, int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return setError(CoreTr::tr("an object key (a string) was expected"));
            QByteArray key;
            if (!string(key))
                return false;
            skipSpace();
            if (peek() != ':')
                return setError(CoreTr::tr("':' was expected after an object key"));
            ++m_pos;
            QByteArray v;
            if (!value(v, depth + 1))
                return false;
            members.append({ std::move(key), std::move(v) });
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                break;
            }
            return setError(CoreTr::tr("',' or '}' was expected in an object"));
        }
        std::sort(
            members.begin(), members.end(), [](const auto& a, const auto& b) { return keyLess(a.first, b.first); });
        for (qsizetype i = 1; i < members.size(); ++i) {
            if (members[i].first == members[i - 1].first)
                return setError(CoreTr::tr("duplicate object key \"%1\"").arg(QString::fromUtf8(members[i].first)));
        }
        return true;
    }

    bool object(QByteArray& out, int depth)
    {
        QList<std::pair<QByteArray, QByteArray>> members;
        if (!objectMembers(members, depth))
            return false;
        out.append('{');
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, members[i].first);
            out.append(':');
            out.append(members[i].second);
        }
        out.append('}');
        return true;
    }

    bool array(QByteArray& out, int depth)
    {
        ++m_pos;
        out.append('[');
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            out.append(']');
            return true;
        }
        bool first = true;
        while (true) {
            if (!first)
                out.append(',');
            first = false;
            if (!value(out, depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out.append(']');
                return true;
            }
            return setError(CoreTr::tr("',' or ']' was expected in an array"));
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    Error m_error;
};

// Answers "is this text already what Canonicalizer would write?" in one pass that allocates
// nothing. Conservative: keys with escapes and numbers with exponents or many digits answer no
// and go to the full parser, so a yes is always right.
class CanonicalCheck
{
public:
    explicit CanonicalCheck(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool run(JsonRoot root)
    {
        if (root == JsonRoot::Object && (m_p == m_end || *m_p != '{'))
            return false;
        return value(0) && m_p == m_end;
    }

private:
    bool value(int depth)
    {
        if (depth > maxDepth || m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"': {
            bool escaped = false;
            return string(escaped);
        }
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return number();
        }
    }

    bool word(QByteArrayView w)
    {
        if (m_end - m_p < w.size() || QByteArrayView(m_p, w.size()) != w)
            return false;
        m_p += w.size();
        return true;
    }

    bool digits()
    {
        const char* from = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != from;
    }

    bool number()
    {
        const char* start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (m_p == m_end || *m_p < '1' || *m_p > '9' || !digits())
            return false;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        // An exponent ends the fast path: its range is checked by the full parser.
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E'))
            return false;
        return m_p - start <= maxPlainNumber;
    }

    // `a < b` as unsigned bytes. Sorted keys nearly always differ in their first byte: a loop
    // beats a call to memcmp, which this check would otherwise make once per key.
    static bool bytesBefore(QByteArrayView a, QByteArrayView b)
    {
        const qsizetype n = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (a[i] != b[i])
                return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
        }
        return a.size() < b.size();
    }

    static int lowerHex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    }

    // A string as appendString writes it: only quote, backslash and control characters escaped,
    // with the short forms where they exist; valid UTF-8.
    bool string(bool& escaped)
    {
        ++m_p;
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_p < 2)
                    return false;
                const char e = m_p[1];
                if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                    m_p += 2;
                    continue;
                }
                if (e != 'u' || m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0')
                    return false;
                const int hi = lowerHex(m_p[4]);
                const int lo = lowerHex(m_p[5]);
                const int unit = hi * 16 + lo;
                if (hi < 0 || hi > 1 || lo < 0 || unit == '\b' || unit == '\f' || unit == '\n' || unit == '\r'
                    || unit == '\t')
                    return false;
                m_p += 6;
                continue;
            }
            const int n = c < 0x80 ? 1
                                   : utf8SequenceLength(reinterpret_cast<const unsigned char*>(m_p),
                                       reinterpret_cast<const unsigned char*>(m_end));
            if (n == 0)
                return false;
            m_p += n;
        }
        return false;
    }

    bool object(int depth)
    {
        ++m_p;
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QByteArrayView previous;
        while (true) {
            if (m_p == m_end || *m_p != '"')
                return false;
            const char* keyStart = m_p + 1;
            bool escaped = false;
            if (!string(escaped) || escaped)
                return false;
            const QByteArrayView key(keyStart, m_p - 1 - keyStart);
            // Strictly ascending byte order: sorted as Canonicalizer sorts, and no duplicates.
            if (previous.data() && !bytesBefore(previous, key))
                return false;
            previous = key;
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            if (!value(depth + 1) || m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
        }
    }

    bool array(int depth)
    {
        ++m_p;
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            if (!value(depth + 1) || m_p == m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
        }
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

bool isCanonicalJson(QByteArrayView text, JsonRoot root)
{
    return CanonicalCheck(text).run(root);
}

Result<QByteArray> canonicalJson(QByteArrayView text, JsonRoot root)
{
    // Most input (the demo generator, imports, our own exports) is canonical already.
    if (isCanonicalJson(text, root))
        return text.toByteArray();
    return Canonicalizer(text).run(root);
}

Result<QList<std::pair<QString, QByteArray>>> canonicalMembers(QByteArrayView text)
{
    return Canonicalizer(text).members();
}

// Byte for byte what QJsonDocument writes for a string (short escapes for quote, backslash, \b, \f,
// \n, \r and \t, \u00xx for other control characters, everything else as UTF-8), without
// building a document: fingerprints depend on it, and export calls it for every field.
QByteArray jsonString(const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace sagascope
