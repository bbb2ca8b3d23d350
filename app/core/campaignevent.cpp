#include "campaignevent.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<EventKind, const char *>, 9> kKindNames{{
    {EventKind::Airstrikes, "airstrikes"},
    {EventKind::GroundAttack, "ground-attack"},
    {EventKind::Capture, "capture"},
    {EventKind::Counterattack, "counterattack"},
    {EventKind::Casualties, "casualties"},
    {EventKind::Humanitarian, "humanitarian"},
    {EventKind::Ceasefire, "ceasefire"},
    {EventKind::Evacuation, "evacuation"},
    {EventKind::Statement, "statement"},
}};
} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("statement");
}

bool eventKindFromName(const QString &name, EventKind *kind)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<EventKind> allEventKinds()
{
    QList<EventKind> kinds;
    for (const auto &entry : kKindNames)
        kinds.append(entry.first);
    return kinds;
}
