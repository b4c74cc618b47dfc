// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include "modelstr.h"

namespace sagascope {

namespace {

constexpr int maxDepth = 512;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

qsizetype skipSpace(QByteArrayView t, qsizetype p)
{
    while (p < t.size() && isSpace(t[p]))
        ++p;
    return p;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A strict RFC 8259 scanner that only finds where values end; it builds nothing.
struct Scanner
{
    QByteArrayView t;
    qsizetype errorAt = -1;
    QString reason;

    qsizetype fail(qsizetype at, const QString& why)
    {
        if (errorAt < 0) {
            errorAt = at;
            reason = why;
        }
        return -1;
    }

    qsizetype unexpected(qsizetype at)
    {
        if (at >= t.size())
            return fail(at, ModelsTr::tr("the text ends too early"));
        return fail(at, ModelsTr::tr("unexpected character '%1'").arg(QChar::fromLatin1(t[at])));
    }

    qsizetype value(qsizetype p, int depth)
    {
        if (p >= t.size())
            return unexpected(p);
        switch (t[p]) {
        case '{':
            return container(p, depth, '}', true);
        case '[':
            return container(p, depth, ']', false);
        case '"':
            return string(p);
        case 't':
            return literal(p, "true");
        case 'f':
            return literal(p, "false");
        case 'n':
            return literal(p, "null");
        default:
            if (t[p] == '-' || isDigit(t[p]))
                return number(p);
            return unexpected(p);
        }
    }

    qsizetype container(qsizetype p, int depth, char close, bool isObject)
    {
        if (depth >= maxDepth)
            return fail(p, ModelsTr::tr("nesting deeper than %1 levels").arg(maxDepth));
        p = skipSpace(t, p + 1);
        if (p < t.size() && t[p] == close)
            return p + 1;
        for (;;) {
            if (isObject) {
                if (p >= t.size() || t[p] != '"')
                    return unexpected(p);
                p = string(p);
                if (p < 0)
                    return -1;
                p = skipSpace(t, p);
                if (p >= t.size() || t[p] != ':')
                    return unexpected(p);
                p = skipSpace(t, p + 1);
            }
            p = value(p, depth + 1);
            if (p < 0)
                return -1;
            p = skipSpace(t, p);
            if (p < t.size() && t[p] == ',') {
                p = skipSpace(t, p + 1);
                continue;
            }
            if (p < t.size() && t[p] == close)
                return p + 1;
            return unexpected(p);
        }
    }

    qsizetype string(qsizetype p)
    {
        const qsizetype start = p;
        ++p;
        while (p < t.size()) {
            const auto c = static_cast<unsigned char>(t[p]);
            if (c == '"')
                return p + 1;
            if (c < 0x20)
                return fail(p, ModelsTr::tr("a control character inside a string"));
            if (c == '\\') {
                if (p + 1 >= t.size())
                    return unexpected(p + 1);
                const char e = t[p + 1];
                if (e == 'u') {
                    for (qsizetype i = p + 2; i < p + 6; ++i) {
                        if (i >= t.size() || hexValue(t[i]) < 0)
                            return fail(p, ModelsTr::tr("an invalid \\u escape"));
                    }
                    p += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                    return fail(p, ModelsTr::tr("an invalid escape sequence"));
                p += 2;
                continue;
            }
            ++p;
        }
        return fail(start, ModelsTr::tr("a string that is not closed"));
    }

    qsizetype number(qsizetype p)
    {
        const qsizetype start = p;
        if (t[p] == '-')
            ++p;
        if (p >= t.size() || !isDigit(t[p]))
            return fail(start, ModelsTr::tr("an invalid number"));
        if (t[p] == '0')
            ++p;
        else
            while (p < t.size() && isDigit(t[p]))
                ++p;
        if (p < t.size() && t[p] == '.') {
            ++p;
            if (p >= t.size() || !isDigit(t[p]))
                return fail(start, ModelsTr::tr("an invalid number"));
            while (p < t.size() && isDigit(t[p]))
                ++p;
        }
        if (p < t.size() && (t[p] == 'e' || t[p] == 'E')) {
            ++p;
            if (p < t.size() && (t[p] == '+' || t[p] == '-'))
                ++p;
            if (p >= t.size() || !isDigit(t[p]))
                return fail(start, ModelsTr::tr("an invalid number"));
            while (p < t.size() && isDigit(t[p]))
                ++p;
        }
        return p;
    }

    qsizetype literal(qsizetype p, const char* word)
    {
        const QByteArrayView w(word);
        if (t.sliced(p).startsWith(w))
            return p + w.size();
        return unexpected(p);
    }
};

} // namespace

bool validateJson(QByteArrayView text, QString* error)
{
    Scanner s { text };
    const qsizetype begin = skipSpace(text, 0);
    qsizetype end = s.value(begin, 0);
    if (end >= 0) {
        end = skipSpace(text, end);
        if (end != text.size())
            s.fail(end, ModelsTr::tr("text after the end of the value"));
    }
    if (s.errorAt < 0)
        return true;
    if (error)
        *error = ModelsTr::tr("The JSON text is not valid at byte %1: %2.").arg(s.errorAt).arg(s.reason);
    return false;
}

std::pair<qsizetype, qsizetype> jsonValueSpan(QByteArrayView text)
{
    Scanner s { text };
    const qsizetype begin = skipSpace(text, 0);
    const qsizetype end = s.value(begin, 0);
    if (end < 0 || skipSpace(text, end) != text.size())
        return { -1, -1 };
    return { begin, end };
}

JsonKind jsonKindAt(QByteArrayView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return JsonKind::Invalid;
    switch (text[pos]) {
    case '{':
        return JsonKind::Object;
    case '[':
        return JsonKind::Array;
    case '"':
        return JsonKind::String;
    case 't':
    case 'f':
        return JsonKind::Bool;
    case 'n':
        return JsonKind::Null;
    default:
        return text[pos] == '-' || isDigit(text[pos]) ? JsonKind::Number : JsonKind::Invalid;
    }
}

bool jsonHasMembers(QByteArrayView text, qsizetype begin, qsizetype end)
{
    if (end - begin < 2)
        return false;
    const qsizetype p = skipSpace(text, begin + 1);
    return p < end - 1;
}

QList<JsonMember> jsonMembers(QByteArrayView text, qsizetype begin, qsizetype end)
{
    QList<JsonMember> out;
    const JsonKind kind = jsonKindAt(text, begin);
    if (kind != JsonKind::Object && kind != JsonKind::Array)
        return out;
    const bool isObject = kind == JsonKind::Object;
    const char close = isObject ? '}' : ']';
    Scanner s { text.first(end) };
    qsizetype p = skipSpace(text, begin + 1);
    while (p < end && text[p] != close) {
        JsonMember m;
        if (isObject) {
            const qsizetype keyEnd = s.string(p);
            if (keyEnd < 0)
                break;
            m.key = jsonStringValue(text, p, keyEnd);
            p = skipSpace(text, keyEnd);
            if (p >= end || text[p] != ':')
                break;
            p = skipSpace(text, p + 1);
        }
        const qsizetype valueEnd = s.value(p, 0);
        if (valueEnd < 0)
            break;
        m.begin = p;
        m.end = valueEnd;
        out.append(std::move(m));
        p = skipSpace(text, valueEnd);
        if (p < end && text[p] == ',')
            p = skipSpace(text, p + 1);
    }
    return out;
}

QString jsonStringValue(QByteArrayView text, qsizetype begin, qsizetype end)
{
    QString out;
    if (end - begin < 2)
        return out;
    out.reserve(end - begin);
    const qsizetype last = end - 1; // the closing quote
    qsizetype segment = begin + 1;
    qsizetype p = segment;
    while (p < last) {
        if (text[p] != '\\') {
            ++p;
            continue;
        }
        out += QString::fromUtf8(text.sliced(segment, p - segment));
        const char e = p + 1 < last ? text[p + 1] : '\\';
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (qsizetype i = p + 2; i < p + 6 && i < last; ++i)
                unit = static_cast<char16_t>(unit * 16 + std::max(0, hexValue(text[i])));
            // Surrogate pairs arrive as two escapes and become the two UTF-16 units they are.
            out += QChar(unit);
            p += 6;
            segment = p;
            continue;
        }
        default: // '"', '\\' and '/'
            out += QLatin1Char(e);
            break;
        }
        p += 2;
        segment = p;
    }
    out += QString::fromUtf8(text.sliced(segment, last - segment));
    return out;
}

QByteArray prettyJson(QByteArrayView text, int indent)
{
    if (!validateJson(text))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size() * 2);
    int level = 0;
    auto newline = [&] {
        out += '\n';
        out.append(qsizetype(level) * indent, ' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            // Copy the whole literal verbatim.
            qsizetype j = i + 1;
            while (j < text.size() && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            out += text.sliced(i, std::min(j + 1, text.size()) - i);
            i = j;
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c) {
        case '{':
        case '[': {
            const qsizetype next = skipSpace(text, i + 1);
            out += c;
            if (next < text.size() && (text[next] == '}' || text[next] == ']')) {
                out += text[next];
                i = next;
                break;
            }
            ++level;
            newline();
            break;
        }
        case '}':
        case ']':
            --level;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

} // namespace sagascope
