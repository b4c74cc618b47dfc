// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "coretr.h"

namespace sagascope {

Result<DemoSummary> writeDemoData(EventStore&, const DemoOptions&, const std::function<void(qint64)>&)
{
    return fail(ErrorCode::Internal, CoreTr::tr("The demo data generator is not available in this build."));
}

} // namespace sagascope
