// SPDX-License-Identifier: MIT
// `init`: creates the store or applies pending migrations, and says which schema it is at.
#include "clistore.h"
#include "clitr.h"
#include "commandline.h"
#include "commands.h"
#include "terminal.h"

namespace sagascope::cli {

int runInit(const CliContext& context, const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("init"), CliTr::tr("[options]"),
        CliTr::tr("Creates the store, or brings its schema up to date, and prints the schema version."));
    if (auto exit = cl.parse(arguments, 0))
        return *exit;
    auto store = openCliStore(cl.storeUrl(context.globalStore), StoreAccess::Write);
    if (!store)
        return reportError(store.error());
    auto version = (*store)->schemaVersion();
    if (!version)
        return reportError(version.error());
    printLine(
        CliTr::tr("Store %1 is ready at schema version %2.").arg((*store)->displayUrl(), QString::number(*version)));
    return 0;
}

} // namespace sagascope::cli
