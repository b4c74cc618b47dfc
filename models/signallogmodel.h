// SPDX-License-Identifier: MIT
// The live table of the Signals tab: the newest signals the monitor delivered, in arrival order,
// in a bounded window (default the last 100 000). A batch comes in with one insertion; when the
// window is full its oldest rows leave in chunks of a tenth of the window, in one removal, so that
// a steady flood costs a few model signals a second whatever its rate. While paused, arrivals are
// held (bounded by the window as well) and shown on resume.
#pragma once

#include "signallogentry.h"

#include <QAbstractTableModel>

#include <deque>

namespace sagascope {

class SignalLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        TimeColumn,
        SubjectColumn,
        SagaColumn,
        SignalColumn,
        HeadersColumn,
        PayloadColumn,
        ProblemColumn,
        ColumnCount,
    };
    enum Roles
    {
        EntryRole = Qt::UserRole,
        SagaIdRole,
        SubjectRole,
        MalformedRole, // bool
        SortRole, // the stream sequence
        // The texts a text filter looks through.
        NameRole,
        HeadersTextRole,
        PayloadTextRole,
        MalformedReasonRole,
    };

    static constexpr qsizetype defaultCapacity = 100'000;

    explicit SignalLogModel(QObject* parent = nullptr);
    ~SignalLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows kept at most (at least 10); shrinking drops the oldest rows at once.
    void setCapacity(qsizetype rows);
    qsizetype capacity() const { return m_capacity; }
    // How many of the oldest rows leave together when the window is full.
    qsizetype dropChunk() const;

    void append(const QList<SignalLogEntry>& batch);
    void clear();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    const SignalLogEntry& entryAt(int row) const { return m_rows[static_cast<size_t>(row)]; }

    qint64 receivedCount() const { return m_received; }
    qint64 malformedCount() const { return m_malformed; }
    // Rows that left the window (or the held buffer) to make room.
    qint64 droppedCount() const { return m_dropped; }
    qsizetype heldCount() const { return static_cast<qsizetype>(m_held.size()); }

Q_SIGNALS:
    // The counts changed: once per batch, never per row.
    void countsChanged();

private:
    template<typename It>
    void showRows(It first, It last);
    qsizetype chunksToDrop(qsizetype excess, qsizetype available) const;

    std::deque<SignalLogEntry> m_rows;
    std::deque<SignalLogEntry> m_held;
    qsizetype m_capacity = defaultCapacity;
    qint64 m_received = 0;
    qint64 m_malformed = 0;
    qint64 m_dropped = 0;
    bool m_paused = false;
};

} // namespace sagascope
