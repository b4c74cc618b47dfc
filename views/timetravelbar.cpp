// SPDX-License-Identifier: MIT
#include "timetravelbar.h"

#include "displayformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace sagascope {

TimeTravelBar::TimeTravelBar(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_search(new QLabel(this))
    , m_pin(new QToolButton(this))
    , m_checkpoints(new QProgressBar(this))
    , m_ready(new QLabel(tr("\u2713 Checkpoints"), this))
{
    setObjectName(QStringLiteral("timeTravelBar"));
    m_slider->setObjectName(QStringLiteral("timeTravelSlider"));
    m_slider->setRange(1, 1);
    m_slider->setTracking(true);
    m_slider->setToolTip(tr("Drag to travel through the stream's history; the state follows."));
    m_slider->setAccessibleName(tr("Version"));
    m_position->setObjectName(QStringLiteral("timeTravelPosition"));
    m_position->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("timeTravelSearch"));
    m_search->setEnabled(false);
    m_pin->setObjectName(QStringLiteral("timeTravelPin"));
    m_pin->setAutoRaise(true);
    m_pin->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pin->setToolTip(tr("Changes are shown against this pinned event. Click to unpin."));
    m_pin->hide();
    m_checkpoints->setObjectName(QStringLiteral("checkpointProgress"));
    m_checkpoints->setFixedWidth(
        fontMetrics().horizontalAdvance(tr("Checkpoints %p%").replace(QStringLiteral("%p"), QStringLiteral("100")))
        + 24);
    m_checkpoints->setRange(0, 1000);
    m_checkpoints->setFormat(tr("Checkpoints %p%"));
    m_checkpoints->setToolTip(tr("Replaying the stream once in the background, so that any state is quick to show."));
    m_checkpoints->hide();
    m_ready->setObjectName(QStringLiteral("checkpointsReady"));
    m_ready->setEnabled(false);
    m_ready->hide();

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(2);
    const auto add = [this, controls](const QString& text, const QString& toolTip, auto onClick) {
        QToolButton* button = addButton(text, toolTip);
        connect(button, &QToolButton::clicked, this, onClick);
        controls->addWidget(button);
        return button;
    };
    add(QStringLiteral("\u21e4"), tr("First event (Ctrl+Home)"), [this] { Q_EMIT versionRequested(1); });
    add(QStringLiteral("\u25c0\u2715"), tr("Previous failure (Shift+F8)"),
        [this] { Q_EMIT targetRequested(HistoryTarget::PreviousFailure); });
    add(QStringLiteral("\u25c0\u2691"), tr("Previous reset point (Shift+F9)"),
        [this] { Q_EMIT targetRequested(HistoryTarget::PreviousResetPoint); });
    add(QStringLiteral("\u25c0"), tr("Previous event (Alt+Left)"),
        [this] { Q_EMIT versionRequested(std::max<qint64>(1, m_version - 1)); });
    controls->addWidget(m_slider, 1);
    add(QStringLiteral("\u25b6"), tr("Next event (Alt+Right)"),
        [this] { Q_EMIT versionRequested(std::min(m_stream.lastVersion, m_version + 1)); });
    add(QStringLiteral("\u2715\u25b6"), tr("Next failure (F8)"),
        [this] { Q_EMIT targetRequested(HistoryTarget::NextFailure); });
    add(QStringLiteral("\u2691\u25b6"), tr("Next reset point (F9)"),
        [this] { Q_EMIT targetRequested(HistoryTarget::NextResetPoint); });
    add(QStringLiteral("\u21e5"), tr("Last event (Ctrl+End)"),
        [this] { Q_EMIT versionRequested(m_stream.lastVersion); });

    auto* status = new QHBoxLayout;
    status->setContentsMargins(2, 0, 2, 0);
    status->addWidget(m_position);
    status->addWidget(m_pin);
    status->addWidget(m_search, 1);
    status->addWidget(m_checkpoints);
    status->addWidget(m_ready);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addLayout(status);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_version)
            Q_EMIT versionRequested(value);
    });
    connect(m_pin, &QToolButton::clicked, this, &TimeTravelBar::unpinRequested);
    setStream({});
}

TimeTravelBar::~TimeTravelBar() = default;

QToolButton* TimeTravelBar::addButton(const QString& text, const QString& toolTip)
{
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    m_buttons.append(button);
    return button;
}

void TimeTravelBar::setStream(const StreamInfo& stream)
{
    m_stream = stream;
    m_version = 0;
    m_recordedAtUs = 0;
    const bool any = stream.lastVersion > 0;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(1, static_cast<int>(std::max<qint64>(1, stream.lastVersion)));
        m_slider->setPageStep(static_cast<int>(std::max<qint64>(1, stream.lastVersion / 100)));
        m_slider->setValue(1);
    }
    m_slider->setEnabled(any);
    for (QToolButton* button : std::as_const(m_buttons))
        button->setEnabled(any);
    m_search->clear();
    m_checkpoints->setVisible(any);
    m_checkpoints->setValue(0);
    m_ready->hide();
    setPinned(std::nullopt);
    updateLabel();
}

void TimeTravelBar::extendStream(const StreamInfo& stream)
{
    if (stream.streamId != m_stream.streamId || stream.lastVersion <= m_stream.lastVersion)
        return;
    m_stream = stream;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setMaximum(static_cast<int>(std::max<qint64>(1, stream.lastVersion)));
        m_slider->setPageStep(static_cast<int>(std::max<qint64>(1, stream.lastVersion / 100)));
    }
    m_slider->setEnabled(true);
    for (QToolButton* button : std::as_const(m_buttons))
        button->setEnabled(true);
    updateLabel();
}

void TimeTravelBar::setVersion(qint64 version, qint64 recordedAtUs)
{
    m_version = version;
    m_recordedAtUs = recordedAtUs;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(static_cast<int>(version));
    updateLabel();
}

void TimeTravelBar::setPinned(std::optional<qint64> version)
{
    m_pin->setVisible(version.has_value());
    if (version)
        m_pin->setText(tr("\u2691 Compared with version %1 \u2715").arg(countText(*version)));
}

void TimeTravelBar::setCheckpointProgress(qint64 version, qint64 lastVersion)
{
    m_checkpoints->show();
    m_checkpoints->setValue(lastVersion > 0 ? static_cast<int>(version * 1000 / lastVersion) : 1000);
}

void TimeTravelBar::setCheckpointsReady(qint64 elapsedMs)
{
    m_checkpoints->hide();
    m_ready->setToolTip(tr("The stream was replayed once in %1; any state is now at most a checkpoint away.")
                            .arg(durationText(elapsedMs * 1000)));
    m_ready->show();
}

void TimeTravelBar::setSearchMessage(const QString& message)
{
    m_search->setText(message);
}

void TimeTravelBar::updateLabel()
{
    if (m_stream.lastVersion <= 0 || m_version <= 0) {
        m_position->setText(m_stream.lastVersion > 0 ? tr("No event selected") : tr("No stream"));
        return;
    }
    QString text = tr("Version %1 of %2").arg(countText(m_version), countText(m_stream.lastVersion));
    if (m_recordedAtUs != 0)
        text = tr("%1 · %2").arg(text, localTimeText(m_recordedAtUs));
    m_position->setText(text);
}

} // namespace sagascope
