// SPDX-License-Identifier: MIT
#include "statechanges.h"

#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace sagascope {

namespace {

// Arrays this long are compared by two threads, each taking half of the items.
constexpr qsizetype parallelItems = 20000;

QString childPath(const QString& path, const QString& token)
{
    return path + QLatin1Char('/') + token;
}

// diffStates() with an equality check before descending: the traversal and the order of the
// changes are the same (object members in key order, array items by index).
void diffInto(const QJsonValue& before, const QJsonValue& after, const QString& path, QList<StateChange>& out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        auto ia = a.constBegin();
        auto ib = b.constBegin();
        while (ia != a.constEnd() || ib != b.constEnd()) {
            if (ib == b.constEnd() || (ia != a.constEnd() && ia.key() < ib.key())) {
                out.append({ StateChange::Kind::Removed, childPath(path, jsonPointerToken(ia.key())), ia.value(),
                    QJsonValue(QJsonValue::Undefined) });
                ++ia;
            } else if (ia == a.constEnd() || ib.key() < ia.key()) {
                out.append({ StateChange::Kind::Added, childPath(path, jsonPointerToken(ib.key())),
                    QJsonValue(QJsonValue::Undefined), ib.value() });
                ++ib;
            } else {
                const QJsonValue va = ia.value();
                const QJsonValue vb = ib.value();
                if (va != vb)
                    diffInto(va, vb, childPath(path, jsonPointerToken(ia.key())), out);
                ++ia;
                ++ib;
            }
        }
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const qsizetype common = std::min(a.size(), b.size());
        const auto compare = [&a, &b, &path](qsizetype from, qsizetype to, QList<StateChange>& into) {
            for (qsizetype i = from; i < to; ++i) {
                const QJsonValue va = a.at(i);
                const QJsonValue vb = b.at(i);
                if (va != vb)
                    diffInto(va, vb, childPath(path, QString::number(i)), into);
            }
        };
        if (common >= parallelItems) {
            // The items are compared independently; the halves' changes are joined in order.
            const qsizetype half = common / 2;
            QList<StateChange> second;
            QFuture<void> job = QtConcurrent::run([&compare, half, common, &second] { compare(half, common, second); });
            compare(0, half, out);
            job.waitForFinished();
            out.append(second);
        } else {
            compare(0, common, out);
        }
        for (qsizetype i = common; i < a.size(); ++i)
            out.append({ StateChange::Kind::Removed, childPath(path, QString::number(i)), a.at(i),
                QJsonValue(QJsonValue::Undefined) });
        for (qsizetype i = common; i < b.size(); ++i)
            out.append({ StateChange::Kind::Added, childPath(path, QString::number(i)),
                QJsonValue(QJsonValue::Undefined), b.at(i) });
        return;
    }
    if (before != after)
        out.append({ StateChange::Kind::Changed, path, before, after });
}

} // namespace

QList<StateChange> changesBetween(const QJsonObject& before, const QJsonObject& after)
{
    QList<StateChange> out;
    diffInto(before, after, QString(), out);
    return out;
}

} // namespace sagascope
