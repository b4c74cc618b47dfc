// SPDX-License-Identifier: MIT
// "Send signal…": composes a test signal for a saga (saga id, signal name, a JSON object payload
// checked as it is typed, extra headers, an optional event id) and publishes it through the NATS
// session, off the GUI thread, showing the subject, stream sequence and whether JetStream took it
// as a duplicate. Sending writes, so outside write mode the dialog only explains how to get there.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sagascope {

class NatsSession;
struct Error;

class InjectSignalDialog : public QDialog
{
    Q_OBJECT
public:
    InjectSignalDialog(NatsSession* nats, bool writeMode, const QString& sagaId, QWidget* parent = nullptr);
    ~InjectSignalDialog() override;

    bool canSend() const;
    void send();
    void addHeaderRow(const QString& key = {}, const QString& value = {});

    QLineEdit* sagaEdit() const { return m_saga; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* payloadEdit() const { return m_payload; }
    QLabel* payloadStatus() const { return m_payloadStatus; }
    QTableWidget* headersTable() const { return m_headers; }
    QLineEdit* eventIdEdit() const { return m_eventId; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* resultLabel() const { return m_result; }
    QLabel* explanationLabel() const { return m_explanation; }

Q_SIGNALS:
    // The last send's outcome reached the dialog (result or error).
    void sendFinished(bool ok);

private:
    void validate();
    void onPublished(quint64 requestId, const QString& subject, quint64 sequence, bool duplicate);
    void onFailed(quint64 requestId, const Error& error);

    NatsSession* m_nats;
    bool m_writeMode;
    QLabel* m_explanation = nullptr;
    QLineEdit* m_saga = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_payload = nullptr;
    QLabel* m_payloadStatus = nullptr;
    QTableWidget* m_headers = nullptr;
    QLineEdit* m_eventId = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_result = nullptr;
    quint64 m_pending = 0;
    bool m_payloadValid = true;
};

} // namespace sagascope
