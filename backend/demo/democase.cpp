// SPDX-License-Identifier: MIT
#include "democase.h"

#include "demorandom.h"
#include "flowreducer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace sagascope::demo {

namespace {

constexpr qint64 msUs = 1000;
constexpr qint64 secondUs = 1000 * msUs;
constexpr qint64 minuteUs = 60 * secondUs;

struct Product
{
    QString sku;
    QString name;
    int priceCents;
};

struct City
{
    QString street;
    QString city;
    QString country;
    QString postalCode;
    QString warehouse;
};

const QList<Product>& products()
{
    static const QList<Product> list {
        { u"SKU-1001"_s, u"Espresso grinder"_s, 12900 },
        { u"SKU-1002"_s, u"Pour-over kettle"_s, 4900 },
        { u"SKU-1003"_s, u"Ceramic dripper"_s, 2400 },
        { u"SKU-1004"_s, u"Paper filters (100)"_s, 650 },
        { u"SKU-1005"_s, u"Coffee beans, Ethiopia 1 kg"_s, 3200 },
        { u"SKU-1006"_s, u"Coffee beans, Colombia 1 kg"_s, 2900 },
        { u"SKU-1007"_s, u"Milk frother"_s, 3900 },
        { u"SKU-1008"_s, u"Glass carafe"_s, 2700 },
        { u"SKU-1009"_s, u"Digital scale"_s, 3500 },
        { u"SKU-1010"_s, u"Travel mug"_s, 1900 },
        { u"SKU-1011"_s, u"Cleaning tablets"_s, 1200 },
        { u"SKU-1012"_s, u"Barista apron"_s, 2200 },
    };
    return list;
}

const QList<City>& cities()
{
    static const QList<City> list {
        { u"Calle Mayor"_s, u"Madrid"_s, u"ES"_s, u"28013"_s, u"WH-MAD-1"_s },
        { u"Torstraße"_s, u"Berlin"_s, u"DE"_s, u"10115"_s, u"WH-BER-2"_s },
        { u"Rue de la République"_s, u"Lyon"_s, u"FR"_s, u"69002"_s, u"WH-LYS-1"_s },
        { u"Rua de Santa Catarina"_s, u"Porto"_s, u"PT"_s, u"4050-011"_s, u"WH-MAD-1"_s },
        { u"Via Dante"_s, u"Milano"_s, u"IT"_s, u"20121"_s, u"WH-LYS-1"_s },
        { u"ulica Floriańska"_s, u"Kraków"_s, u"PL"_s, u"31-001"_s, u"WH-BER-2"_s },
        { u"Kungsgatan"_s, u"Göteborg"_s, u"SE"_s, u"411 01"_s, u"WH-BER-2"_s },
        { u"Oudegracht"_s, u"Utrecht"_s, u"NL"_s, u"3511 AB"_s, u"WH-BER-2"_s },
    };
    return list;
}

const QList<QString> firstNames { u"Ana"_s, u"Bruno"_s, u"Chloé"_s, u"Dmitri"_s, u"Elif"_s, u"Farid"_s, u"Grace"_s,
    u"Hiro"_s, u"Inés"_s, u"Jonas"_s, u"Kavya"_s, u"Lars"_s, u"Maya"_s, u"Nico"_s, u"Olga"_s, u"Pablo"_s, u"Quinn"_s,
    u"Rosa"_s, u"Sven"_s, u"Tomás"_s, u"Uma"_s, u"Viktor"_s, u"Wen"_s, u"Yara"_s, u"Zoë"_s };
const QList<QString> lastNames { u"García"_s, u"Müller"_s, u"Dubois"_s, u"Rossi"_s, u"Kowalski"_s, u"Andersson"_s,
    u"de Vries"_s, u"Silva"_s, u"Yılmaz"_s, u"Novák"_s, u"O'Brien"_s, u"Tanaka"_s, u"Okafor"_s, u"Lindqvist"_s };
const QList<QString> tiers { u"standard"_s, u"standard"_s, u"standard"_s, u"silver"_s, u"gold"_s };
const QList<QString> carriers { u"DHL"_s, u"UPS"_s, u"GLS"_s, u"PostNL"_s, u"Correos"_s };
const QList<QString> transientErrors { u"connection reset by peer"_s, u"HTTP 503 from the payment gateway"_s,
    u"deadline exceeded after 30 s"_s, u"card processor timeout"_s };

const QStringList flowSteps { u"validate"_s, u"pick"_s, u"pack"_s, u"label"_s, u"handover"_s };
const QStringList flowArtifactKinds { u"validated-order"_s, u"pick-list"_s, u"parcel"_s, u"shipping-label"_s,
    u"handover-receipt"_s };
const QString flowEngineVersion = u"2.3.1"_s;

const QString checkoutQueue = u"checkout"_s;
const QString fulfilmentQueue = u"fulfilment"_s;
const QString sagaEngine = u"saga-engine"_s;
const QString flowEngine = u"fulfilment-engine"_s;

// OrderPlaced as schema 1 had it, before money moved to cents: euro amounts, line items as
// {sku, name, qty, price}, only the total and no currency. Built from the schema 2 payload, so
// upcasting it (backend/core/upcasters.cpp) gives back the same items, total and currency.
QJsonObject orderPlacedV1(const QJsonObject& v2)
{
    QJsonObject v1 = v2;
    QJsonArray items;
    for (const QJsonValue& value : v2.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        items.append(QJsonObject { { u"sku"_s, item.value(u"sku"_s) }, { u"name"_s, item.value(u"name"_s) },
            { u"qty"_s, item.value(u"quantity"_s) },
            { u"price"_s, double(item.value(u"unit_price_cents"_s).toInteger()) / 100.0 } });
    }
    v1.insert(u"items"_s, items);
    v1.insert(u"total"_s, double(v2.value(u"total_cents"_s).toInteger()) / 100.0);
    for (const QString& key :
        { u"subtotal_cents"_s, u"shipping_cents"_s, u"tax_cents"_s, u"total_cents"_s, u"currency"_s })
        v1.remove(key);
    return v1;
}

// Runs one case as a script: a single business clock moves forward through the order, the saga
// and the flow, so every cause is generated (and later written) before its effects.
class CaseScript
{
public:
    CaseScript(quint32 seed, int caseNumber, const DemoCaseStreams& streams, QList<DemoEvent>& out)
        : m_seed(seed)
        , m_number(caseNumber)
        , m_rng(DemoRandom::forPart(seed, 1, quint64(caseNumber)))
        , m_order(seed, demoOrderStreamId(caseNumber), u"order"_s, streams.order ? &out : nullptr)
        , m_saga(seed, demoSagaStreamId(caseNumber), u"saga"_s, streams.saga ? &out : nullptr)
        , m_flow(seed, demoFlowStreamId(caseNumber), u"flow"_s, streams.flow ? &out : nullptr)
    {
        m_trace.correlationId = demoCorrelationId(seed, caseNumber);
        m_trace.traceId = demoTraceId(seed, u"case/"_s + QString::number(caseNumber));
    }

