// SPDX-License-Identifier: MIT
// One translation context for the engine's user-facing sentences (it has no QObjects).
#pragma once

#include <QCoreApplication>

namespace sagascope {

struct CoreTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeEngine)
};

} // namespace sagascope
