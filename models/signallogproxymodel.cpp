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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto text = [&index](int role) { return index.data(role).toString(); };
    if (!m_subject.isEmpty() && !text(SignalLogModel::SubjectRole).contains(m_subject, Qt::CaseInsensitive))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role : { int(SignalLogModel::SubjectRole), int(SignalLogModel::SagaIdRole),
             int(SignalLogModel::NameRole), int(SignalLogModel::HeadersTextRole), int(SignalLogModel::PayloadTextRole),
             int(SignalLogModel::MalformedReasonRole) }) {
        if (text(role).contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sagascope