    void run();

private:
    void wait(qint64 minMs, qint64 maxMs) { m_t += m_rng.between(minMs, maxMs) * msUs; }
    QString now() const { return isoFromUs(m_t); }
    QString worker() { return u"worker:checkout-"_s + QString::number(m_rng.betweenInt(1, 4)); }

    QUuid saga(const QString& type, const QJsonObject& payload, const QUuid& cause, const QString& actor = sagaEngine)
    {
        return m_saga.add(m_t, type, payload, m_trace.metadata(actor, cause, checkoutQueue));
    }
    QUuid saga(const QString& type, const QJsonObject& payload, const QJsonObject& metadata)
    {
        return m_saga.add(m_t, type, payload, metadata);
    }
    QUuid flow(const QString& type, const QJsonObject& payload, const QUuid& cause)
    {
        return m_flow.add(m_t, type, payload, m_trace.metadata(flowEngine, cause, fulfilmentQueue));
    }
    QUuid order(const QString& type, const QJsonObject& payload, const QUuid& cause)
    {
        return m_order.add(m_t, type, payload, m_trace.metadata(u"saga:"_s + m_saga.streamId(), cause));
    }

    QUuid placeOrder();
    QUuid runActivity(
        const QString& activityType, int failures, bool failsForGood, const QJsonObject& result, const QUuid& cause);
    QUuid runLocalActivity(const QString& activityType, const QJsonObject& result, const QUuid& cause);
    QUuid awaitPayment(const QUuid& charged);
    QUuid maybeUpdate(const QUuid& cause);
    QUuid issueOrderCommand(const QString& command, const QJsonObject& input, const QString& eventType,
        const QJsonObject& eventPayload, const QUuid& cause);

    quint32 m_seed;
    int m_number;
    DemoRandom m_rng;
    DemoStream m_order;
    DemoStream m_saga;
    DemoStream m_flow;
    DemoTrace m_trace;
    qint64 m_t = 0;
    int m_activityCounter = 0;
    int m_commandCounter = 0;

