// SPDX-License-Identifier: MIT
#include "memoryeventstore.h"
#include "reducer.h"
#include "timetravel.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace sagascope;

namespace {

// Full replay from the first event: the reference every shortcut must agree with.
QJsonObject replay(EventStore& store, const QString& stream, const Reducer& reducer, qint64 version)
{
    auto state = reducer.initialState();
    if (version == 0)
        return state->toJson();
    const auto events = store.readStream({ .streamId = stream, .maxVersion = version });
    for (const RecordedEvent& e : *events)
        Reducer::fold(*state, e);
    return state->toJson();
}

} // namespace

class TestTimeTravel : public QObject
{
    Q_OBJECT

    MemoryEventStore m_store;
    std::shared_ptr<const Reducer> m_reducer = std::make_shared<MergePatchReducer>();
    static constexpr int events = 5000;

private Q_SLOTS:
    void initTestCase()
    {
        QList<NewEvent> batch;
        for (int i = 1; i <= events; ++i) {
            QJsonObject payload { { QStringLiteral("n"), i }, { QStringLiteral("k%1").arg(i % 37), i } };
            if (i % 11 == 0)
                payload.insert(QStringLiteral("k%1").arg((i + 5) % 37), QJsonValue::Null); // removes a key
            batch.append(NewEvent::fromJson(QStringLiteral("Changed"), payload));
        }
        QVERIFY(m_store.append({ .streamId = QStringLiteral("s-1"), .events = batch }).has_value());
    }

    void mergePatchFollowsRfc7396()
    {
        const QJsonObject target = QJsonDocument::fromJson(R"({"a":1,"b":{"c":2,"d":3},"e":4})").object();
        const QJsonObject patch = QJsonDocument::fromJson(R"({"a":null,"b":{"c":5},"f":[1]})").object();
        QCOMPARE(sagascope::mergePatch(target, patch),
            QJsonDocument::fromJson(R"({"b":{"c":5,"d":3},"e":4,"f":[1]})").object());
    }

    void stateAtEqualsFullReplay()
    {
        TimeTravel travel(m_store, QStringLiteral("s-1"), m_reducer, 500);
        auto* rng = QRandomGenerator::global();
        QList<qint64> versions { 0, 1, 499, 500, 501, events - 1, events };
        for (int i = 0; i < 40; ++i)
            versions.append(rng->bounded(events + 1));
        for (const qint64 v : versions) {
            auto state = travel.stateAt(v);
            QVERIFY(state.has_value());
            QCOMPARE((*state)->version(), v);
            QCOMPARE((*state)->toJson(), replay(m_store, QStringLiteral("s-1"), *m_reducer, v));
        }
    }

    void checkpointsBoundTheWork()
    {
        TimeTravel travel(m_store, QStringLiteral("s-1"), m_reducer, 1000);
        QCOMPARE(travel.checkpointCount(), 1); // the initial state
        auto last = travel.buildCheckpoints();
        QVERIFY(last.has_value());
        QCOMPARE(*last, events);
        QCOMPARE(travel.checkpointCount(), 1 + events / 1000);
        // A later state starts from a checkpoint: the same answer as replay.
        QCOMPARE((*travel.stateAt(3210))->toJson(), replay(m_store, QStringLiteral("s-1"), *m_reducer, 3210));
        travel.dropCheckpointsAfter(2500);
        QCOMPARE(travel.checkpointCount(), 3);
    }

    void stopsWhenAsked()
    {
        TimeTravel travel(m_store, QStringLiteral("s-1"), m_reducer, 1000);
        std::atomic<bool> stop { true };
        auto reached = travel.buildCheckpoints(&stop);
        QVERIFY(reached.has_value());
        QCOMPARE(*reached, 0);
    }

    void errors()
    {
        TimeTravel travel(m_store, QStringLiteral("s-1"), m_reducer, 1000);
        QCOMPARE(travel.stateAt(events + 1).error().code, ErrorCode::InvalidInput);
        QCOMPARE(travel.stateAt(-1).error().code, ErrorCode::InvalidInput);
        TimeTravel missing(m_store, QStringLiteral("nope"), m_reducer, 1000);
        QCOMPARE(missing.stateAt(3).error().code, ErrorCode::NotFound);
        QCOMPARE(missing.buildCheckpoints().error().code, ErrorCode::NotFound);
    }

    void stateAtTime()
    {
        TimeTravel travel(m_store, QStringLiteral("s-1"), m_reducer, 1000);
        const auto first = m_store.readStream({ .streamId = QStringLiteral("s-1"), .limit = 1 })->first();
        QCOMPARE(*travel.versionAtTime(first.recordedAtUs - 1), 0);
        QCOMPARE(*travel.versionAtTime(first.recordedAtUs), events); // one append: one time
        QCOMPARE((*travel.stateAtTime(first.recordedAtUs))->version(), events);
    }
};

QTEST_GUILESS_MAIN(TestTimeTravel)
#include "tst_timetravel.moc"
