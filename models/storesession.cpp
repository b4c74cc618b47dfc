// SPDX-License-Identifier: MIT
#include "storesession.h"

namespace sagascope {

StoreSession::StoreSession(QObject* parent)
    : QObject(parent)
{
}

StoreSession::~StoreSession() = default;

} // namespace sagascope