    // The order as placed, used by later events.
    QString m_customerId;
    QString m_customerActor;
    QJsonArray m_items;
    qint64 m_totalCents = 0;
    City m_city;
};

QUuid CaseScript::placeOrder()
{
    m_customerId = u"cust-%1"_s.arg(m_rng.betweenInt(1, 480), 4, 10, QLatin1Char('0'));
    m_customerActor = u"customer:"_s + m_customerId;
    m_city = m_rng.pick(cities());
    const QString first = m_rng.pick(firstNames);
    const QString last = m_rng.pick(lastNames);

    qint64 subtotal = 0;
    const int lines = m_rng.betweenInt(1, 4);
    QList<int> used;
    for (int i = 0; i < lines; ++i) {
        int index = m_rng.betweenInt(0, int(products().size()) - 1);
        while (used.contains(index))
            index = (index + 1) % int(products().size());
        used.append(index);
        const Product& p = products().at(index);
        const int quantity = p.priceCents < 1000 ? m_rng.betweenInt(2, 6) : m_rng.betweenInt(1, 2);
        const qint64 lineTotal = qint64(quantity) * p.priceCents;
        subtotal += lineTotal;
        m_items.append(QJsonObject { { u"sku"_s, p.sku }, { u"name"_s, p.name }, { u"quantity"_s, quantity },
            { u"unit_price_cents"_s, p.priceCents }, { u"line_total_cents"_s, lineTotal } });
    }
    const qint64 shipping = subtotal >= 5000 ? 0 : 495;
    const qint64 tax = (subtotal + shipping) * 21 / 100;
    m_totalCents = subtotal + shipping + tax;

    const QJsonObject placed {
        { u"order_id"_s, m_order.streamId() },
        { u"customer_id"_s, m_customerId },
        { u"customer"_s,
            QJsonObject { { u"name"_s, QString(first + QLatin1Char(' ') + last) },
                { u"email"_s,
                    QString(first.toLower()
                                .normalized(QString::NormalizationForm_KD)
                                .remove(QRegularExpression(u"[^a-z]"_s))
                        + QLatin1Char('.') + m_customerId + u"@example.com"_s) },
                { u"tier"_s, m_rng.pick(tiers) } } },
        { u"items"_s, m_items },
        { u"subtotal_cents"_s, subtotal },
        { u"shipping_cents"_s, shipping },
        { u"tax_cents"_s, tax },
        { u"total_cents"_s, m_totalCents },
        { u"currency"_s, u"EUR"_s },
        { u"shipping_address"_s,
            QJsonObject {
                { u"street"_s, QString(m_city.street + QLatin1Char(' ') + QString::number(m_rng.betweenInt(1, 180))) },
                { u"city"_s, m_city.city }, { u"postal_code"_s, m_city.postalCode },
                { u"country"_s, m_city.country } } },
        { u"placed_at"_s, now() },
    };
    // The payment provider's reference is an unsigned 64-bit number: a JSON double cannot hold it
    // exactly, which is what the inspector's exact payload display is for.
    const quint64 paymentRef = 10000000000000000000ULL + m_rng.next() % 8000000000000000000ULL;
    const int schema = demoOrderPlacedSchema(m_number);
    return m_order.addText(m_t, u"OrderPlaced"_s,
        jsonWithRawNumber(schema == 1 ? orderPlacedV1(placed) : placed, QLatin1StringView("payment_ref"),
            QByteArray::number(paymentRef)),
        m_trace.metadata(m_customerActor, {}), schema);
}

QUuid CaseScript::runActivity(
    const QString& activityType, int failures, bool failsForGood, const QJsonObject& result, const QUuid& cause)
{
    const QString activityId = QString::number(++m_activityCounter);
    wait(20, 400);
    const QUuid scheduled = saga(u"ActivityTaskScheduled"_s,
        QJsonObject { { u"activity_id"_s, activityId }, { u"activity_type"_s, activityType },
            { u"task_queue"_s, checkoutQueue }, { u"schedule_to_close_timeout_s"_s, 600 },
            { u"start_to_close_timeout_s"_s, 60 },
            { u"retry_policy"_s,
                QJsonObject { { u"initial_interval_s"_s, 1 }, { u"backoff_coefficient"_s, 2 },
                    { u"maximum_attempts"_s, failsForGood ? failures + 1 : 5 } } } },
        cause);
    const qint64 scheduledVersion = m_saga.version();
    QUuid last = scheduled;
    const int attempts = failures + 1;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        wait(attempt == 1 ? 10 : 1000 << (attempt - 2), attempt == 1 ? 300 : 1500 << (attempt - 2));
        const QString identity = worker();
        QJsonObject metadata = m_trace.metadata(identity, last, checkoutQueue);
        metadata.insert(meta::parentEventId, uuidText(scheduled));
        if (attempt > 1)
            metadata.insert(meta::retry, true);
        last = saga(u"ActivityTaskStarted"_s,
            QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                { u"attempt"_s, attempt }, { u"identity"_s, identity } },
            metadata);
        const qint64 startedVersion = m_saga.version();
        wait(40, 2500);
        metadata.insert(meta::causationId, uuidText(last));
        const bool failed = attempt <= failures || (failsForGood && attempt == attempts);
        if (failed) {
            const bool final = failsForGood && attempt == attempts;
            last = saga(u"ActivityTaskFailed"_s,
                QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                    { u"started_event_version"_s, startedVersion }, { u"attempt"_s, attempt },
                    { u"failure"_s,
                        QJsonObject { { u"message"_s, m_rng.pick(transientErrors) },
                            { u"type"_s, u"ApplicationError"_s }, { u"non_retryable"_s, final } } } },
                metadata);
        } else {
            last = saga(u"ActivityTaskCompleted"_s,
                QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
                    { u"started_event_version"_s, startedVersion }, { u"attempt"_s, attempt },
                    { u"result"_s, result } },
                metadata);
        }
    }
    return last;
}

