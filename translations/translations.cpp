// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace sagascope {

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    const QString lang = qEnvironmentVariable("SAGASCOPE_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (translator->load(locale, QStringLiteral("sagascope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace sagascope
