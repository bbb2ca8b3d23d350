#pragma once

#include "campaignevent.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

/// How an event kind looks: its tick colour on the timeline and its translated name.
class EventKindStyle
{
    Q_DECLARE_TR_FUNCTIONS(EventKindStyle)

public:
    /// A colour-blind-safe palette (Okabe–Ito plus greys), one colour per kind.
    static QColor color(EventKind kind);
    static QString displayName(EventKind kind);
};