QUuid CaseScript::runLocalActivity(const QString& activityType, const QJsonObject& result, const QUuid& cause)
{
    const QString activityId = QString::number(++m_activityCounter);
    wait(5, 50);
    const QUuid scheduled = saga(u"LocalActivityScheduled"_s,
        QJsonObject { { u"activity_id"_s, activityId }, { u"activity_type"_s, activityType }, { u"attempt"_s, 1 } },
        cause);
    const qint64 scheduledVersion = m_saga.version();
    wait(1, 20);
    const QUuid started = saga(u"LocalActivityStarted"_s,
        QJsonObject {
            { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion }, { u"attempt"_s, 1 } },
        scheduled);
    wait(5, 120);
    return saga(u"LocalActivityCompleted"_s,
        QJsonObject { { u"activity_id"_s, activityId }, { u"scheduled_event_version"_s, scheduledVersion },
            { u"attempt"_s, 1 }, { u"result"_s, result } },
        started);
}

// The payment provider confirms by webhook (a signal), or the saga's timer fires first and it asks.
QUuid CaseScript::awaitPayment(const QUuid& charged)
{
    wait(5, 60);
    const QString timerId = u"payment-confirmation"_s;
    const QUuid created = saga(
        u"TimerCreated"_s, QJsonObject { { u"timer_id"_s, timerId }, { u"start_to_fire_timeout_s"_s, 900 } }, charged);
    const qint64 timerVersion = m_saga.version();
    if (m_rng.chance(70)) {
        wait(4000, 240000);
        const QUuid signal = saga(u"SignalReceived"_s,
            QJsonObject { { u"signal_name"_s, u"payment-confirmed"_s }, { u"identity"_s, u"psp-webhook"_s },
                { u"input"_s, QJsonObject { { u"order_id"_s, m_order.streamId() }, { u"status"_s, u"captured"_s } } } },
            charged, u"psp:webhook"_s);
        wait(5, 80);
        return saga(u"TimerCanceled"_s,
            QJsonObject { { u"timer_id"_s, timerId }, { u"started_event_version"_s, timerVersion } }, signal);
    }
    m_t += 900 * secondUs;
    const QUuid fired = saga(u"TimerFired"_s,
        QJsonObject { { u"timer_id"_s, timerId }, { u"started_event_version"_s, timerVersion } }, created);
    return runActivity(u"QueryPaymentStatus"_s, 0, false, QJsonObject { { u"status"_s, u"captured"_s } }, fired);
}

// Some customers change the shipping address while the order is being prepared.
QUuid CaseScript::maybeUpdate(const QUuid& cause)
{
    const int roll = m_rng.betweenInt(0, 99);
    if (roll >= 45)
        return cause;
    wait(30000, 600000);
    const QString updateId = uuidText(demoUuid(m_seed, u"update/"_s + QString::number(m_number)));
    const City& city = m_rng.pick(cities());
    const QJsonObject input { { u"city"_s, city.city }, { u"country"_s, city.country },
        { u"postal_code"_s, city.postalCode } };
    const QJsonObject request { { u"update_id"_s, updateId }, { u"name"_s, u"ChangeShippingAddress"_s },
        { u"input"_s, input } };
    if (roll < 8) {
        QJsonObject rejected = request;
        rejected.insert(u"failure"_s,
            QJsonObject {
                { u"message"_s, u"the address is outside the delivery zone"_s }, { u"type"_s, u"ValidationError"_s } });
        return saga(u"UpdateRejected"_s, rejected, cause, m_customerActor);
    }
    const QUuid validated = saga(u"UpdateValidated"_s, request, cause, m_customerActor);
    wait(5, 50);
    const QUuid accepted = saga(u"UpdateAccepted"_s,
        QJsonObject { { u"update_id"_s, updateId }, { u"name"_s, u"ChangeShippingAddress"_s } }, validated);
    wait(20, 400);
    return saga(u"UpdateCompleted"_s,
        QJsonObject { { u"update_id"_s, updateId }, { u"name"_s, u"ChangeShippingAddress"_s },
            { u"result"_s, QJsonObject { { u"shipping_address"_s, input } } } },
        accepted);
}

