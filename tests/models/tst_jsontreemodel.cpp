// SPDX-License-Identifier: MIT
#include "jsontext.h"
#include "jsontreemodel.h"
#include "memoryeventstore.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

// The child of `parent` whose key is `key`, or an invalid index.
QModelIndex child(const QAbstractItemModel& model, const QModelIndex& parent, const QString& key)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, JsonTreeModel::KeyColumn, parent);
        if (i.data().toString() == key)
            return i;
    }
    return {};
}

QString valueOf(const QModelIndex& keyIndex)
{
    return keyIndex.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
}

QString typeOf(const QModelIndex& keyIndex)
{
    return keyIndex.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString();
}

// Every node's text, depth first, as "path = value (type)".
void dump(const QAbstractItemModel& model, const QModelIndex& parent, QStringList* out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        out->append(
            QStringLiteral("%1 = %2 (%3)").arg(i.data(JsonTreeModel::PathRole).toString(), valueOf(i), typeOf(i)));
        dump(model, i, out);
    }
}

const QByteArray nested
    = "{\"order\":{\"items\":[{\"qty\":2,\"sku\":\"A-1\"},{\"qty\":1,\"sku\":\"B-2\"}],\"total\":12.50},"
      "\"tags\":[\"x\",\"y\"],\"ok\":true,\"none\":null,\"empty\":{},\"list\":[],"
      "\"text\":\"line\\nnext \\u00e9 \\ud83d\\ude00 \\\"q\\\"\"}";

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersShowExactlyAsStored_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("u64 beyond double") << QByteArray("12345678901234567890");
        QTest::newRow("i64 max") << QByteArray("9223372036854775807");
        QTest::newRow("trailing zero") << QByteArray("1.0");
        QTest::newRow("exponent") << QByteArray("-1.50e-3");
        QTest::newRow("long fraction") << QByteArray("0.1000000000000000055511151231257827");
    }
    void numbersShowExactlyAsStored()
    {
        QFETCH(QByteArray, literal);
        // What QJsonDocument would show, to prove the test can tell the difference.
        const QByteArray text = "{\"n\":" + literal + "}";
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(text);
        const QModelIndex n = child(model, {}, QStringLiteral("n"));
        QVERIFY(n.isValid());
        QCOMPARE(valueOf(n), QString::fromLatin1(literal));
        QCOMPARE(typeOf(n), JsonTreeModel::tr("number"));
        QCOMPARE(n.data(JsonTreeModel::RawJsonRole).toString(), QString::fromLatin1(literal));
    }

    void exactThroughTheStore()
    {
        MemoryEventStore store;
        AppendRequest r;
        r.streamId = QStringLiteral("order-1");
        NewEvent e;
        e.eventType = QStringLiteral("OrderPlaced");
        e.payload = "{\"id\": 12345678901234567890, \"amount\": 10.10, \"lines\": [{\"sku\": \"A\", \"n\": 1e3}]}";
        e.metadata = "{\"correlation_id\": \"c-1\", \"trace\": 18446744073709551615}";
        r.events = { e };
        QVERIFY(store.append(r).has_value());
        const auto events = store.readStream(StreamQuery { QStringLiteral("order-1") });
        QVERIFY(events.has_value());
        QCOMPARE(events->size(), 1);
        QVERIFY(QJsonDocument::fromJson(events->first().payload).toJson().contains("12345678901234567000")
            || !QJsonDocument::fromJson(events->first().payload).toJson().contains("12345678901234567890"));

        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvent(events->first());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex payload = model.index(0, 0);
        const QModelIndex metadata = model.index(1, 0);
        QCOMPARE(payload.data().toString(), JsonTreeModel::tr("payload"));
        QCOMPARE(metadata.data().toString(), JsonTreeModel::tr("metadata"));
        QCOMPARE(valueOf(child(model, payload, QStringLiteral("id"))), QStringLiteral("12345678901234567890"));
        QCOMPARE(valueOf(child(model, payload, QStringLiteral("amount"))), QStringLiteral("10.10"));
        const QModelIndex first = model.index(0, 0, child(model, payload, QStringLiteral("lines")));
        QCOMPARE(valueOf(child(model, first, QStringLiteral("n"))), QStringLiteral("1e3"));
        QCOMPARE(valueOf(child(model, metadata, QStringLiteral("trace"))), QStringLiteral("18446744073709551615"));
        QCOMPARE(child(model, first, QStringLiteral("n")).data(JsonTreeModel::PathRole).toString(),
            JsonTreeModel::tr("payload") + QStringLiteral(".lines[0].n"));
        // Through the proxy too.
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
    }

    void nestedObjectsAndArrays()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(nested);
        QCOMPARE(model.rowCount(), 7);
        const QModelIndex order = child(model, {}, QStringLiteral("order"));
        QCOMPARE(typeOf(order), JsonTreeModel::tr("object"));
        QVERIFY(model.hasChildren(order));
        const QModelIndex items = child(model, order, QStringLiteral("items"));
        QCOMPARE(model.rowCount(items), 2);
        QCOMPARE(typeOf(items), JsonTreeModel::tr("array"));
        QCOMPARE(valueOf(items), JsonTreeModel::tr("[%n item(s)]", nullptr, 2));
        const QModelIndex second = model.index(1, 0, items);
        QCOMPARE(second.data().toString(), QStringLiteral("[1]"));
        QCOMPARE(model.parent(second), items);
        const QModelIndex sku = child(model, second, QStringLiteral("sku"));
        QCOMPARE(valueOf(sku), QStringLiteral("B-2"));
        QCOMPARE(typeOf(sku), JsonTreeModel::tr("string"));
        QCOMPARE(sku.data(JsonTreeModel::PathRole).toString(), QStringLiteral("order.items[1].sku"));
        QCOMPARE(sku.data(JsonTreeModel::RawJsonRole).toString(), QStringLiteral("\"B-2\""));
        QCOMPARE(valueOf(child(model, order, QStringLiteral("total"))), QStringLiteral("12.50"));
        QCOMPARE(valueOf(child(model, {}, QStringLiteral("ok"))), QStringLiteral("true"));
        QCOMPARE(typeOf(child(model, {}, QStringLiteral("none"))), JsonTreeModel::tr("null"));
        QVERIFY(!model.hasChildren(child(model, {}, QStringLiteral("empty"))));
        QCOMPARE(model.rowCount(child(model, {}, QStringLiteral("list"))), 0);
        const QModelIndex text = child(model, {}, QStringLiteral("text"));
        QCOMPARE(text.siblingAtColumn(JsonTreeModel::ValueColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("line\nnext \u00e9 \U0001F600 \"q\""));

        QStringList all;
        dump(model, {}, &all);
        QCOMPARE(all.size(), 7 + 2 + 2 + 2 * 2 + 2);
        QStringList viaProxy;
        dump(proxy, {}, &viaProxy);
        QCOMPARE(viaProxy, all);
    }

    void childrenAreScannedOnlyWhenAskedFor()
    {
        // A large array costs nothing until it is expanded; hasChildren() does not scan it.
        QByteArray big = "{\"items\":[";
        for (int i = 0; i < 50000; ++i)
            big += (i ? "," : "") + QByteArray::number(i);
        big += "]}";
        JsonTreeModel model;
        model.setJson(big);
        const QModelIndex items = model.index(0, 0);
        QVERIFY(model.hasChildren(items));
        QCOMPARE(model.rowCount(items), 50000);
        QCOMPARE(valueOf(model.index(49999, 0, items)), QStringLiteral("49999"));
    }

    void damagedTextShowsWhy()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments({ { QStringLiteral("payload"), QByteArray("{\"a\": [1, 2") },
            { QStringLiteral("metadata"), QByteArray() } });
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex payload = model.index(0, 0);
        QCOMPARE(typeOf(payload), JsonTreeModel::tr("error"));
        QVERIFY(valueOf(payload).contains(QLatin1String("11")));
        QVERIFY(!model.hasChildren(payload));
        QCOMPARE(typeOf(model.index(1, 0)), JsonTreeModel::tr("object")); // empty metadata is {}
    }

    void prettyTextKeepsEveryLiteral()
    {
        const QByteArray pretty = prettyJson(nested);
        QVERIFY(pretty.contains("\"total\": 12.50"));
        QVERIFY(pretty.contains("\"empty\": {}"));
        QVERIFY(pretty.contains("\"list\": []"));
        QVERIFY(pretty.contains("\"text\": \"line\\nnext \\u00e9 \\ud83d\\ude00 \\\"q\\\"\""));
        QVERIFY(pretty.contains("\n  \"order\": {\n    \"items\": [\n      {\n        \"qty\": 2,"));
        // Removing the added whitespace outside strings gives back the stored text.
        QByteArray squeezed;
        bool inString = false;
        for (qsizetype i = 0; i < pretty.size(); ++i) {
            const char c = pretty[i];
            if (inString) {
                squeezed += c;
                if (c == '\\')
                    squeezed += pretty[++i];
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                squeezed += c;
            } else if (c != ' ' && c != '\n') {
                squeezed += c;
            }
        }
        QCOMPARE(squeezed, nested);
        QCOMPARE(prettyJson("{\"a\":"), QByteArray("{\"a\":"));
        QCOMPARE(prettyJson("{\"big\":12345678901234567890}"), QByteArray("{\n  \"big\": 12345678901234567890\n}"));
    }

    void validationNamesTheOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("object") << QByteArray("{\"a\":1}") << true;
        QTest::newRow("spaces") << QByteArray(" [ 1 , \"x\" ] ") << true;
        QTest::newRow("leading zero") << QByteArray("[01]") << false;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << false;
        QTest::newRow("garbage after") << QByteArray("{} x") << false;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << false;
        QTest::newRow("control char") << QByteArray("[\"a\nb\"]") << false;
        QTest::newRow("bare word") << QByteArray("nul") << false;
    }
    void validationNamesTheOffset()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(validateJson(text, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.contains(QLatin1String("byte")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
