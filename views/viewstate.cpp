// SPDX-License-Identifier: MIT
#include "viewstate.h"

#include <QHeaderView>
#include <QSettings>

namespace sagascope {

namespace {

QString keyFor(const QHeaderView* header)
{
    return QStringLiteral("headers/") + header->objectName();
}

} // namespace

void saveHeaderStates(const QWidget* root, QSettings& settings)
{
    const auto headers = root->findChildren<QHeaderView*>();
    for (const QHeaderView* header : headers) {
        if (!header->objectName().isEmpty())
            settings.setValue(keyFor(header), header->saveState());
    }
}

void restoreHeaderStates(QWidget* root, const QSettings& settings)
{
    const auto headers = root->findChildren<QHeaderView*>();
    for (QHeaderView* header : headers) {
        if (header->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(keyFor(header)).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    }
}

} // namespace sagascope
