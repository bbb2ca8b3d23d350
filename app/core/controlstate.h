#pragma once

#include "controlchange.h"

#include <QDate>
#include <QString>

/// A district's control at the end of some day, and where it comes from.
/// For how the district looks (changed today, contestants, ...), see DistrictAppearance.
struct ControlState
{
    QString control; ///< side id or "contested"; empty when unknown
    QString leading; ///< with contested: the side holding most, if known
    Basis basis = Basis::Approximate;
    QDate since;                           ///< first day of the run of changes with this control
    const ControlChange *change = nullptr; ///< the change in force (owned by the Campaign)

    bool isValid() const { return change != nullptr; }
};
