// SPDX-License-Identifier: MIT
#include "statediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sagascope;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList describe(const QList<StateChange>& changes)
{
    QStringList out;
    for (const StateChange& c : changes)
        out.append(stateChangeKindName(c.kind) + QLatin1Char(' ') + c.path);
    return out;
}

} // namespace

class TestStateDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalStatesHaveNoChanges()
    {
        const QJsonObject s = parse(R"({"status":"running","activities":{"a":{"attempt":1}},"list":[1,2]})");
        QVERIFY(diffStates(s, s).isEmpty());
    }

    void addedRemovedChanged()
    {
        const QJsonObject a = parse(R"({"status":"running","activities":{"a":{"attempt":1}},"gone":true})");
        const QJsonObject b = parse(R"({"status":"completed","activities":{"a":{"attempt":2},"b":{}},"result":7})");
        const auto changes = diffStates(a, b);
        QCOMPARE(describe(changes),
            QStringList({ QStringLiteral("changed /activities/a/attempt"), QStringLiteral("added /activities/b"),
                QStringLiteral("removed /gone"), QStringLiteral("added /result"), QStringLiteral("changed /status") }));
        QCOMPARE(changes[0].oldValue.toInt(), 1);
        QCOMPARE(changes[0].newValue.toInt(), 2);
        QVERIFY(changes[1].oldValue.isUndefined());
        QCOMPARE(changes[2].oldValue.toBool(), true);
        QVERIFY(changes[2].newValue.isUndefined());
        QCOMPARE(changes[4].newValue.toString(), QStringLiteral("completed"));
    }

    void arraysByIndex()
    {
        const auto changes = diffStates(parse(R"({"l":[1,2,3]})"), parse(R"({"l":[1,5]})"));
        QCOMPARE(describe(changes), QStringList({ QStringLiteral("changed /l/1"), QStringLiteral("removed /l/2") }));
        QCOMPARE(describe(diffStates(parse(R"({"l":[]})"), parse(R"({"l":[{"x":1}]})"))),
            QStringList({ QStringLiteral("added /l/0") }));
    }

    void typeChangeIsOneChange()
    {
        const auto changes = diffStates(parse(R"({"x":{"a":1}})"), parse(R"({"x":3})"));
        QCOMPARE(describe(changes), QStringList({ QStringLiteral("changed /x") }));
        QVERIFY(changes[0].oldValue.isObject());
    }

    void pointerEscaping()
    {
        const auto changes = diffStates(parse(R"({})"), parse(R"({"a/b~c":1})"));
        QCOMPARE(changes.first().path, QStringLiteral("/a~1b~0c"));
    }
};

QTEST_GUILESS_MAIN(TestStateDiff)
#include "tst_statediff.moc"
