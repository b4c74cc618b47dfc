// SPDX-License-Identifier: MIT
#include "reducerregistry.h"

#include "coretr.h"
#include "flowreducer.h"
#include "orderreducer.h"
#include "sagareducer.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>
#include <QStandardPaths>

namespace sagascope {

ReducerRegistry::ReducerRegistry()
{
    add({ std::make_shared<SagaReducer>(), { QStringLiteral("saga"), QStringLiteral("workflow") } });
    add({ std::make_shared<OrderReducer>(), { QStringLiteral("order") } });
    add({ std::make_shared<FlowReducer>(), { QStringLiteral("flow") } });
    add({ std::make_shared<MergePatchReducer>(), {} });
}

void ReducerRegistry::add(const ReducerOffer& offer)
{
    if (!offer.reducer)
        return;
    const QString name = offer.reducer->name();
    m_byName.insert(name, offer.reducer);
    for (const QString& type : offer.streamTypes)
        m_nameByStreamType.insert(type, name);
}

std::shared_ptr<const Reducer> ReducerRegistry::forStreamType(const QString& streamType) const
{
    const auto it = m_nameByStreamType.constFind(streamType);
    return byName(it == m_nameByStreamType.cend() ? QStringLiteral("merge-patch") : *it);
}

std::shared_ptr<const Reducer> ReducerRegistry::byName(const QString& name) const
{
    return m_byName.value(name);
}

QStringList ReducerRegistry::names() const
{
    QStringList n = m_byName.keys();
    n.sort();
    return n;
}

int ReducerRegistry::loadPlugins(const QString& folder, QStringList* errors)
{
    int added = 0;
    const QDir dir(folder);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (!QLibrary::isLibrary(file))
            continue;
        QPluginLoader loader(dir.filePath(file));
        QObject* instance = loader.instance();
        auto* plugin = qobject_cast<ReducerPlugin*>(instance);
        if (!plugin) {
            if (errors)
                errors->append(
                    CoreTr::tr("%1 is not a SagaScope reducer plugin (%2).")
                        .arg(dir.filePath(file), instance ? CoreTr::tr("another interface") : loader.errorString()));
            continue;
        }
        // Loaded plugins stay loaded: their reducers may be referenced anywhere.
        for (const ReducerOffer& offer : plugin->reducers()) {
            add(offer);
            ++added;
        }
    }
    return added;
}

QStringList ReducerRegistry::defaultPluginFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("SAGASCOPE_PLUGIN_PATH");
    if (!env.isEmpty())
        folders += env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (QCoreApplication::instance())
        folders.append(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/sagascope/plugins"));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders.append(data + QStringLiteral("/sagascope/plugins"));
    return folders;
}

} // namespace sagascope
