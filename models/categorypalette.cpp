// SPDX-License-Identifier: MIT
#include "categorypalette.h"

#include "modelstr.h"

namespace sagascope {

QColor categoryColor(EventCategory category)
{
    // Hues chosen to stay apart from each other and from the failure red, readable on light
    // and dark table backgrounds alike.
    switch (category) {
    case EventCategory::Workflow:
        return QColor(0x4e, 0x79, 0xa7);
    case EventCategory::Activity:
        return QColor(0x59, 0xa1, 0x4f);
    case EventCategory::Timer:
        return QColor(0xed, 0xc9, 0x48);
    case EventCategory::Signal:
        return QColor(0xb0, 0x7a, 0xa1);
    case EventCategory::Marker:
        return QColor(0x9c, 0x75, 0x5f);
    case EventCategory::Snapshot:
        return QColor(0x76, 0xb7, 0xb2);
    case EventCategory::Command:
        return QColor(0xf2, 0x8e, 0x2b);
    case EventCategory::ChildWorkflow:
        return QColor(0x1f, 0x4e, 0x79);
    case EventCategory::LocalActivity:
        return QColor(0x8c, 0xd1, 0x7d);
    case EventCategory::SideEffect:
        return QColor(0xff, 0x9d, 0xa7);
    case EventCategory::Update:
        return QColor(0xd3, 0x72, 0x95);
    case EventCategory::SearchAttribute:
        return QColor(0xba, 0xb0, 0xac);
    case EventCategory::Nexus:
        return QColor(0x49, 0x98, 0x94);
    case EventCategory::Domain:
        break;
    }
    return QColor(0x79, 0x70, 0x6e);
}

QColor failureColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

QColor corruptColor()
{
    return QColor(0x8e, 0x24, 0xaa);
}

QColor stateChangeColor(StateChange::Kind kind)
{
    switch (kind) {
    case StateChange::Kind::Added:
        return QColor(0x2e, 0x9e, 0x44);
    case StateChange::Kind::Removed:
        return failureColor();
    case StateChange::Kind::Changed:
        break;
    }
    return QColor(0xe8, 0xa3, 0x17);
}

QColor statusColor(const QString& status)
{
    if (status == u"completed" || status == u"fired")
        return QColor(0x2e, 0x9e, 0x44);
    if (status == u"failed" || status == u"timed_out" || status == u"terminated" || status == u"rejected")
        return failureColor();
    if (status == u"retrying")
        return QColor(0xe1, 0x57, 0x59);
    if (status == u"started" || status == u"running")
        return QColor(0x1f, 0x77, 0xb4);
    if (status == u"scheduled" || status == u"pending" || status == u"initiated" || status == u"cancel_requested")
        return QColor(0xc2, 0x8a, 0x00);
    // canceled, continued_as_new and anything a plugin invents
    return QColor(0x7f, 0x7f, 0x7f);
}

QColor textColorOn(const QColor& background)
{
    // Relative luminance per ITU-R BT.709, good enough to pick black or white text.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QString categoryLabel(EventCategory category)
{
    switch (category) {
    case EventCategory::Workflow:
        return ModelsTr::tr("Workflow");
    case EventCategory::Activity:
        return ModelsTr::tr("Activity");
    case EventCategory::Timer:
        return ModelsTr::tr("Timer");
    case EventCategory::Signal:
        return ModelsTr::tr("Signal");
    case EventCategory::Marker:
        return ModelsTr::tr("Marker");
    case EventCategory::Snapshot:
        return ModelsTr::tr("Snapshot");
    case EventCategory::Command:
        return ModelsTr::tr("Command");
    case EventCategory::ChildWorkflow:
        return ModelsTr::tr("Child workflow");
    case EventCategory::LocalActivity:
        return ModelsTr::tr("Local activity");
    case EventCategory::SideEffect:
        return ModelsTr::tr("Side effect");
    case EventCategory::Update:
        return ModelsTr::tr("Update");
    case EventCategory::SearchAttribute:
        return ModelsTr::tr("Search attribute");
    case EventCategory::Nexus:
        return ModelsTr::tr("Nexus");
    case EventCategory::Domain:
        break;
    }
    return ModelsTr::tr("Domain");
}

} // namespace sagascope
