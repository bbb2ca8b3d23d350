"""Checks on the finished geometry and outputs (what is written, i.e. after rounding)."""

import json

from .errors import fail
from .geometry import point_in_rings, ring_area, ring_is_simple
from .labelspecs import symbol_radius
from .scene import overlap_area, river_centre_line


def check_outline_in_bounds(outline, plane, proj, margin):
    """The outline must sit inside the map bounds with `margin` user units to spare."""
    for x, y in outline:
        lat, lon = plane.to_latlon(x, y)
        px, py = proj.px(lat, lon)
        if not (margin <= px <= proj.width - margin and margin <= py <= proj.height - margin):
            fail("outline leaves the map bounds (%.4f, %.4f)" % (lat, lon))


def check_outputs(source, feats, plane, proj, outline, geo_polys, centroids, sites):
    """Rings valid, districts inside the outline and not overlapping (areas and a sample
    grid), centroids and neighbourhood points in their own district. Returns report
    lines."""
    report = []
    # Ring validity and area bookkeeping.
    total = 0.0
    for d, polys in zip(source["districts"], geo_polys):
        for p in polys:
            for k, r in enumerate(p):
                if len(r) < 3:
                    fail("%s: ring with fewer than 4 positions" % d["id"])
                a = ring_area(r)
                if (k == 0 and a <= 0) or (k > 0 and a >= 0):
                    fail("%s: ring orientation/area wrong (%g)" % (d["id"], a))
                if not ring_is_simple(r):
                    fail("%s: ring is not simple" % d["id"])
                total += a
    outline_area = ring_area(outline)
    report.append("outline area %.3f km2, districts %.3f km2 (%.1f %%), the rest belongs to no district"
                  % (outline_area, total, 100.0 * total / outline_area))
    if total > outline_area * (1.0 + 1e-6):
        fail("districts cover more than the outline")
    all_rings = [[r for p in polys for r in p] for polys in geo_polys]
    boxes = []
    for rings in all_rings:
        xs = [q[0] for r in rings for q in r]
        ys = [q[1] for r in rings for q in r]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))

    def containing(pt):
        return [i for i, (rings, b) in enumerate(zip(all_rings, boxes))
                if b[0] <= pt[0] <= b[2] and b[1] <= pt[1] <= b[3] and point_in_rings(pt, rings)]

    # Centroids inside their own district and no other.
    for i, (d, c) in enumerate(zip(source["districts"], centroids)):
        pt = plane.to_xy(c[0], c[1])
        inside = containing(pt)
        if inside != [i]:
            fail("centroid of %s is inside %r" % (d["id"], [source["districts"][k]["id"] for k in inside]))
    report.append("49/49 centroids inside their own district and no other")
    # Every neighbourhood point inside its own district.
    for s in sites:
        inside = containing((s["x"], s["y"]))
        if inside != [s["district"]]:
            fail("neighbourhood %s is in %r" % (s["name"], inside))
    report.append("%d/%d neighbourhood points inside their own district" % (len(sites), len(sites)))
    # Overlap / coverage sampling on a grid.
    xs = [q[0] for q in outline]
    ys = [q[1] for q in outline]
    n = feats["checks"]["grid"]
    bad_overlap = covered = inside_pts = 0
    for gi in range(n):
        for gj in range(n):
            pt = (min(xs) + (gi + 0.5) * (max(xs) - min(xs)) / n, min(ys) + (gj + 0.5) * (max(ys) - min(ys)) / n)
            hits = containing(pt)
            in_outline = point_in_rings(pt, [outline])
            if len(hits) > 1 or (hits and not in_outline):
                bad_overlap += 1
            if in_outline:
                inside_pts += 1
                covered += len(hits) == 1
    report.append("grid %dx%d: %d points inside the outline, %d in a district, %d in two districts or outside"
                  % (n, n, inside_pts, covered, bad_overlap))
    if bad_overlap:
        fail("districts overlap or leave the outline")
    return report


def river_label_clearance(feats, proj, labels):
    """Labels (estimated line boxes) that the river centre line passes through."""
    pts = river_centre_line(feats, proj)
    pad = float(feats["style"]["river_width"]) / 2.0
    hits = []
    for lb in labels:
        for _, _, _, (x0, y0, x1, y1) in lb["lines"]:
            if any(x0 - pad <= x <= x1 + pad and y0 - pad <= y <= y1 + pad for x, y in pts):
                hits.append(lb["id"])
                break
    return hits


