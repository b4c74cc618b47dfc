// SPDX-License-Identifier: MIT
// Asks for a durable timer to schedule: its id, the stream it fires into, the fire time (local
// time) and a JSON object payload. Checks everything as the user types, with the same rules the
// store applies, and says what is wrong next to the fields; OK is only enabled when the timer can
// be scheduled. The dialog only asks: the timers tab schedules what it returns.
#pragma once

#include "timers.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sagascope {

class ScheduleTimerDialog : public QDialog
{
    Q_OBJECT
public:
    // `streamId` prefills the stream; `fireAtUs` the fire time (microseconds since the epoch).
    explicit ScheduleTimerDialog(const QString& streamId, qint64 fireAtUs, QWidget* parent = nullptr);
    ~ScheduleTimerDialog() override;

    // The timer as entered (valid when isValid()).
    TimerRecord timer() const;
    bool isValid() const { return m_problem.isEmpty(); }
    // Why the timer cannot be scheduled, empty when it can.
    QString problem() const { return m_problem; }

    QLineEdit* timerIdEdit() const { return m_timerId; }
    QLineEdit* streamEdit() const { return m_stream; }
    QDateTimeEdit* fireAtEdit() const { return m_fireAt; }
    QPlainTextEdit* payloadEdit() const { return m_payload; }
    QLabel* problemLabel() const { return m_problemLabel; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit* m_timerId;
    QLineEdit* m_stream;
    QDateTimeEdit* m_fireAt;
    QPlainTextEdit* m_payload;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
    QString m_problem;
};

} // namespace sagascope
