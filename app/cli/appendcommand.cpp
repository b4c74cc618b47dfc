// SPDX-License-Identifier: MIT
// `append`: appends one event to a stream, with an optional expected version and event id.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "terminal.h"

namespace sagascope::cli {

int runAppend(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("append"), CliTr::tr("STREAM --type TYPE [options]"),
        CliTr::tr("Appends one event to a stream and prints the stream's new version."));
    cl.addPositional(CliTr::tr("STREAM"), CliTr::tr("The stream id, taken literally."));
    cl.addValueOption(QStringLiteral("type"), CliTr::tr("TYPE"), CliTr::tr("The event type (required)."));
    cl.addValueOption(QStringLiteral("data"), CliTr::tr("JSON"), CliTr::tr("The payload, a JSON object (default {})."));
    cl.addValueOption(QStringLiteral("metadata"), CliTr::tr("JSON"),
        CliTr::tr("The metadata, a JSON object (correlation_id, causation_id, actor, …)."));
    cl.addValueOption(QStringLiteral("stream-type"), CliTr::tr("TYPE"),
        CliTr::tr("The stream's type when this append creates it (default: the id's first word)."));
    cl.addValueOption(QStringLiteral("expected-version"), CliTr::tr("VERSION"),
        CliTr::tr("any (default), no-stream, exists or the stream's current version number."));
    cl.addValueOption(QStringLiteral("event-id"), CliTr::tr("UUID"),
        CliTr::tr("The event id; appending the same id and content again stores nothing (default: a new id)."));
    cl.addValueOption(
        QStringLiteral("schema-version"), CliTr::tr("N"), CliTr::tr("The schema version of the payload (default 1)."));
    cl.setEpilog(
        CliTr::tr("Example:\n  sagascope-cli append order-42 --type OrderPlaced --data '{\"total_cents\":1999}' "
                  "--expected-version no-stream"));
    if (auto exit = cl.parse(arguments, 1))
        return *exit;

    const QString streamId = cl.positional(0);
    const QString type = cl.value(QStringLiteral("type"));
    if (!cl.isSet(QStringLiteral("type")) || type.isEmpty())
        return usageError(CliTr::tr("The append command needs --type TYPE, the event type."));
    auto payload = cl.jsonObject(QStringLiteral("data"));
    if (!payload)
        return reportError(payload.error());
    auto metadata = cl.jsonObject(QStringLiteral("metadata"));
    if (!metadata)
        return reportError(metadata.error());
    ExpectedVersion expected = ExpectedVersion::any();
    if (cl.isSet(QStringLiteral("expected-version"))) {
        auto parsed = ExpectedVersion::parse(cl.value(QStringLiteral("expected-version")));
        if (!parsed)
            return reportError(parsed.error());
        expected = *parsed;
    }
    auto eventId = cl.uuid(QStringLiteral("event-id"));
    if (!eventId)
        return reportError(eventId.error());
    auto schemaVersion = cl.integer(QStringLiteral("schema-version"), 1);
    if (!schemaVersion)
        return reportError(schemaVersion.error());

    NewEvent event;
    event.eventId = *eventId;
    event.eventType = type;
    event.schemaVersion = int(schemaVersion->value_or(1));
    event.payload = payload->isEmpty() ? QByteArrayLiteral("{}") : *payload;
    event.metadata = *metadata;
    AppendRequest request;
    request.streamId = streamId;
    request.streamType = cl.value(QStringLiteral("stream-type"));
    request.expected = expected;
    request.events = { event };

    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());
    auto result = (*store)->append(request);
    if (!result)
        return reportError(result.error());
    if (result->alreadyStored)
        printLine(CliTr::tr("Already stored: this event is version %1 of \"%2\" (position %3); nothing was written.")
                      .arg(QString::number(result->lastVersion), streamId, QString::number(result->lastPosition)));
    else
        printLine(
            CliTr::tr("Appended %1 to \"%2\": version %3, position %4.")
                .arg(type, streamId, QString::number(result->lastVersion), QString::number(result->lastPosition)));
    return 0;
}

} // namespace sagascope::cli
