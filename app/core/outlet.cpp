#include "outlet.h"

const QStringList &Outlet::types()
{
    static const QStringList names{
        QStringLiteral("news-agency"),  QStringLiteral("newspaper"), QStringLiteral("broadcaster"),
        QStringLiteral("online-media"), QStringLiteral("monitor"),   QStringLiteral("state-media"),
        QStringLiteral("government"),   QStringLiteral("military"),  QStringLiteral("armed-group"),
        QStringLiteral("humanitarian"),
    };
    return names;
}

bool Outlet::isParty(const QString &type)
{
    return type == QLatin1String("state-media") || type == QLatin1String("government")
           || type == QLatin1String("military") || type == QLatin1String("armed-group");
}
