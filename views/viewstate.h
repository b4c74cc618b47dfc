// SPDX-License-Identifier: MIT
// Header layouts (column widths, order, sort) saved and restored by object name, so every view
// that names its header keeps its state across runs without knowing about QSettings.
#pragma once

class QSettings;
class QWidget;

namespace sagascope {

void saveHeaderStates(const QWidget* root, QSettings& settings);
// Call after the headers' models have their columns.
void restoreHeaderStates(QWidget* root, const QSettings& settings);

} // namespace sagascope
