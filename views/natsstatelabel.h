// SPDX-License-Identifier: MIT
// One line that says where the NATS session stands (connecting, connected to which server, lost,
// unavailable and why), coloured by state and kept up to date by itself. Shown by every tab that
// works on NATS.
#pragma once

#include "natssession.h"

#include <QLabel>

namespace sagascope {

class NatsStateLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NatsStateLabel(NatsSession* session, QWidget* parent = nullptr);

private:
    void onStateChanged(NatsSession::State state, const QString& message);

    NatsSession* m_session;
};

} // namespace sagascope
