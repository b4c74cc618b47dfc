// SPDX-License-Identifier: MIT
// The snapshots tab: the stream's snapshots (version, reducer, codec, size, hash, created, usable,
// verified), "Create snapshot" at the selected event (only when the store is open for writing; the
// main window asks for confirmation), "Verify" (fingerprint chain and snapshots against replay,
// off the GUI thread), and for a snapshot that disagrees with replay, what differs, as a state tree
// of the replayed state with the snapshot's values as the old ones.
#pragma once

#include "recordedevent.h"
#include "verification.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace sagascope {

class ErrorBanner;
class SnapshotListModel;
class StateTreeModel;
class StoreSession;

class SnapshotsView : public QWidget
{
    Q_OBJECT
public:
    explicit SnapshotsView(StoreSession* session, QWidget* parent = nullptr);
    ~SnapshotsView() override;

    void setStream(const StreamInfo& stream);
    // The event a new snapshot would be taken at.
    void setSelectedVersion(qint64 version);
    // Whether the store may be written (the write-mode switch).
    void setWritable(bool writable);

    SnapshotListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    StateTreeModel* diffModel() const { return m_diffModel; }
    QWidget* diffPanel() const { return m_diffPanel; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* statusLabel() const { return m_status; }
    ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    // The user asked for a snapshot at this version; the main window confirms and creates it.
    void createRequested(qint64 version);

private:
    void updateButtons();
    void showReport(const VerifyReport& report);
    void showDiffFor(const QModelIndex& proxyIndex);

    SnapshotListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    StateTreeModel* m_diffModel;
    QPushButton* m_create;
    QPushButton* m_verify;
    QLabel* m_status;
    ErrorBanner* m_banner;
    QTableView* m_table;
    QWidget* m_diffPanel;
    QLabel* m_diffTitle;
    QTreeView* m_diffTree;
    qint64 m_selectedVersion = 0;
    bool m_writable = false;
};

} // namespace sagascope
