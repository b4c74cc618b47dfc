// SPDX-License-Identifier: MIT
#include "mainwindow.h"

namespace sagascope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SagaScope"));
}

MainWindow::~MainWindow() = default;

} // namespace sagascope
