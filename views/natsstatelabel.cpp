// SPDX-License-Identifier: MIT
#include "natsstatelabel.h"

namespace sagascope {

NatsStateLabel::NatsStateLabel(NatsSession* session, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
{
    setTextFormat(Qt::PlainText);
    connect(m_session, &NatsSession::stateChanged, this, &NatsStateLabel::onStateChanged);
    onStateChanged(m_session->state(), m_session->message());
}

void NatsStateLabel::onStateChanged(NatsSession::State state, const QString& message)
{
    const QString url = m_session->displayUrl();
    QString text;
    QString style;
    switch (state) {
    case NatsSession::State::Off:
        text = tr("NATS: not connected");
        break;
    case NatsSession::State::Connecting:
        text = tr("NATS: connecting to %1…").arg(url);
        break;
    case NatsSession::State::Connected:
        text = tr("NATS: connected to %1").arg(url);
        style = QStringLiteral("color: #2e7d32;");
        break;
    case NatsSession::State::Reconnecting:
        text = tr("NATS: connection lost, reconnecting to %1…").arg(url);
        style = QStringLiteral("color: #b26a00;");
        break;
    case NatsSession::State::Unavailable:
        text = tr("NATS unavailable: %1").arg(message);
        style = QStringLiteral("color: #c62828;");
        break;
    }
    setText(text);
    setToolTip(message);
    setStyleSheet(style);
}

} // namespace sagascope
