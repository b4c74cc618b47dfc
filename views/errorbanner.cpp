// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace sagascope {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("sagascope--ErrorBanner { background: #fdecea; border: 1px solid #f1aeb5; "
                                 "border-radius: 3px; } QLabel { color: #6b1a1a; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const QString& context, const Error& error)
{
    showMessage(context.isEmpty() ? error.message : tr("%1: %2").arg(context, error.message));
}

void ErrorBanner::showMessage(const QString& message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    show();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void ErrorBanner::dismiss()
{
    m_text->clear();
    hide();
    Q_EMIT dismissed();
}

} // namespace sagascope
