// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    sagascope::MainWindow window;
    window.show();
    return app.exec();
}
