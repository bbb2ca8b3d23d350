#pragma once

#include <QString>
#include <QStringList>

/**
 * @brief Who published a report, or who said what it relays.
 *
 * @ref type is one of outletTypes(): "news-agency", "newspaper",
 * "broadcaster", "online-media", "monitor", "state-media", "government",
 * "military", "armed-group", "humanitarian".
 */
struct Outlet
{
    QString name;
    QString type;

    bool isEmpty() const { return name.isEmpty(); }
    /// The type names reports.json accepts, in documentation order.
    static const QStringList &types();
    /// True for a party to the fighting: "state-media", "government", "military", "armed-group".
    static bool isParty(const QString &type);
};
