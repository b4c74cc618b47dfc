// SPDX-License-Identifier: MIT
#include "injectsignaldialog.h"

#include "jsonobjectcheck.h"
#include "natssession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace sagascope {

InjectSignalDialog::InjectSignalDialog(NatsSession* nats, bool writeMode, const QString& sagaId, QWidget* parent)
    : QDialog(parent)
    , m_nats(nats)
    , m_writeMode(writeMode)
{
    setObjectName(QStringLiteral("injectSignalDialog"));
    setWindowTitle(tr("Send signal"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!writeMode) {
        m_explanation = new QLabel(this);
        m_explanation->setObjectName(QStringLiteral("injectExplanation"));
        m_explanation->setWordWrap(true);
        m_explanation->setText(
            tr("Sending a signal writes to the signal stream on NATS, and sagas (and the ingester) act on it. "
               "SagaScope writes nothing while it is read-only: turn on Store ▸ Write mode first, then open this "
               "dialog again."));
        layout->addWidget(m_explanation);
        layout->addWidget(buttons);
        resize(460, 150);
        return;
    }

    m_saga = new QLineEdit(sagaId, this);
    m_saga->setObjectName(QStringLiteral("injectSagaEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("injectNameEdit"));
    m_name->setPlaceholderText(tr("e.g. approve"));
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("injectPayloadEdit"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlainText(QStringLiteral("{\n  \n}"));
    m_payload->setTabChangesFocus(true);
    m_payloadStatus = new QLabel(this);
    m_payloadStatus->setObjectName(QStringLiteral("injectPayloadStatus"));
    m_payloadStatus->setTextFormat(Qt::PlainText);
    m_payloadStatus->setWordWrap(true);
    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("injectHeadersTable"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setMinimumHeight(90);
    auto* addHeader = new QPushButton(tr("Add header"), this);
    auto* removeHeader = new QPushButton(tr("Remove header"), this);
    auto* headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto* headersBox = new QVBoxLayout;
    headersBox->addWidget(m_headers);
    headersBox->addLayout(headerButtons);
    m_eventId = new QLineEdit(this);
    m_eventId->setObjectName(QStringLiteral("injectEventIdEdit"));
    m_eventId->setPlaceholderText(tr("empty: a new one; the same id twice is sent once"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Saga id:"), m_saga);
    form->addRow(tr("Signal &name:"), m_name);
    form->addRow(tr("&Payload (JSON object):"), m_payload);
    form->addRow(QString(), m_payloadStatus);
    form->addRow(tr("&Headers:"), headersBox);
    form->addRow(tr("&Event id:"), m_eventId);
    layout->addLayout(form, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("injectResultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("injectSendButton"));
    m_send->setDefault(true);
    layout->addWidget(buttons);

    connect(m_send, &QPushButton::clicked, this, &InjectSignalDialog::send);
    connect(addHeader, &QPushButton::clicked, this, [this] { addHeaderRow(); });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        m_headers->removeRow(row >= 0 ? row : m_headers->rowCount() - 1);
    });
    connect(m_payload, &QPlainTextEdit::textChanged, this, &InjectSignalDialog::validate);
    connect(m_saga, &QLineEdit::textChanged, this, &InjectSignalDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &InjectSignalDialog::validate);
    connect(m_eventId, &QLineEdit::textChanged, this, &InjectSignalDialog::validate);
    connect(m_nats, &NatsSession::stateChanged, this, &InjectSignalDialog::validate);
    connect(m_nats, &NatsSession::published, this, [this](quint64 id, const nats::PublishedSignal& result) {
        onPublished(id, result.subject, result.streamSequence, result.duplicate);
    });
    connect(m_nats, &NatsSession::publishFailed, this, &InjectSignalDialog::onFailed);
    resize(560, 520);
    validate();
    (sagaId.isEmpty() ? m_saga : m_name)->setFocus();
}

InjectSignalDialog::~InjectSignalDialog() = default;

void InjectSignalDialog::addHeaderRow(const QString& key, const QString& value)
{
    if (!m_headers)
        return;
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(key));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

bool InjectSignalDialog::canSend() const
{
    if (!m_writeMode || !m_nats->hasBus() || m_pending != 0 || !m_payloadValid)
        return false;
    const QString eventId = m_eventId->text().trimmed();
    return !m_saga->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
        && (eventId.isEmpty() || !QUuid::fromString(eventId).isNull());
}

void InjectSignalDialog::validate()
{
    if (!m_writeMode)
        return;
    const JsonObjectCheck check = checkJsonObject(m_payload->toPlainText());
    m_payloadValid = check.ok;
    m_payloadStatus->setText(check.ok ? tr("Valid JSON object.") : check.message);
    m_payloadStatus->setStyleSheet(check.ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    const QString eventId = m_eventId->text().trimmed();
    m_eventId->setToolTip(!eventId.isEmpty() && QUuid::fromString(eventId).isNull()
            ? tr("An event id is a UUID, like 3f2b8c1e-0d4a-4c5e-9a7b-2c1d0e9f8a76.")
            : QString());
    if (!m_nats->hasBus() && m_pending == 0)
        m_result->setText(tr("Not connected to NATS: nothing can be sent now."));
    m_send->setEnabled(canSend());
}

void InjectSignalDialog::send()
{
    if (!canSend())
        return;
    nats::OutgoingSignal signal;
    signal.sagaId = m_saga->text().trimmed();
    signal.name = m_name->text().trimmed();
    signal.payload = checkJsonObject(m_payload->toPlainText()).object;
    signal.eventId = QUuid::fromString(m_eventId->text().trimmed());
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem* key = m_headers->item(row, 0);
        const QTableWidgetItem* value = m_headers->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            signal.headers.append({ key->text().trimmed(), value ? value->text() : QString() });
    }
    m_result->setText(tr("Sending…"));
    m_result->setStyleSheet(QString());
    m_pending = m_nats->publish(signal);
    m_send->setEnabled(false);
}

void InjectSignalDialog::onPublished(quint64 requestId, const QString& subject, quint64 sequence, bool duplicate)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    m_result->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_result->setText(duplicate
            ? tr("Already sent: JetStream had this event id (stream sequence %1 on %2); nothing new was stored.")
                  .arg(QString::number(sequence), subject)
            : tr("Sent to %1, stream sequence %2.").arg(subject, QString::number(sequence)));
    validate();
    Q_EMIT sendFinished(true);
}

void InjectSignalDialog::onFailed(quint64 requestId, const Error& error)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    m_result->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_result->setText(tr("Not sent: %1").arg(error.message));
    validate();
    Q_EMIT sendFinished(false);
}

} // namespace sagascope
