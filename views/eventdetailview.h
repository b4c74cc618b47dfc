// SPDX-License-Identifier: MIT
// The event detail panel: who, when and where of one event (id, type, version, position, time,
// correlation and causation), and its payload and metadata either as an expandable tree or as
// the stored JSON text, indented, every literal as stored. An event stored at an old schema can
// be shown as stored or upcast to the newest schema ("schema 1 → 2").
#pragma once

#include "recordedevent.h"
#include "upcasters.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace sagascope {

class ErrorBanner;
class JsonTreeModel;

class EventDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Field
    {
        EventIdField,
        TypeField,
        StreamField,
        VersionField,
        PositionField,
        RecordedField,
        CorrelationField,
        CausationField,
        FieldCount
    };

    explicit EventDetailView(QWidget* parent = nullptr);
    ~EventDetailView() override;

    void setEvent(const RecordedEvent& event);
    // The event of this version is on its way.
    void showPending(qint64 version);
    void clear();

    bool hasEvent() const { return m_hasEvent; }
    // The id of the event shown (null when none is).
    QUuid eventId() const { return m_hasEvent ? m_eventId : QUuid(); }
    QString fieldText(Field field) const;
    JsonTreeModel* treeModel() const { return m_treeModel; }
    QTreeView* tree() const { return m_tree; }
    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* payloadText() const { return m_payloadText; }
    QPlainTextEdit* metadataText() const { return m_metadataText; }
    ErrorBanner* banner() const { return m_banner; }

    // Shows the payload upcast to the newest schema (when the event needs it) or as stored.
    void setShowUpcast(bool upcast);
    bool showsUpcast() const { return m_showUpcast; }
    QToolButton* storedButton() const { return m_storedButton; }
    QToolButton* upcastButton() const { return m_upcastButton; }

private:
    void showMessage(const QString& message);
    void render();

    QStackedWidget* m_stack;
    QLabel* m_message;
    QLabel* m_title;
    QList<QLabel*> m_fields;
    ErrorBanner* m_banner;
    QTabWidget* m_tabs;
    JsonTreeModel* m_treeModel;
    QTreeView* m_tree;
    QPlainTextEdit* m_payloadText;
    QPlainTextEdit* m_metadataText;
    QToolButton* m_storedButton;
    QToolButton* m_upcastButton;
    UpcasterRegistry m_upcasters;
    RecordedEvent m_event;
    QUuid m_eventId;
    bool m_hasEvent = false;
    bool m_showUpcast = false;
};

} // namespace sagascope
