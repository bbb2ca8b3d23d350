// libFuzzer target: the GeoJSON district-shape loader.
#include "geojsonloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const GeoJsonLoadResult r = GeoJsonLoader::parse(bytes, QStringLiteral("fuzz.geojson"));
    // All or nothing: shapes only without problems; every accepted vertex inside WGS84.
    if (!r.problems.isEmpty() && !r.shapes.isEmpty())
        __builtin_trap();
    for (const DistrictShape &s : r.shapes) {
        for (const QGeoPolygon &p : s.polygons) {
            for (const QGeoCoordinate &c : p.perimeter()) {
                if (!c.isValid() || c.latitude() < -90 || c.latitude() > 90 || c.longitude() < -180
                    || c.longitude() > 180)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
