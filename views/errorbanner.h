// SPDX-License-Identifier: MIT
// A dismissable strip that shows an error where it happened (above the panel that failed),
// with the sentence from Error. Never modal: the rest of the window keeps working.
#pragma once

#include "error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace sagascope {

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    // Shows "<context>: <sentence>" (or just the sentence when the context is empty).
    void showError(const QString& context, const Error& error);
    void showMessage(const QString& message);
    // The text shown, empty when hidden.
    QString message() const;

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace sagascope
