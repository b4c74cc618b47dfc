// SPDX-License-Identifier: MIT
// A sample reducer plugin, built by the tests and loaded with QPluginLoader: it counts events
// per type for streams of type "counter".
#include "reducerplugin.h"

#include <QObject>

namespace {

class CounterReducer final : public sagascope::JsonReducer
{
public:
    QString name() const override { return QStringLiteral("counter"); }
    int version() const override { return 3; }

protected:
    void applyJson(QJsonObject& state, const sagascope::RecordedEvent& event) const override
    {
        state.insert(event.eventType, state.value(event.eventType).toInt() + 1);
    }
};

} // namespace

class CounterPlugin : public QObject, public sagascope::ReducerPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SagaScopeReducerPlugin_iid)
    Q_INTERFACES(sagascope::ReducerPlugin)
public:
    QList<sagascope::ReducerOffer> reducers() const override
    {
        return { { std::make_shared<CounterReducer>(), { QStringLiteral("counter") } } };
    }
};

#include "counterplugin.moc"
