#include "figure.h"

QString figureUnitName(FigureUnit unit)
{
    switch (unit) {
    case FigureUnit::Share:
        return QStringLiteral("share");
    case FigureUnit::Km2:
        return QStringLiteral("km2");
    case FigureUnit::Districts:
        return QStringLiteral("districts");
    }
    return QStringLiteral("share");
}

bool figureUnitFromName(const QString &name, FigureUnit *unit)
{
    for (FigureUnit u : {FigureUnit::Share, FigureUnit::Km2, FigureUnit::Districts}) {
        if (figureUnitName(u) == name) {
            *unit = u;
            return true;
        }
    }
    return false;
}

QString figureQualifierName(FigureQualifier qualifier)
{
    switch (qualifier) {
    case FigureQualifier::About:
        return QStringLiteral("about");
    case FigureQualifier::Over:
        return QStringLiteral("over");
    case FigureQualifier::Under:
        return QStringLiteral("under");
    case FigureQualifier::Exact:
        return QStringLiteral("exact");
    }
    return QStringLiteral("exact");
}

bool figureQualifierFromName(const QString &name, FigureQualifier *qualifier)
{
    for (FigureQualifier q :
         {FigureQualifier::About, FigureQualifier::Over, FigureQualifier::Under, FigureQualifier::Exact}) {
        if (figureQualifierName(q) == name) {
            *qualifier = q;
            return true;
        }
    }
    return false;
}
