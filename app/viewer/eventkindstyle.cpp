#include "eventkindstyle.h"

QColor EventKindStyle::color(EventKind kind)
{
    switch (kind) {
    case EventKind::Airstrikes:
        return QColor(0x56, 0xB4, 0xE9);
    case EventKind::GroundAttack:
        return QColor(0xD5, 0x5E, 0x00);
    case EventKind::Capture:
        return QColor(0xCC, 0x22, 0x22);
    case EventKind::Counterattack:
        return QColor(0x00, 0x9E, 0x73);
    case EventKind::Casualties:
        return QColor(0x33, 0x33, 0x33);
    case EventKind::Humanitarian:
        return QColor(0xCC, 0x79, 0xA7);
    case EventKind::Ceasefire:
        return QColor(0x00, 0x72, 0xB2);
    case EventKind::Evacuation:
        return QColor(0xE6, 0x9F, 0x00);
    case EventKind::Statement:
        return QColor(0x99, 0x99, 0x99);
    }
    return QColor(0x99, 0x99, 0x99);
}

QString EventKindStyle::displayName(EventKind kind)
{
    switch (kind) {
    case EventKind::Airstrikes:
        return tr("Airstrikes");
    case EventKind::GroundAttack:
        return tr("Ground attack");
    case EventKind::Capture:
        return tr("Capture");
    case EventKind::Counterattack:
        return tr("Counter-attack");
    case EventKind::Casualties:
        return tr("Casualties");
    case EventKind::Humanitarian:
        return tr("Humanitarian");
    case EventKind::Ceasefire:
        return tr("Ceasefire");
    case EventKind::Evacuation:
        return tr("Evacuation");
    case EventKind::Statement:
        return tr("Statement");
    }
    return tr("Statement");
}
