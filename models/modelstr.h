// SPDX-License-Identifier: MIT
// One translation context for the user-visible text of models/ code that is not a QObject.
#pragma once

#include <QCoreApplication>

namespace sagascope {

struct ModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeModels)
};

} // namespace sagascope
