// SPDX-License-Identifier: MIT
#include "statechanges.h"

#include <QJsonArray>

namespace sagascope {

namespace {

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
        for (qsizetype i = 0; i < common; ++i) {
            const QJsonValue va = a.at(i);
            const QJsonValue vb = b.at(i);
            if (va != vb)
                diffInto(va, vb, childPath(path, QString::number(i)), out);
        }
        for (qsizetype i = common; i < a.size(); ++i)
            out.append({ StateChange::Kind::Removed, childPath(path, QString::number(i)), a.at(i),
                QJsonValue(QJsonValue::Undefined) });
        for (qsizetype i = common; i < b.size(); ++i)
            out.append({ StateChange::Kind::Added, childPath(path, QString::number(i)), QJsonValue(QJsonValue::Undefined),
                b.at(i) });
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
