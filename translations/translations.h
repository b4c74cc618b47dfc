// SPDX-License-Identifier: MIT
// Installs the translator for the user's language (catalogues embedded under :/i18n/).
#pragma once

class QCoreApplication;

namespace sagascope {

// Loads :/i18n/sagascope_<lang>.qm for the system locale (or $SAGASCOPE_LANG) into the app.
void installTranslations(QCoreApplication& app);

} // namespace sagascope
