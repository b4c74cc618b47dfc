// SPDX-License-Identifier: MIT
// One translation context for every sentence sagascope-cli prints (it has no QObjects).
#pragma once

#include <QCoreApplication>

namespace sagascope::cli {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(SagaScopeCli)
};

} // namespace sagascope::cli
