// SPDX-License-Identifier: MIT
// One translation context for the user-facing sentences of the NATS adapter.
#pragma once

#include <QCoreApplication>

namespace sagascope::nats {

struct NatsTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeNats)
};

} // namespace sagascope::nats
