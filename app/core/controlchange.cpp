#include "controlchange.h"

QString basisName(Basis basis)
{
    switch (basis) {
    case Basis::Stated:
        return QStringLiteral("stated");
    case Basis::Inferred:
        return QStringLiteral("inferred");
    case Basis::Approximate:
        return QStringLiteral("approximate");
    case Basis::Reported:
        return QStringLiteral("reported");
    }
    return QStringLiteral("stated");
}

bool basisFromName(const QString &name, Basis *basis)
{
    for (Basis b : {Basis::Stated, Basis::Inferred, Basis::Approximate, Basis::Reported}) {
        if (basisName(b) == name) {
            *basis = b;
            return true;
        }
    }
    return false;
}
