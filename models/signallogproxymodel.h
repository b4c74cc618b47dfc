// SPDX-License-Identifier: MIT
// Filters the signal log: a subject filter and a free-text filter (subject, saga, signal name,
// headers, payload, malformed reason), both matched as literal text without regard to case, so
// that a filter full of regex or SQL metacharacters means exactly what it says.
#pragma once

#include <QSortFilterProxyModel>

namespace sagascope {

class SignalLogProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SignalLogProxyModel(QObject* parent = nullptr);
    ~SignalLogProxyModel() override;

    void setSubjectFilter(const QString& text);
    QString subjectFilter() const { return m_subject; }
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }
    bool isFiltering() const { return !m_subject.isEmpty() || !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_subject;
    QString m_text;
};

} // namespace sagascope
