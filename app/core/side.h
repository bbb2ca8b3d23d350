#pragma once

#include "localizedtext.h"

#include <QColor>
#include <QString>

/// A party to the battle (for Aleppo 2016: government, opposition, kurdish).
struct Side
{
    QString id;
    LocalizedText name;
    QColor color;
};
