// SPDX-License-Identifier: MIT
// One business case of the demo data set: an order aggregate (seed 001), the checkout saga that
// drives it (seed 000's history events) and the fulfilment flow the saga starts as a child
// (seed 003's flow events), linked by one correlation id and by causation ids across streams.
#pragma once

#include "demostream.h"

namespace sagascope::demo {

// Which of a case's three streams are part of the data set (the last case of a data set whose
// stream count is not a multiple of three is partial). Leaving a stream out never changes the
// content of the others, so data sets of different sizes agree on every stream they share.
struct DemoCaseStreams
{
    bool order = true;
    bool saga = true;
    bool flow = true;
};

// How a case ends. Chosen by case number (a fixed rotation), so even a small data set shows each.
enum class DemoOutcome
{
    Shipped,
    CancelledOutOfStock,
    CancelledByCustomer,
    Open, // still in fulfilment: no terminal event anywhere
};

DemoOutcome demoOutcome(int caseNumber);

// The schema version of a case's OrderPlaced: 1 (euro amounts, {sku, name, qty, price} items) for
// every fifth order starting with order-0002, so that even a small data set holds both versions of
// one event type and upcasting has something to do; 2 (cents, currency) for the others.
int demoOrderPlacedSchema(int caseNumber);

QString demoOrderStreamId(int caseNumber); // order-0001
QString demoSagaStreamId(int caseNumber); // saga-checkout-0001
QString demoFlowStreamId(int caseNumber); // flow-0001
// The correlation id shared by the three streams of a case.
QString demoCorrelationId(quint32 seed, int caseNumber);

// Appends the events of case `caseNumber` (1-based) to `out`, in business-time order.
void generateDemoCase(quint32 seed, int caseNumber, const DemoCaseStreams& streams, QList<DemoEvent>& out);

} // namespace sagascope::demo
