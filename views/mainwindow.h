// SPDX-License-Identifier: MIT
// The inspector's main window: wires the panels together, holds no business logic.
#pragma once

#include <QMainWindow>

namespace sagascope {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
};

} // namespace sagascope
