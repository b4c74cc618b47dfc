// SPDX-License-Identifier: MIT
// Background threads of the window (the signal feed, NATS I/O) yield to the GUI thread: under a
// flood they would otherwise take their full share of two cores and leave the GUI thread waiting
// for the CPU, a stall the user feels although the GUI thread itself has little to do.
#pragma once

namespace sagascope {

// Lowers the calling thread's scheduling priority (Linux: nice +10 for this thread only). Threads
// it creates afterwards (nats.c's delivery and read threads) inherit it. Harmless where not supported.
void lowerCurrentThreadPriority();

} // namespace sagascope
