#include "eventkindstyle.h"

QColor EventKindStyle::color(EventKind kind)
{
    // Blues, purples, pinks and greys: no kind wears a side's colour (the
    // vermilion, bluish green and yellow of the map), for readers with
    // normal colour vision or red-green colour blindness; the test measures
    // the distances (CIELAB, and after simulating deuteranopia and protanopia).
    switch (kind) {
    case EventKind::Airstrikes:
        return QColor(0x77, 0xAA, 0xDD);
    case EventKind::GroundAttack:
        return QColor(0x33, 0x22, 0x88);
    case EventKind::Capture:
        return QColor(0x88, 0x22, 0x55);
    case EventKind::Counterattack:
        return QColor(0xAA, 0x44, 0x99);
    case EventKind::Casualties:
        return QColor(0x22, 0x22, 0x22);
    case EventKind::Humanitarian:
        return QColor(0xFF, 0xAA, 0xBB);
    case EventKind::Ceasefire:
        return QColor(0x00, 0x77, 0xBB);
    case EventKind::Evacuation:
        return QColor(0xDD, 0xB8, 0xE8);
    case EventKind::Statement:
        return QColor(0x70, 0x70, 0x70);
    }
    return QColor(0x70, 0x70, 0x70);
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
