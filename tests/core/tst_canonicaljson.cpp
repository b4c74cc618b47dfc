// SPDX-License-Identifier: MIT
#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
