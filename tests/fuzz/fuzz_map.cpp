// libFuzzer target: the map loader's one pass (checks, district outlines, labels layer).
#include "maploader.h"

#include <QSvgRenderer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Both districts of the seed: their outlines are read in the same pass.
    const QSet<QString> districts{QStringLiteral("alpha"), QStringLiteral("beta")};
    const MapLoadResult r = MapLoader::parse(bytes, QStringLiteral("fuzz.svg"), districts);
    if (!r.ok()) {
        // All or nothing, and every problem placed.
        if (!r.svg.isEmpty() || r.renderer || !r.districtPaths.isEmpty() || !r.labels.labels.isEmpty())
            __builtin_trap();
        for (const Diagnostic &d : r.problems) {
            if (d.line < 1 || d.column < 1)
                __builtin_trap();
        }
        return 0;
    }
    if (!r.renderer || !r.renderer->isValid() || !r.projection.isValid())
        __builtin_trap();
    // Labels only from a layer read whole; outlines only of the districts asked for.
    if (!r.labels.labels.isEmpty() && !r.labels.ok())
        __builtin_trap();
    for (auto it = r.districtPaths.cbegin(); it != r.districtPaths.cend(); ++it) {
        if (!districts.contains(it.key()))
            __builtin_trap();
    }
    return 0;
}
