"""Reference implementations for the tests, written independently of atlasgen: they give
the expected values the package's results are compared with."""

import math


def shoelace(ring):
    """Signed area of an open or closed ring, counter-clockwise positive."""
    pts = list(ring)
    if pts[0] == pts[-1]:
        pts = pts[:-1]
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        total += (x2 - x1) * (y2 + y1)
    return -total / 2.0


def winding_number(pt, ring):
    """Winding number of an open ring around pt (0 outside)."""
    x, y = pt
    wn = 0
    n = len(ring)
    for i in range(n):
        (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % n]
        cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1)
        if y1 <= y < y2 and cross > 0:
            wn += 1
        elif y2 <= y < y1 and cross < 0:
            wn -= 1
    return wn


def inside_polygon(pt, polygon):
    """Inside a polygon given as [exterior (CCW), holes (CW)...]."""
    return sum(winding_number(pt, r) for r in polygon) != 0


def bbox(rings):
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)


def boxes_overlap(a, b):
    """Open boxes (x0, y0, x1, y1) share an area."""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def box_separation(a, b):
    """The larger of the horizontal and vertical gaps between two boxes (negative when
    they overlap in both directions)."""
    return max(a[0] - b[2], b[0] - a[2], a[1] - b[3], b[1] - a[3])


def grid(box, n, jitter=0.37):
    """n × n points over a box, off the round coordinates where vertices tend to sit."""
    x0, y0, x1, y1 = box
    return [(x0 + (i + jitter) * (x1 - x0) / n, y0 + (j + jitter * math.sqrt(2) % 1) * (y1 - y0) / n)
            for i in range(n) for j in range(n)]


# WGS84 ellipsoid.
WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563


def _authalic_integral(lat_deg):
    """Area (m²) between the equator and a parallel per radian of longitude on WGS84."""
    e2 = WGS84_F * (2.0 - WGS84_F)
    e = math.sqrt(e2)
    b = WGS84_A * (1.0 - WGS84_F)
    s = math.sin(math.radians(lat_deg))
    return b * b * (s / (2.0 * (1.0 - e2 * s * s)) + math.log((1.0 + e * s) / (1.0 - e * s)) / (4.0 * e))


def geodesic_ring_area_km2(ring):
    """Area (km², counter-clockwise positive) of a ring of [lon, lat] on the WGS84 ellipsoid:
    the sum over edges of the longitude step times the mean of the area integral at the
    edge's ends (exact for edges along parallels and meridians; for the map's edges of at
    most a few hundred metres the error is far below 10⁻⁶)."""
    pts = [tuple(p) for p in ring]
    if pts[0] == pts[-1]:
        pts = pts[:-1]
    total = 0.0
    for (lon1, lat1), (lon2, lat2) in zip(pts, pts[1:] + pts[:1]):
        total += math.radians(lon2 - lon1) * (_authalic_integral(lat1) + _authalic_integral(lat2)) / 2.0
    return -total / 1e6


def geodesic_geometry_area_km2(geometry):
    """Area (km²) of a GeoJSON Polygon or MultiPolygon (holes clockwise subtract)."""
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return sum(geodesic_ring_area_km2(r) for p in polys for r in p)
