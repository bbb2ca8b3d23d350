#include "districtappearance.h"

bool operator==(const DistrictAppearance &a, const DistrictAppearance &b)
{
    // Unknown districts look alike whatever the leftovers in the other fields.
    if (!a.isKnown() || !b.isKnown())
        return a.isKnown() == b.isKnown() && a.disputed == b.disputed;
    return a.control == b.control && a.leading == b.leading && a.basis == b.basis && a.changedToday == b.changedToday
           && a.contestants == b.contestants && a.disputed == b.disputed;
}
