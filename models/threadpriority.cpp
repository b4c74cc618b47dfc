// SPDX-License-Identifier: MIT
#include "threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sagascope {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to a thread; QThread::setPriority does nothing for ordinary
    // (SCHED_OTHER) threads, so the thread's own id is reniced.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    (void)::setpriority(PRIO_PROCESS, tid, 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace sagascope
