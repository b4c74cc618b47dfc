// SPDX-License-Identifier: MIT
#include "signallogproxymodel.h"

#include "signallogmodel.h"

namespace sagascope {

SignalLogProxyModel::SignalLogProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

SignalLogProxyModel::~SignalLogProxyModel() = default;

void SignalLogProxyModel::setSubjectFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_subject)
        return;
    m_subject = trimmed;
    invalidateRowsFilter();
}

void SignalLogProxyModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool SignalLogProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!isFiltering())
        return true;
    Q_UNUSED(sourceParent)
    // Read straight from the entry: a filter runs over up to 100 000 rows, six QVariants a row
    // through data() would be most of its cost.
    const auto* log = qobject_cast<const SignalLogModel*>(sourceModel());
    if (!log)
        return true;
    const SignalLogEntry& e = log->entryAt(sourceRow);
    if (!m_subject.isEmpty() && !e.subject.contains(m_subject, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field :
        { &e.subject, &e.sagaId, &e.name, &e.headersText, &e.payloadText, &e.malformedReason }) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sagascope