def river_checks(feats, proj, geo_centroids, source):
    river = feats["river"]
    rpx = proj.px_points(river["course"])
    for k in range(len(rpx) - 1):
        if not rpx[k + 1][1] > rpx[k][1]:
            fail("river course must run strictly north to south")
    pts = river_centre_line(feats, proj)

    def river_x(y):
        for k in range(len(pts) - 1):
            (x1, y1), (x2, y2) = pts[k], pts[k + 1]
            if min(y1, y2) <= y <= max(y1, y2) and y1 != y2:
                return x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        return None

    for k in range(len(pts) - 1):
        if pts[k + 1][1] <= pts[k][1]:
            fail("river curve doubles back northwards")
    report = []
    cent = {d["id"]: c for d, c in zip(source["districts"], geo_centroids)}
    checks = []
    for item in river["bank_checks"]:
        if "district" in item:
            lat, lon = cent[item["district"]]
            checks.append(("centroid of " + item["district"], lat, lon, item["side"]))
        else:
            checks.append((item["name"], item["lat"], item["lon"], item["side"]))
    min_gap = float("inf")
    for name, lat, lon, side in checks:
        x, y = proj.px(lat, lon)
        rx = river_x(y)
        if rx is None:
            fail("river does not reach latitude of %s" % name)
        gap = (rx - x) if side == "west" else (x - rx)
        if gap <= 0:
            fail("%s is not on the %s bank of the river" % (name, side))
        min_gap = min(min_gap, gap)
    report.append("%d river bank checks pass (closest %.1f px = %.0f m from the river centre line)"
                  % (len(checks), min_gap, min_gap / proj.px_per_km() * 1000))
    return report


def label_overlaps(labels, feats, proj):
    """Pairs of labels whose line boxes overlap, and labels over a landmark symbol."""
    res = []
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            a, b = labels[i], labels[j]
            if overlap_area(a["box"], b["box"]) <= 0.0:
                continue
            ov = sum(overlap_area(p[3], q[3]) for p in a["lines"] for q in b["lines"])
            if ov > 0.0:
                res.append((a["id"], b["id"], ov))
    for lm in feats["landmarks"]:
        x, y = proj.px(lm["lat"], lm["lon"])
        r = symbol_radius(lm["symbol"])
        sym = (x - r, y - r, x + r, y + r)
        for lb in labels:
            ov = sum(overlap_area(p[3], sym) for p in lb["lines"])
            if ov > 0.0:
                res.append((lb["id"], "symbol:" + lm["id"], ov))
    return res


def check_geojson_text(text, source):
    """Structural RFC 7946 checks on the GeoJSON exactly as written."""
    data = json.loads(text)
    if data.get("type") != "FeatureCollection" or len(data["features"]) != len(source["districts"]):
        fail("GeoJSON is not a FeatureCollection with one feature per district")
    for f, d in zip(data["features"], source["districts"]):
        p = f["properties"]
        if (p["id"], p["name_en"], p["name_zh"], p["name_ar"]) != (
                d["id"], d["name"]["en"], d["name"]["zh"], d["name"]["ar"]):
            fail("GeoJSON properties of %s do not match the source" % d["id"])
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        if g["type"] not in ("Polygon", "MultiPolygon") or (g["type"] == "MultiPolygon" and len(polys) < 2):
            fail("bad geometry type for %s" % d["id"])
        for poly in polys:
            for k, ring in enumerate(poly):
                if len(ring) < 4 or ring[0] != ring[-1]:
                    fail("%s: ring not closed or shorter than 4 positions" % d["id"])
                for lon, lat in ring:
                    if not (36.0 < lat < 36.5 and 36.9 < lon < 37.4):
                        fail("%s: position out of range or not [lon, lat]" % d["id"])
                    if round(lon, 6) != lon or round(lat, 6) != lat:
                        fail("%s: coordinates not rounded to 6 decimals" % d["id"])
                a = ring_area([tuple(q) for q in ring[:-1]])
                if (k == 0) != (a > 0):
                    fail("%s: ring %d has the wrong winding for RFC 7946" % (d["id"], k))
    return "GeoJSON: %d features, rings closed, exterior rings counter-clockwise, holes clockwise" % len(
        data["features"])
