// SPDX-License-Identifier: MIT
#include "statediff.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sagascope {

namespace {

void diffInto(const QJsonValue& before, const QJsonValue& after, const QString& path, QList<StateChange>& out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        // Both key lists are sorted: merge them.
        auto ia = a.constBegin();
        auto ib = b.constBegin();
        while (ia != a.constEnd() || ib != b.constEnd()) {
            if (ib == b.constEnd() || (ia != a.constEnd() && ia.key() < ib.key())) {
                out.append({ StateChange::Kind::Removed, path + QLatin1Char('/') + jsonPointerToken(ia.key()),
                    ia.value(), QJsonValue(QJsonValue::Undefined) });
                ++ia;
            } else if (ia == a.constEnd() || ib.key() < ia.key()) {
                out.append({ StateChange::Kind::Added, path + QLatin1Char('/') + jsonPointerToken(ib.key()),
                    QJsonValue(QJsonValue::Undefined), ib.value() });
                ++ib;
            } else {
                diffInto(ia.value(), ib.value(), path + QLatin1Char('/') + jsonPointerToken(ia.key()), out);
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
        for (qsizetype i = 0; i < common; ++i)
            diffInto(a.at(i), b.at(i), path + QLatin1Char('/') + QString::number(i), out);
        for (qsizetype i = common; i < a.size(); ++i)
            out.append({ StateChange::Kind::Removed, path + QLatin1Char('/') + QString::number(i), a.at(i),
                QJsonValue(QJsonValue::Undefined) });
        for (qsizetype i = common; i < b.size(); ++i)
            out.append({ StateChange::Kind::Added, path + QLatin1Char('/') + QString::number(i),
                QJsonValue(QJsonValue::Undefined), b.at(i) });
        return;
    }
    if (before != after)
        out.append({ StateChange::Kind::Changed, path, before, after });
}

} // namespace

QList<StateChange> diffStates(const QJsonValue& before, const QJsonValue& after)
{
    QList<StateChange> out;
    diffInto(before, after, QString(), out);
    return out;
}

QString jsonPointerToken(const QString& key)
{
    QString t = key;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

QString stateChangeKindName(StateChange::Kind kind)
{
    switch (kind) {
    case StateChange::Kind::Added:
        return QStringLiteral("added");
    case StateChange::Kind::Removed:
        return QStringLiteral("removed");
    case StateChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

} // namespace sagascope
