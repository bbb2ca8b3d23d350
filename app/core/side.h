#pragma once

#include "localizedtext.h"

#include <QColor>
#include <QList>
#include <QString>

/// A party to the battle (for Aleppo 2016: government, opposition, kurdish).
struct Side
{
    QString id;
    LocalizedText name;
    QColor color;

    /**
     * @brief The one neutral grey (#B0B0B0) for a side without a colour and
     * for controls that are no side: unknown, contested with no side named.
     */
    static QColor neutralColor() { return QColor(0xB0, 0xB0, 0xB0); }
    /// The colour of @p sideId among @p sides, or neutralColor() when it is absent or has no valid colour.
    static QColor colorOf(const QList<Side> &sides, const QString &sideId);
};

inline QColor Side::colorOf(const QList<Side> &sides, const QString &sideId)
{
    for (const Side &s : sides) {
        if (s.id == sideId && s.color.isValid())
            return s.color;
    }
    return neutralColor();
}
