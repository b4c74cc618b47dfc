// SPDX-License-Identifier: MIT
#include "canonicaljson.h"
#include "recordedevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace sagascope;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalForms_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray("{}") << QByteArray("{}");
        QTest::newRow("whitespace") << QByteArray(" { \"a\" : 1 ,\n\t\"b\": [ 1 , 2 ] } ")
                                    << QByteArray(R"({"a":1,"b":[1,2]})");
        QTest::newRow("sorted keys") << QByteArray(R"({"b":1,"a":{"d":1,"c":2}})")
                                     << QByteArray(R"({"a":{"c":2,"d":1},"b":1})");
        QTest::newRow("64-bit int kept") << QByteArray(R"({"id":12345678901234567890})")
                                         << QByteArray(R"({"id":12345678901234567890})");
        QTest::newRow("1.0 kept") << QByteArray(R"({"x":1.0,"y":-0,"z":1e-7})")
                                  << QByteArray(R"({"x":1.0,"y":-0,"z":1e-7})");
        QTest::newRow("escapes normalised")
            << QByteArray(R"({"s":"\u0041\/\u00e9\n"})") << QByteArray("{\"s\":\"A/\xc3\xa9\\n\"}");
        QTest::newRow("surrogate pair") << QByteArray(R"({"e":"\ud83d\ude00"})")
                                        << QByteArray("{\"e\":\"\xf0\x9f\x98\x80\"}");
        QTest::newRow("literals") << QByteArray(R"({"t":true,"f":false,"n":null})")
                                  << QByteArray(R"({"f":false,"n":null,"t":true})");
    }
    void canonicalForms()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        auto out = canonicalJson(input);
        QVERIFY2(out.has_value(), qPrintable(out ? QString() : out.error().message));
        QCOMPARE(*out, expected);
        // Canonical form is a fixed point.
        QCOMPARE(*canonicalJson(*out), expected);
    }

    // Fingerprints were written with QJsonDocument's escaping: jsonString must keep it exactly.
    void jsonStringWritesWhatQJsonDocumentWrites()
    {
        QString all;
        for (char16_t c = 1; c < 0x80; ++c)
            all += QChar(c);
        all += QString::fromUtf8("é\u2028🙂 \"quoted\" back\\slash");
        for (const QString& text : { all, QString(), QStringLiteral("plain") }) {
            const QByteArray wrapped = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
            QCOMPARE(jsonString(text), wrapped.mid(1, wrapped.size() - 2));
        }
    }

    void sameOrderAsQJsonDocument()
    {
        // Includes a character above U+FFFF and one in U+E000–U+FFFF, whose UTF-16 order is the
        // reverse of their code point order: QJsonObject orders by code point.
        const QByteArray input = "{\"zeta\":1,\"Alpha\":2,\"alpha\":3,\"_x\":4,\"\\u00e9\":5,\"10\":6,\"9\":7,"
                                 "\"\\ue000\":8,\"\xf0\x9f\x98\x80\":9,\"\xef\xbc\xa1\":10}";
        const QByteArray qt = QJsonDocument::fromJson(input).toJson(QJsonDocument::Compact);
        QCOMPARE(*canonicalJson(input), qt);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not object") << QByteArray("[1]") << QStringLiteral("object was expected");
        QTest::newRow("truncated") << QByteArray(R"({"a":)") << QStringLiteral("byte 5");
        QTest::newRow("trailing") << QByteArray(R"({} x)") << QStringLiteral("after the JSON value");
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})") << QStringLiteral("duplicate");
        QTest::newRow("bad number") << QByteArray(R"({"a":01})") << QStringLiteral("Invalid JSON");
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\q"})") << QStringLiteral("escape");
        QTest::newRow("control char") << QByteArray("{\"a\":\"\x01\"}") << QStringLiteral("control character");
        QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << QStringLiteral("surrogate");
        QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\"}") << QStringLiteral("UTF-8");
        QTest::newRow("sql") << QByteArray("'; DROP TABLE events; --") << QStringLiteral("object was expected");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("object was expected");
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        auto out = canonicalJson(input);
        QVERIFY(!out.has_value());
        QCOMPARE(out.error().code, ErrorCode::InvalidInput);
        QVERIFY2(out.error().message.contains(fragment), qPrintable(out.error().message));
    }

    // A number that no double holds is refused when written, because QJsonDocument refuses it
    // when read: stored, it would make a corrupt event. Both must agree on every literal.
    void numbersAcceptedExactlyWhenQJsonDocumentReadsThem_data()
    {
        QTest::addColumn<QByteArray>("literal");
        for (const char* n : { "1e400", "-1e400", "1e-400", "2.4e-324", "4.9e-324", "1.7976931348623157e308", "1.8e308",
                 "0e999999", "123456789012345678901234567890", "1.5555555555555555555555555" })
            QTest::newRow(n) << QByteArray(n);
        QTest::newRow("400 digits") << "1" + QByteArray(400, '0');
        QTest::newRow("tiny fraction") << "0." + QByteArray(400, '0') + "1";
    }
    void numbersAcceptedExactlyWhenQJsonDocumentReadsThem()
    {
        QFETCH(QByteArray, literal);
        const QByteArray doc = "{\"n\":" + literal + "}";
        QJsonParseError err {};
        QJsonDocument::fromJson(doc, &err);
        const auto out = canonicalJson(doc);
        QCOMPARE(out.has_value(), err.error == QJsonParseError::NoError);
        if (!out)
            QVERIFY2(out.error().message.contains(QStringLiteral("double")), qPrintable(out.error().message));
    }

    void canonicalCheck_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("canonical");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("nested") << QByteArray(R"({"a":{"b":[1,2.5,-3,true,false,null,"x"]},"b":{}})") << true;
        QTest::newRow("short escapes") << QByteArray("{\"s\":\"\\\"\\\\\\b\\f\\n\\r\\t\"}") << true;
        QTest::newRow("control escape") << QByteArray(R"({"s":"\u0001\u001f"})") << true;
        QTest::newRow("utf-8") << QByteArray("{\"\xc3\xa9\":\"\xf0\x9f\x98\x80\"}") << true;
        QTest::newRow("space") << QByteArray(R"({"a": 1})") << false;
        QTest::newRow("leading space") << QByteArray(R"( {"a":1})") << false;
        QTest::newRow("unsorted") << QByteArray(R"({"b":1,"a":2})") << false;
        QTest::newRow("prefix key first") << QByteArray(R"({"ab":1,"a":2})") << false;
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":1})") << false;
        QTest::newRow("escaped slash") << QByteArray(R"({"s":"\/"})") << false;
        QTest::newRow("escaped letter") << QByteArray(R"({"s":"\u0041"})") << false;
        QTest::newRow("long form of newline") << QByteArray(R"({"s":"\u000a"})") << false;
        QTest::newRow("upper-case hex") << QByteArray(R"({"s":"\u001F"})") << false;
        QTest::newRow("escaped key") << QByteArray(R"({"\n":1})") << false;
        QTest::newRow("exponent") << QByteArray(R"({"n":1e5})") << false;
        QTest::newRow("leading zero") << QByteArray(R"({"n":01})") << false;
        QTest::newRow("bare minus") << QByteArray(R"({"n":-})") << false;
        QTest::newRow("dot without digits") << QByteArray(R"({"n":1.})") << false;
        QTest::newRow("array root") << QByteArray("[1]") << false;
        QTest::newRow("trailing") << QByteArray("{}x") << false;
        QTest::newRow("truncated") << QByteArray("{\"a\":\"x") << false;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\"}") << false;
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
        QTest::newRow("surrogate utf-8") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
        QTest::newRow("raw control") << QByteArray("{\"a\":\"\x01\"}") << false;
    }
    void canonicalCheck()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, canonical);
        QCOMPARE(isCanonicalJson(input), canonical);
        // A leading space is never canonical, so this always runs the full parser.
        const auto parsed = canonicalJson(QByteArray(" " + input));
        if (canonical) {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, input);
        } else if (parsed) {
            QVERIFY(*parsed != input || input.contains('\\') || input.contains('e'));
        }
    }

    // The check decides whether stored and appended text is used as it is, so a yes must never
    // be wrong: mutate canonical documents at random and hold every yes against the full parser
    // and against QJsonDocument.
    void canonicalCheckNeverAcceptsWhatParsingWouldChange()
    {
        const QList<QByteArray> seeds { R"({"a":{"b":[1,2.5,-3,true,false,null,"x\n"]},"b":{},"c":"d"})",
            "{\"k\":\"\xc3\xa9\xf0\x9f\x98\x80\",\"l\":[[],{}],\"m\":0.25}", R"({"aa":1,"ab":"\u0001","b":-0})" };
        const QByteArray alphabet = "{}[]\":,.-+0123456789eEtrufalsn \\/ub\x01\xc3\xa9\xff";
        QRandomGenerator random(20261123);
        int accepted = 0;
        for (int i = 0; i < 60000; ++i) {
            QByteArray doc = seeds[random.bounded(int(seeds.size()))];
            for (int edits = random.bounded(1, 4); edits > 0; --edits) {
                const int at = random.bounded(int(doc.size()));
                const char c = alphabet[random.bounded(int(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0:
                    doc[at] = c;
                    break;
                case 1:
                    doc.insert(at, c);
                    break;
                default:
                    doc.remove(at, 1);
                }
            }
            if (!isCanonicalJson(doc))
                continue;
            ++accepted;
            const auto parsed = canonicalJson(QByteArray(" " + doc));
            QVERIFY2(parsed.has_value(), doc.constData());
            QCOMPARE(*parsed, doc);
            QJsonParseError err {};
            QVERIFY2(QJsonDocument::fromJson(doc, &err).isObject(), doc.constData());
        }
        QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted))); // the mutations reach the yes path
    }

    // The correlation id is found by a scan in canonical metadata (what every store appends),
    // and by parsing in text another tool wrote; a nested key of that name is not it.
    void correlationIdOfMetadataText()
    {
        QCOMPARE(correlationIdOf(R"({"actor":"a","correlation_id":"c-1","n":{"correlation_id":"x"}})"),
            QStringLiteral("c-1"));
        QCOMPARE(correlationIdOf(R"({"n":{"correlation_id":"x"}})"), QString());
        QCOMPARE(correlationIdOf("{\"correlation_id\":\"quote\\\"d\"}"), QStringLiteral("quote\"d"));
        QCOMPARE(correlationIdOf(R"({"correlation_id":7})"), QString());
        RecordedEvent e;
        e.metadata = R"({ "correlation_id" : "spaced" })";
        QCOMPARE(correlationIdOf(e.metadata), QString());
        QCOMPARE(e.correlationId(), QStringLiteral("spaced"));
        e.metadata = R"({"correlation_id":"c-2"})";
        QCOMPARE(e.correlationId(), QStringLiteral("c-2"));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        QByteArray deep = "{\"a\":";
        for (int i = 0; i < 100000; ++i)
            deep += '[';
        auto out = canonicalJson(deep);
        QVERIFY(!out.has_value());
        QVERIFY(out.error().message.contains(QStringLiteral("nesting")));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
