// SPDX-License-Identifier: MIT
// The stream browser panel: a stream-type choice, a search box (applied 300 ms after typing
// stops) and the lazily loaded list of streams. Filtering happens in the store.
#pragma once

#include "recordedevent.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace sagascope {

class ErrorBanner;
class StoreSession;
class StreamListModel;
class StreamListProxyModel;

class StreamBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit StreamBrowser(StoreSession* session, QWidget* parent = nullptr);
    ~StreamBrowser() override;

    StreamListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QComboBox* typeCombo() const { return m_typeCombo; }
    QLineEdit* searchEdit() const { return m_search; }
    ErrorBanner* banner() const { return m_banner; }

    // Selects the stream as soon as it is listed (now, or when its page arrives).
    void selectStream(const QString& streamId);
    // Selects the first listed stream.
    void selectFirstStream();
    QString currentStreamId() const;

Q_SIGNALS:
    void streamSelected(const sagascope::StreamInfo& stream);

private:
    void applyFilter();
    void onTypesReady(quint64 requestId, const QStringList& types);
    void onCurrentChanged(const QModelIndex& current);
    void selectPendingStream();

    StoreSession* m_session;
    StreamListModel* m_model;
    StreamListProxyModel* m_proxy;
    QComboBox* m_typeCombo;
    QLineEdit* m_search;
    QTimer* m_debounce;
    QTreeView* m_view;
    ErrorBanner* m_banner;
    quint64 m_typesRequest = 0;
    QString m_pendingSelection;
};

} // namespace sagascope
