// SPDX-License-Identifier: MIT
// Owns the open store for the GUI and runs every store call on a worker thread.
#pragma once

#include <QObject>

namespace sagascope {

class StoreSession : public QObject
{
    Q_OBJECT
public:
    explicit StoreSession(QObject* parent = nullptr);
    ~StoreSession() override;
};

} // namespace sagascope
