// SPDX-License-Identifier: MIT
// What the window suites read off the stream browser. Header-only so that each suite stays one
// tst_*.cpp.
#pragma once

#include "streambrowser.h"
#include "streamlistmodel.h"

#include <QStringList>

namespace sagascope::test {

// The stream ids the browser lists, in its order.
inline QStringList listedStreams(StreamBrowser* browser)
{
    QStringList ids;
    const StreamListModel* model = browser->model();
    for (int r = 0; r < model->rowCount(); ++r)
        ids.append(model->index(r, 0).data().toString());
    return ids;
}

} // namespace sagascope::test
