// SPDX-License-Identifier: MIT
// The state panel beside the event detail: the stream's state after the selected event as a tree,
// with what that event changed (or everything since a pinned event) highlighted and opened up.
// What the user expanded stays expanded while the selection moves. The state itself is computed
// by the TimeTravelSession; this panel only shows answers.
#pragma once

#include "timetravelsession.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeView;

namespace sagascope {

class ErrorBanner;
class StateTreeModel;

class StateView : public QWidget
{
    Q_OBJECT
public:
    explicit StateView(QWidget* parent = nullptr);
    ~StateView() override;

    void showAnswer(const StateAnswer& answer);
    // A state is being computed for this version (the previous one stays visible, dimmed).
    void showPending(qint64 version);
    void showError(qint64 version, const Error& error);
    void clear();

    // The version whose state is shown (-1 for none).
    qint64 shownVersion() const { return m_version; }
    StateTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    ErrorBanner* banner() const { return m_banner; }

private:
    QStringList expandedPaths() const;
    void expandPath(const QString& pointer);

    StateTreeModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    ErrorBanner* m_banner;
    QTreeView* m_tree;
    QTimer* m_busy;
    QString m_pendingText;
    qint64 m_version = -1;
};

} // namespace sagascope
