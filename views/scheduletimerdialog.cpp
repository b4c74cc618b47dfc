// SPDX-License-Identifier: MIT
#include "scheduletimerdialog.h"

#include "appendrules.h"
#include "jsontext.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sagascope {

ScheduleTimerDialog::ScheduleTimerDialog(const QString& streamId, qint64 fireAtUs, QWidget* parent)
    : QDialog(parent)
    , m_timerId(new QLineEdit(this))
    , m_stream(new QLineEdit(streamId, this))
    , m_fireAt(new QDateTimeEdit(this))
    , m_payload(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scheduleTimerDialog"));
    setWindowTitle(tr("Schedule timer"));
    m_timerId->setObjectName(QStringLiteral("timerIdEdit"));
    m_timerId->setPlaceholderText(
        tr("unique in the store, e.g. %1/reminder").arg(streamId.isEmpty() ? tr("stream") : streamId));
    m_stream->setObjectName(QStringLiteral("timerStreamEdit"));
    m_stream->setToolTip(tr("The stream the TimerFired event is appended to when the timer fires."));
    m_fireAt->setObjectName(QStringLiteral("timerFireAtEdit"));
    m_fireAt->setCalendarPopup(true);
    m_fireAt->setTimeSpec(Qt::LocalTime);
    m_fireAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_fireAt->setDateTime(QDateTime::fromMSecsSinceEpoch(fireAtUs / 1000).toLocalTime());
    m_fireAt->setToolTip(tr("Local time. A time in the past makes the timer due at once."));
    m_payload->setObjectName(QStringLiteral("timerPayloadEdit"));
    m_payload->setPlainText(QStringLiteral("{}"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setTabChangesFocus(true);
    m_payload->setMinimumHeight(120);
    m_problemLabel->setObjectName(QStringLiteral("timerProblemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));

    auto* form = new QFormLayout;
    form->addRow(tr("Timer id:"), m_timerId);
    form->addRow(tr("Stream:"), m_stream);
    form->addRow(tr("Fires at:"), m_fireAt);
    form->addRow(tr("Payload (JSON object):"), m_payload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_timerId, &QLineEdit::textChanged, this, &ScheduleTimerDialog::validate);
    connect(m_stream, &QLineEdit::textChanged, this, &ScheduleTimerDialog::validate);
    connect(m_fireAt, &QDateTimeEdit::dateTimeChanged, this, &ScheduleTimerDialog::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &ScheduleTimerDialog::validate);
    validate();
    m_timerId->setFocus();
    resize(520, 360);
}

ScheduleTimerDialog::~ScheduleTimerDialog() = default;

TimerRecord ScheduleTimerDialog::timer() const
{
    TimerRecord t;
    t.timerId = m_timerId->text().trimmed();
    t.streamId = m_stream->text().trimmed();
    t.fireAtUs = m_fireAt->dateTime().toMSecsSinceEpoch() * 1000;
    const QByteArray payload = m_payload->toPlainText().trimmed().toUtf8();
    t.payload = payload.isEmpty() ? QByteArrayLiteral("{}") : payload;
    return t;
}

void ScheduleTimerDialog::validate()
{
    const TimerRecord t = timer();
    QString problem;
    if (auto ok = validateTimerId(t.timerId); !ok)
        problem = ok.error().message;
    else if (auto ok = validateStreamId(t.streamId); !ok)
        problem = ok.error().message;
    else if (t.fireAtUs <= 0)
        problem = tr("Choose a fire time after 1970-01-01.");
    else if (QString jsonError; !validateJson(t.payload, &jsonError))
        problem = jsonError;
    else if (const auto span = jsonValueSpan(t.payload); jsonKindAt(t.payload, span.first) != JsonKind::Object)
        problem = tr("The payload must be a JSON object, like {\"reason\": \"reminder\"}.");
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sagascope
