// SPDX-License-Identifier: MIT
// The time-travel scrubber under the history: a slider over the stream's versions and buttons for
// the first, previous, next and last event, the previous and next failure and reset point. It only
// asks for positions (versionRequested, targetRequested); the main window moves the history
// selection and the state follows. It also shows where the checkpoints are, and the pinned event
// the state is compared with.
#pragma once

#include "recordedevent.h"
#include "timetravelsession.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QSlider;
class QToolButton;

namespace sagascope {

class TimeTravelBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeTravelBar(QWidget* parent = nullptr);
    ~TimeTravelBar() override;

    void setStream(const StreamInfo& stream);
    // The stream grew (live updates): the slider reaches the new events; the position stays.
    void extendStream(const StreamInfo& stream);
    // Moves the slider without asking for anything.
    void setVersion(qint64 version, qint64 recordedAtUs = 0);
    qint64 version() const { return m_version; }
    void setPinned(std::optional<qint64> version);
    void setCheckpointProgress(qint64 version, qint64 lastVersion);
    void setCheckpointsReady(qint64 elapsedMs);
    // Shows that a failure or reset point is being looked for, or that there is none.
    void setSearchMessage(const QString& message);

    QSlider* slider() const { return m_slider; }
    QLabel* positionLabel() const { return m_position; }

Q_SIGNALS:
    void versionRequested(qint64 version);
    void targetRequested(sagascope::HistoryTarget target);
    void unpinRequested();

private:
    QToolButton* addButton(const QString& text, const QString& toolTip);
    void updateLabel();

    StreamInfo m_stream;
    qint64 m_version = 0;
    qint64 m_recordedAtUs = 0;
    QSlider* m_slider;
    QLabel* m_position;
    QLabel* m_search;
    QToolButton* m_pin;
    QProgressBar* m_checkpoints;
    QLabel* m_ready;
    QList<QToolButton*> m_buttons;
};

} // namespace sagascope