// The saga changes the order only through commands the order aggregate validates (seed 001:
// only a placed order can be shipped or cancelled); the resulting event is caused by the command.
QUuid CaseScript::issueOrderCommand(const QString& command, const QJsonObject& input, const QString& eventType,
    const QJsonObject& eventPayload, const QUuid& cause)
{
    const QString commandId = u"cmd-%1-%2"_s.arg(m_number, 4, 10, QLatin1Char('0')).arg(++m_commandCounter);
    wait(10, 200);
    const QUuid issued = saga(u"CommandIssued"_s,
        QJsonObject { { u"command_id"_s, commandId }, { u"command"_s, command },
            { u"target_stream"_s, m_order.streamId() }, { u"input"_s, input } },
        cause);
    wait(5, 120);
    const QUuid applied = order(eventType, eventPayload, issued);
    wait(2, 40);
    return saga(u"CommandCompleted"_s,
        QJsonObject { { u"command_id"_s, commandId }, { u"command"_s, command },
            { u"result"_s, QJsonObject { { u"order_version"_s, m_order.version() } } } },
        applied);
}

void CaseScript::run()
{
    const DemoOutcome outcome = demoOutcome(m_number);
    m_t = demoEpochUs() + qint64(m_number - 1) * 11 * minuteUs + m_rng.between(0, 300) * secondUs;

    const QUuid placed = placeOrder();
    const QString orderId = m_order.streamId();
    const QString flowId = m_flow.streamId();

    wait(200, 2000);
    const QUuid started = saga(u"WorkflowExecutionStarted"_s,
        QJsonObject { { u"workflow_id"_s, m_saga.streamId() }, { u"workflow_type"_s, u"CheckoutWorkflow"_s },
            { u"run_id"_s, uuidText(demoUuid(m_seed, u"run/"_s + m_saga.streamId())) },
            { u"task_queue"_s, checkoutQueue }, { u"execution_timeout_s"_s, 86400 }, { u"attempt"_s, 1 },
            { u"input"_s,
                QJsonObject { { u"order_id"_s, orderId }, { u"customer_id"_s, m_customerId },
                    { u"total_cents"_s, m_totalCents } } } },
        placed);
    wait(5, 50);
    QUuid last = saga(u"SearchAttributesUpserted"_s,
        QJsonObject { { u"search_attributes"_s,
            QJsonObject { { u"CustomerId"_s, m_customerId }, { u"OrderId"_s, orderId },
                { u"OrderTotal"_s, m_totalCents }, { u"CheckoutStatus"_s, u"started"_s } } } },
        started);
    last = runLocalActivity(u"ValidateAddress"_s,
        QJsonObject { { u"valid"_s, true }, { u"normalized_city"_s, m_city.city.toUpper() } }, last);

    const QString reservationId = uuidText(demoUuid(m_seed, u"reservation/"_s + orderId));
    last = runActivity(u"ReserveInventory"_s, m_rng.chance(12) ? 1 : 0, false,
        QJsonObject { { u"reservation_id"_s, reservationId }, { u"warehouse"_s, m_city.warehouse },
            { u"lines"_s, m_items.size() } },
        last);

    // Once stock is reserved the saga records a checkpoint that operators may reset to.
    wait(2, 30);
    QJsonObject checkpointMeta = m_trace.metadata(sagaEngine, last, checkoutQueue);
    checkpointMeta.insert(meta::resetPoint, true);
    last = saga(u"MarkerRecorded"_s,
        QJsonObject { { u"marker_name"_s, u"checkpoint"_s },
            { u"details"_s, QJsonObject { { u"stage"_s, u"inventory-reserved"_s } } } },
        checkpointMeta);

    const int paymentFailures = m_rng.chance(30) ? (m_rng.chance(35) ? 2 : 1) : 0;
    const QString paymentId = u"pay_"_s + demoTraceId(m_seed, u"payment/"_s + orderId).left(20);
    last = runActivity(u"ChargePayment"_s, paymentFailures, false,
        QJsonObject {
            { u"payment_id"_s, paymentId }, { u"authorized_cents"_s, m_totalCents }, { u"currency"_s, u"EUR"_s } },
        last);
    last = awaitPayment(last);

    wait(5, 60);
    last = saga(u"SideEffectRecorded"_s,
        QJsonObject { { u"side_effect_id"_s, u"1"_s },
            { u"result"_s,
                QJsonObject { { u"shipment_id"_s, uuidText(demoUuid(m_seed, u"shipment/"_s + orderId)) } } } },
        last);
    last = maybeUpdate(last);

    // The fulfilment flow runs as a child workflow of the saga.
    wait(20, 500);
    const QUuid initiated = saga(u"ChildWorkflowInitiated"_s,
        QJsonObject { { u"workflow_id"_s, flowId }, { u"workflow_type"_s, u"FulfilmentFlow"_s },
            { u"task_queue"_s, fulfilmentQueue }, { u"parent_close_policy"_s, u"REQUEST_CANCEL"_s },
            { u"input"_s, QJsonObject { { u"order_id"_s, orderId } } } },
        last);
    const qint64 initiatedVersion = m_saga.version();
    const QString definitionHash = sha256Hex(flowSteps.join(QLatin1Char(',')));
    const QJsonObject params { { u"warehouse"_s, m_city.warehouse },
        { u"carrier_preference"_s, m_rng.pick(carriers) } };
    wait(50, 1500);
    const QUuid flowStarted = flow(u"FlowInitialized"_s,
        QJsonObject { { u"flow_id"_s, flowId }, { u"definition"_s, u"fulfilment-v2"_s },
            { u"definition_hash"_s, definitionHash }, { u"engine_version"_s, flowEngineVersion },
            { u"steps"_s, QJsonArray::fromStringList(flowSteps) }, { u"params"_s, params },
            { u"input"_s, QJsonObject { { u"order_id"_s, orderId }, { u"items"_s, m_items } } } },
        initiated);
    wait(10, 200);
    const QUuid childStarted = saga(u"ChildWorkflowStarted"_s,
        QJsonObject { { u"workflow_id"_s, flowId }, { u"run_id"_s, uuidText(demoUuid(m_seed, u"run/"_s + flowId)) },
            { u"initiated_event_version"_s, initiatedVersion } },
        flowStarted);
    wait(2, 40);
    saga(u"TimerCreated"_s,
        QJsonObject { { u"timer_id"_s, u"fulfilment-sla"_s }, { u"start_to_fire_timeout_s"_s, 172800 } }, childStarted);
    const qint64 slaTimerVersion = m_saga.version();

    // The flow's steps. Fingerprints are computed as seed 003 says, by the same functions the flow
    // reducer uses to verify them, so the inspector shows them as matching.
    const int openStep = m_rng.betweenInt(1, 3);
    const QString carrier = m_rng.pick(carriers);
    const QString tracking = carrier.left(2).toUpper() + QString::number(m_rng.between(100000000000LL, 999999999999LL));
    QString inputHash = sha256Hex(
        orderId + QLatin1Char('|') + QString::fromUtf8(QJsonDocument(m_items).toJson(QJsonDocument::Compact)));
    QStringList fingerprints;
    QUuid flowLast = flowStarted;
    QUuid flowFailure;
    for (int index = 0; index < flowSteps.size(); ++index) {
        const QString& step = flowSteps.at(index);
        wait(index == 0 ? 100 : 20000, index == 0 ? 2000 : 900000);
        flowLast = flow(u"StepStarted"_s,
            QJsonObject { { u"step_id"_s, step }, { u"step_index"_s, index }, { u"attempt"_s, 1 },
                { u"input_hashes"_s, QJsonArray { inputHash } } },
            flowLast);
        if (outcome == DemoOutcome::Open && index == openStep)
            break;
        if (outcome == DemoOutcome::CancelledByCustomer && step == u"pack"_s)
            break;
        if (outcome == DemoOutcome::CancelledOutOfStock && step == u"pick"_s) {
            wait(30000, 300000);
            const QJsonObject missing = m_items.at(m_rng.betweenInt(0, int(m_items.size()) - 1)).toObject();
            flowFailure = flow(u"StepFailed"_s,
                QJsonObject { { u"step_id"_s, step }, { u"step_index"_s, index }, { u"attempt"_s, 1 },
                    { u"retryable"_s, false },
                    { u"error"_s,
                        QJsonObject { { u"kind"_s, u"OutOfStock"_s }, { u"sku"_s, missing.value(u"sku"_s) },
                            { u"message"_s,
                                u"%1 has no units left at %2"_s.arg(
                                    missing.value(u"sku"_s).toString(), m_city.warehouse) } } } },
                flowLast);
            break;
        }
        int attempt = 1;
        if (step == u"label"_s && m_rng.chance(25)) {
            wait(500, 5000);
            flowLast = flow(u"StepFailed"_s,
                QJsonObject { { u"step_id"_s, step }, { u"step_index"_s, index }, { u"attempt"_s, 1 },
                    { u"retryable"_s, true },
                    { u"error"_s,
                        QJsonObject { { u"kind"_s, u"Transient"_s }, { u"message"_s, u"label printer offline"_s } } } },
                flowLast);
            wait(30000, 120000);
            attempt = 2;
            QJsonObject retryMeta = m_trace.metadata(flowEngine, flowLast, fulfilmentQueue);
            retryMeta.insert(meta::retry, true);
            flowLast = m_flow.add(m_t, u"StepStarted"_s,
                QJsonObject { { u"step_id"_s, step }, { u"step_index"_s, index }, { u"attempt"_s, attempt },
                    { u"input_hashes"_s, QJsonArray { inputHash } } },
                retryMeta);
        }
        if (step == u"pick"_s) {
            wait(60000, 600000);
            flowLast = flow(u"StepSignal"_s,
                QJsonObject { { u"step_id"_s, step }, { u"signal"_s, u"scanner-ack"_s },
                    { u"data"_s, QJsonObject { { u"scanned_lines"_s, m_items.size() } } } },
                flowLast);
        } else if (step == u"label"_s) {
            wait(1000, 20000);
            flowLast = flow(u"StepSignal"_s,
                QJsonObject { { u"step_id"_s, step }, { u"signal"_s, u"label-printed"_s },
                    { u"data"_s, QJsonObject { { u"carrier"_s, carrier }, { u"tracking"_s, tracking } } } },
                flowLast);
        }
        const qint64 durationMs = m_rng.between(200, 90000);
        m_t += durationMs * msUs;
        const QString fingerprint = flowStepFingerprint(flowEngineVersion, step, { inputHash }, params, definitionHash);
        const QString outputHash = sha256Hex(step + QLatin1Char('|') + orderId + QLatin1Char('|') + inputHash);
        fingerprints.append(fingerprint);
        flowLast = flow(u"StepFinished"_s,
            QJsonObject { { u"step_id"_s, step }, { u"step_index"_s, index }, { u"attempt"_s, attempt },
                { u"duration_ms"_s, durationMs }, { u"fingerprint"_s, fingerprint },
                { u"outputs"_s,
                    QJsonArray { QJsonObject {
                        { u"artifact_hash"_s, outputHash }, { u"kind"_s, flowArtifactKinds.at(index) } } } } },
            flowLast);
        inputHash = outputHash;
    }

    switch (outcome) {
    case DemoOutcome::Open:
        return;
    case DemoOutcome::Shipped: {
        wait(100, 3000);
        const QString flowPrint = flowFingerprint(fingerprints);
        const QUuid completed = flow(u"FlowCompleted"_s,
            QJsonObject { { u"flow_id"_s, flowId }, { u"flow_fingerprint"_s, flowPrint },
                { u"steps_finished"_s, fingerprints.size() } },
            flowLast);
        wait(10, 500);
        const QUuid childDone = saga(u"ChildWorkflowCompleted"_s,
            QJsonObject { { u"workflow_id"_s, flowId }, { u"initiated_event_version"_s, initiatedVersion },
                { u"result"_s,
                    QJsonObject { { u"flow_fingerprint"_s, flowPrint }, { u"carrier"_s, carrier },
                        { u"tracking"_s, tracking } } } },
            completed);
        wait(2, 40);
        last = saga(u"TimerCanceled"_s,
            QJsonObject { { u"timer_id"_s, u"fulfilment-sla"_s }, { u"started_event_version"_s, slaTimerVersion } },
            childDone);
        last = issueOrderCommand(u"ShipOrder"_s, QJsonObject { { u"carrier"_s, carrier }, { u"tracking"_s, tracking } },
            u"OrderShipped"_s,
            QJsonObject { { u"order_id"_s, orderId }, { u"carrier"_s, carrier }, { u"tracking"_s, tracking },
                { u"parcels"_s, 1 + int(m_items.size()) / 3 }, { u"shipped_at"_s, isoFromUs(m_t + 200 * msUs) } },
            last);
        last = runActivity(u"SendShippingEmail"_s, m_rng.chance(10) ? 1 : 0, false,
            QJsonObject {
                { u"message_id"_s, QString(u"msg-"_s + demoTraceId(m_seed, u"mail/"_s + orderId).left(16)) } },
            last);
        wait(5, 80);
        last = saga(u"SearchAttributesUpserted"_s,
            QJsonObject { { u"search_attributes"_s, QJsonObject { { u"CheckoutStatus"_s, u"shipped"_s } } } }, last);
        wait(5, 80);
        saga(u"WorkflowExecutionCompleted"_s,
            QJsonObject { { u"result"_s,
                QJsonObject {
                    { u"order_id"_s, orderId }, { u"status"_s, u"shipped"_s }, { u"tracking"_s, tracking } } } },
            last);
        return;
    }
    case DemoOutcome::CancelledOutOfStock:
    case DemoOutcome::CancelledByCustomer:
        break;
    }

    const bool byCustomer = outcome == DemoOutcome::CancelledByCustomer;
    if (byCustomer) {
        wait(1000, 60000);
        const QUuid signal = saga(u"SignalReceived"_s,
            QJsonObject { { u"signal_name"_s, u"cancel-order"_s }, { u"identity"_s, u"storefront"_s },
                { u"input"_s, QJsonObject { { u"reason"_s, u"ordered by mistake"_s } } } },
            QUuid(), m_customerActor);
        wait(5, 100);
        const QUuid requested = saga(u"ChildWorkflowCancelRequested"_s,
            QJsonObject { { u"workflow_id"_s, flowId }, { u"initiated_event_version"_s, initiatedVersion } }, signal);
        wait(10, 800);
        const QUuid stepSignal = flow(u"StepSignal"_s,
            QJsonObject { { u"step_id"_s, u"pack"_s }, { u"signal"_s, u"cancel"_s },
                { u"data"_s, QJsonObject { { u"requested_by"_s, m_saga.streamId() } } } },
            requested);
        wait(100, 5000);
        flowFailure = flow(u"StepFailed"_s,
            QJsonObject { { u"step_id"_s, u"pack"_s }, { u"step_index"_s, int(flowSteps.indexOf(u"pack"_s)) },
                { u"attempt"_s, 1 }, { u"retryable"_s, false },
                { u"error"_s,
                    QJsonObject {
                        { u"kind"_s, u"Cancelled"_s }, { u"message"_s, u"cancelled at the customer's request"_s } } } },
            stepSignal);
        wait(10, 400);
        last = saga(u"ChildWorkflowCanceled"_s,
            QJsonObject { { u"workflow_id"_s, flowId }, { u"initiated_event_version"_s, initiatedVersion },
                { u"details"_s, QJsonObject { { u"step_id"_s, u"pack"_s } } } },
            flowFailure);
    } else {
        wait(10, 500);
        last = saga(u"ChildWorkflowFailed"_s,
            QJsonObject { { u"workflow_id"_s, flowId }, { u"initiated_event_version"_s, initiatedVersion },
                { u"failure"_s,
                    QJsonObject { { u"message"_s, u"step pick failed: out of stock"_s }, { u"type"_s, u"StepFailed"_s },
                        { u"step_id"_s, u"pick"_s } } } },
            flowFailure);
    }
    wait(2, 40);
    last = saga(u"TimerCanceled"_s,
        QJsonObject { { u"timer_id"_s, u"fulfilment-sla"_s }, { u"started_event_version"_s, slaTimerVersion } }, last);
    const QString reason = byCustomer ? u"customer_request"_s : u"out_of_stock"_s;
    last = issueOrderCommand(u"CancelOrder"_s, QJsonObject { { u"reason"_s, reason } }, u"OrderCancelled"_s,
        QJsonObject { { u"order_id"_s, orderId }, { u"reason"_s, reason },
            { u"detail"_s, byCustomer ? u"ordered by mistake"_s : u"an item could not be picked"_s },
            { u"refund_cents"_s, m_totalCents }, { u"cancelled_at"_s, isoFromUs(m_t + 100 * msUs) } },
        last);
    // Compensation: give the money back and the reserved stock.
    last = runActivity(u"RefundPayment"_s, m_rng.chance(20) ? 1 : 0, false,
        QJsonObject { { u"refund_id"_s, QString(u"re_"_s + demoTraceId(m_seed, u"refund/"_s + orderId).left(20)) },
            { u"refunded_cents"_s, m_totalCents } },
        last);
    last = runActivity(u"ReleaseInventory"_s, 0, false,
        QJsonObject { { u"reservation_id"_s, reservationId }, { u"released"_s, true } }, last);
    wait(5, 80);
    last = saga(u"SearchAttributesUpserted"_s,
        QJsonObject { { u"search_attributes"_s, QJsonObject { { u"CheckoutStatus"_s, u"cancelled"_s } } } }, last);
    wait(5, 80);
    if (byCustomer) {
        saga(u"WorkflowExecutionCompleted"_s,
            QJsonObject { { u"result"_s,
                QJsonObject {
                    { u"order_id"_s, orderId }, { u"status"_s, u"cancelled"_s }, { u"reason"_s, reason } } } },
            last);
    } else {
        saga(u"WorkflowExecutionFailed"_s,
            QJsonObject { { u"failure"_s,
                QJsonObject { { u"message"_s, u"fulfilment failed: an item is out of stock"_s },
                    { u"type"_s, u"ChildWorkflowFailure"_s }, { u"non_retryable"_s, true } } } },
            last);
    }
}

} // namespace

