// SPDX-License-Identifier: MIT
#include "categorypalette.h"
#include "memoryeventstore.h"
#include "sagafixture.h"
#include "sagareducer.h"
#include "statechanges.h"
#include "statediff.h"
#include "statetreemodel.h"
#include "timetravel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sagascope;

namespace {

QJsonObject object(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto& [k, v] : members)
        o.insert(k, v);
    return o;
}

QModelIndex childNamed(const QAbstractItemModel& model, const QModelIndex& parent, const QString& key)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, StateTreeModel::KeyColumn, parent);
        if (i.data().toString() == key)
            return i;
    }
    return {};
}

int change(const QModelIndex& index)
{
    return index.data(StateTreeModel::ChangeRole).toInt();
}

} // namespace

class TestStateTreeModel : public QObject
{
    Q_OBJECT

    const QJsonObject m_before = object({
        { QStringLiteral("status"), QStringLiteral("running") },
        { QStringLiteral("activities"),
            QJsonArray { object({ { QStringLiteral("id"), QStringLiteral("a") },
                { QStringLiteral("status"), QStringLiteral("started") }, { QStringLiteral("attempt"), 1 } }) } },
        { QStringLiteral("tags"), object({ { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 2 } }) },
        { QStringLiteral("old"), 5 },
        { QStringLiteral("a/b"), QStringLiteral("slash") },
    });
    const QJsonObject m_after = object({
        { QStringLiteral("status"), QStringLiteral("completed") },
        { QStringLiteral("activities"),
            QJsonArray {
                object({ { QStringLiteral("id"), QStringLiteral("a") },
                    { QStringLiteral("status"), QStringLiteral("completed") }, { QStringLiteral("attempt"), 1 } }),
                object({ { QStringLiteral("id"), QStringLiteral("b") },
                    { QStringLiteral("status"), QStringLiteral("scheduled") } }) } },
        { QStringLiteral("tags"), object({ { QStringLiteral("x"), 1 } }) },
        { QStringLiteral("new"), true },
        { QStringLiteral("a/b"), QStringLiteral("slash!") },
    });

private Q_SLOTS:
    void diffRolesMarkWhatChanged()
    {
        StateTreeModel model;
        // Testers attached before anything is shown, directly and through a proxy.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(StateTreeModel::SortRole);
        proxy.sort(StateTreeModel::KeyColumn);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<StateChange> changes = diffStates(m_before, m_after);
        model.setState(m_after, changes);
        QCOMPARE(model.changeCount(), changes.size());

        // The root lists the new members and keeps the removed one as a row of its own.
        const QModelIndex status = childNamed(model, {}, QStringLiteral("status"));
        QCOMPARE(change(status), int(StateTreeModel::Changed));
        QCOMPARE(status.siblingAtColumn(StateTreeModel::ValueColumn).data().toString(), QStringLiteral("completed"));
        QCOMPARE(status.data(StateTreeModel::OldValueRole).toString(), QStringLiteral("\"running\""));
        QVERIFY(status.siblingAtColumn(StateTreeModel::ValueColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("running")));
        QColor tint = stateChangeColor(StateChange::Kind::Changed);
        tint.setAlpha(56);
        QCOMPARE(status.data(Qt::BackgroundRole).value<QColor>(), tint);

        const QModelIndex removed = childNamed(model, {}, QStringLiteral("old"));
        QVERIFY(removed.isValid());
        QCOMPARE(change(removed), int(StateTreeModel::Removed));
        QCOMPARE(removed.data(StateTreeModel::OldValueRole).toString(), QStringLiteral("5"));
        QVERIFY(removed.data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(change(childNamed(model, {}, QStringLiteral("new"))), int(StateTreeModel::Added));
        QCOMPARE(change(childNamed(model, {}, QStringLiteral("a/b"))), int(StateTreeModel::Changed));
        QCOMPARE(childNamed(model, {}, QStringLiteral("a/b")).data(StateTreeModel::PathRole).toString(),
            QStringLiteral("/a~1b"));
        QCOMPARE(model.rowCount(), 6); // status, activities, tags, new, a/b, and the removed "old"

        // Ancestors know how many changes are below them; unchanged leaves stay unmarked.
        const QModelIndex activities = childNamed(model, {}, QStringLiteral("activities"));
        QCOMPARE(change(activities), int(StateTreeModel::Unchanged));
        QVERIFY(activities.data(StateTreeModel::ContainsChangesRole).toBool());
        QCOMPARE(activities.data(StateTreeModel::ChangesBelowRole).toInt(), 2);
        QVERIFY(activities.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.rowCount(activities), 2);
        const QModelIndex first = model.index(0, 0, activities);
        QCOMPARE(change(childNamed(model, first, QStringLiteral("status"))), int(StateTreeModel::Changed));
        QCOMPARE(change(childNamed(model, first, QStringLiteral("attempt"))), int(StateTreeModel::Unchanged));
        QVERIFY(
            !childNamed(model, first, QStringLiteral("attempt")).data(StateTreeModel::ContainsChangesRole).toBool());
        // Everything inside an added item is added.
        const QModelIndex second = model.index(1, 0, activities);
        QCOMPARE(change(second), int(StateTreeModel::Added));
        QCOMPARE(change(childNamed(model, second, QStringLiteral("id"))), int(StateTreeModel::Added));

        const QModelIndex tags = childNamed(model, {}, QStringLiteral("tags"));
        QCOMPARE(model.rowCount(tags), 2);
        QCOMPARE(change(childNamed(model, tags, QStringLiteral("x"))), int(StateTreeModel::Unchanged));
        QCOMPARE(change(childNamed(model, tags, QStringLiteral("y"))), int(StateTreeModel::Removed));

        // Paths lead to nodes, also through array items and escaped keys.
        QCOMPARE(model.indexOfPath(QStringLiteral("/activities/0/status")).data(StateTreeModel::PathRole).toString(),
            QStringLiteral("/activities/0/status"));
        QCOMPARE(change(model.indexOfPath(QStringLiteral("/tags/y"))), int(StateTreeModel::Removed));
        QCOMPARE(change(model.indexOfPath(QStringLiteral("/a~1b"))), int(StateTreeModel::Changed));
        QVERIFY(!model.indexOfPath(QStringLiteral("/activities/7")).isValid());
        QVERIFY(!model.indexOfPath(QStringLiteral("/nope")).isValid());

        // The proxy sees the same roles.
        const QModelIndex viaProxy = proxy.mapFromSource(status);
        QCOMPARE(change(viaProxy), int(StateTreeModel::Changed));

        // Without changes nothing is marked.
        model.setState(m_after, {});
        QCOMPARE(change(childNamed(model, {}, QStringLiteral("status"))), int(StateTreeModel::Unchanged));
        QVERIFY(!childNamed(model, {}, QStringLiteral("old")).isValid());
        QCOMPARE(model.rowCount(), 5);
    }

    void valuesAreShownAsJson()
    {
        StateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray many;
        for (int i = 0; i < 20; ++i)
            many.append(i);
        model.setState(object({ { QStringLiteral("n"), 3 }, { QStringLiteral("f"), 1.5 },
            { QStringLiteral("b"), false }, { QStringLiteral("z"), QJsonValue::Null },
            { QStringLiteral("few"), QJsonArray { 1, QStringLiteral("x") } }, { QStringLiteral("many"), many } }));
        const auto value = [&model](const QString& key) {
            return childNamed(model, {}, key).siblingAtColumn(StateTreeModel::ValueColumn).data().toString();
        };
        QCOMPARE(value(QStringLiteral("n")), QStringLiteral("3"));
        QCOMPARE(value(QStringLiteral("f")), QStringLiteral("1.5"));
        QCOMPARE(value(QStringLiteral("b")), QStringLiteral("false"));
        QCOMPARE(value(QStringLiteral("z")), QStringLiteral("null"));
        QCOMPARE(value(QStringLiteral("few")), QStringLiteral("[1,\"x\"]"));
        // Long arrays are counted, not listed ("[20 items]" once translated).
        QVERIFY(value(QStringLiteral("many")).startsWith(QStringLiteral("[20 item")));
    }

    void largeArraysCostOnlyWhatIsShown()
    {
        QJsonArray items;
        for (int i = 0; i < 200000; ++i)
            items.append(object({ { QStringLiteral("i"), i } }));
        StateTreeModel model;
        QElapsedTimer timer;
        timer.start();
        model.setState(object({ { QStringLiteral("items"), items } }));
        const QModelIndex array = childNamed(model, {}, QStringLiteral("items"));
        QCOMPARE(model.rowCount(array), 200000);
        const QModelIndex item = model.index(150000, 0, array);
        QCOMPARE(item.data().toString(), QStringLiteral("[150000]"));
        QCOMPARE(model.indexOfPath(QStringLiteral("/items/199999/i")).siblingAtColumn(1).data().toString(),
            QStringLiteral("199999"));
        // Rows are made on demand: listing 200 000 items must not build 200 000 nodes' text.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // changesBetween() must be diffStates() with the equal parts skipped: same changes, same order.
    void changesBetweenEqualsDiffStates()
    {
        MemoryEventStore store;
        QVERIFY(test::appendSmallSaga(store, QStringLiteral("saga-1")));
        TimeTravel travel(store, QStringLiteral("saga-1"), std::make_shared<SagaReducer>(), 4);
        const qint64 last = test::smallSaga().size();
        QList<QJsonObject> states;
        for (qint64 v = 0; v <= last; ++v)
            states.append((*travel.stateAt(v))->toJson());
        int compared = 0;
        for (qint64 a = 0; a <= last; ++a) {
            for (qint64 b = 0; b <= last; ++b) {
                const QList<StateChange> expected = diffStates(states[a], states[b]);
                QCOMPARE(changesBetween(states[a], states[b]), expected);
                compared += expected.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(compared > 300);
    }
};

QTEST_MAIN(TestStateTreeModel)
#include "tst_statetreemodel.moc"