int demoOrderPlacedSchema(int caseNumber)
{
    return caseNumber % 5 == 2 ? 1 : 2;
}

DemoOutcome demoOutcome(int caseNumber)
{
    // Six in ten shipped, one in ten cancelled for each reason, two in ten still open.
    static constexpr DemoOutcome rotation[] = { DemoOutcome::Shipped, DemoOutcome::Shipped,
        DemoOutcome::CancelledByCustomer, DemoOutcome::Shipped, DemoOutcome::Open, DemoOutcome::Shipped,
        DemoOutcome::CancelledOutOfStock, DemoOutcome::Shipped, DemoOutcome::Shipped, DemoOutcome::Open };
    return rotation[(caseNumber - 1) % 10];
}

QString demoOrderStreamId(int caseNumber)
{
    return u"order-%1"_s.arg(caseNumber, 4, 10, QLatin1Char('0'));
}

QString demoSagaStreamId(int caseNumber)
{
    return u"saga-checkout-%1"_s.arg(caseNumber, 4, 10, QLatin1Char('0'));
}

QString demoFlowStreamId(int caseNumber)
{
    return u"flow-%1"_s.arg(caseNumber, 4, 10, QLatin1Char('0'));
}

QString demoCorrelationId(quint32 seed, int caseNumber)
{
    return uuidText(demoUuid(seed, u"correlation/case/"_s + QString::number(caseNumber)));
}

void generateDemoCase(quint32 seed, int caseNumber, const DemoCaseStreams& streams, QList<DemoEvent>& out)
{
    CaseScript(seed, caseNumber, streams, out).run();
}

} // namespace sagascope::demo
