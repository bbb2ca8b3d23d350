#!/usr/bin/env python3
"""Generate the Aleppo Atlas base map from neighbourhood centroids.

Inputs (both in this directory):
  districts-source.json  49 districts, each with its member neighbourhoods
                         (lat/lon/area_km2 facts).
  features.json          outline, power-diagram, river, landmark and styling
                         parameters, and the fixed map bounds.

Outputs (in resources/campaigns/aleppo-2016/):
  map.svg                base map, georeferenced in the urn:aleppo-atlas:map:1
                         namespace (equirectangular, standard parallel 36.2).
  districts.geojson      RFC 7946 FeatureCollection, one feature per district.
  districts.json         district ids, names and interior centroids.

District boundaries are approximate: each neighbourhood point gets a cell of a
power diagram (weighted Voronoi diagram, weight from the neighbourhood's area)
clipped to a generated city outline, and the cells of a district are merged.
They are NOT real administrative boundaries.

Usage:
  python3 maps/generate_map.py           regenerate the outputs
  python3 maps/generate_map.py --check   regenerate into a temporary directory,
                                         run the geometry checks, and exit 1 if
                                         the committed outputs differ

Pure Python 3 standard library; the output is deterministic (no timestamps,
explicit float formatting, fixed iteration order).
"""

import argparse
import heapq
import json
import math
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCE_PATH = os.path.join(HERE, "districts-source.json")
FEATURES_PATH = os.path.join(HERE, "features.json")
OUT_DIR = os.path.join(ROOT, "resources", "campaigns", "aleppo-2016")
OUTPUT_NAMES = ("map.svg", "districts.geojson", "districts.json")

# Kilometres per degree of latitude (and of longitude at the equator). The app's
# MapProjection::unitsPerKm() uses the same constant, so the scale bar agrees.
KM_PER_DEG = 111.32
# Vertices closer than this (km) are the same vertex when cells are merged.
SNAP_KM = 1e-6


class CheckError(Exception):
    pass


def fail(message):
    raise CheckError(message)


# ---------------------------------------------------------------------------
# Number formatting (explicit, so output bytes never depend on repr()).

def fmt(value, digits):
    text = "%.*f" % (digits, value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def fpx(value):
    """SVG user units: 2 decimals (0.01 px)."""
    return fmt(value, 2)


# ---------------------------------------------------------------------------
# Local metric plane (equirectangular, km).

class Plane:
    def __init__(self, lat0, lon0, standard_parallel):
        self.lat0 = lat0
        self.lon0 = lon0
        self.kx = math.cos(math.radians(standard_parallel)) * KM_PER_DEG
        self.ky = KM_PER_DEG

    def to_xy(self, lat, lon):
        return ((lon - self.lon0) * self.kx, (lat - self.lat0) * self.ky)

    def to_latlon(self, x, y):
        return (self.lat0 + y / self.ky, self.lon0 + x / self.kx)


# ---------------------------------------------------------------------------
# Basic 2-D geometry.

def ring_area(ring):
    """Signed area (CCW positive) of an open ring [(x, y), ...]."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def ring_centroid_sums(ring):
    """(signed area, sum cx*area, sum cy*area) of an open ring."""
    a = cx = cy = 0.0
    n = len(ring)
    ox, oy = ring[0]
    for i in range(n):
        x1, y1 = ring[i][0] - ox, ring[i][1] - oy
        x2, y2 = ring[(i + 1) % n][0] - ox, ring[(i + 1) % n][1] - oy
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    a /= 2.0
    return a, cx / 6.0 + ox * a, cy / 6.0 + oy * a


def point_in_rings(pt, rings):
    """Even-odd test against any number of open rings."""
    x, y = pt
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y):
                xc = xi + (y - yi) * (xj - xi) / (yj - yi)
                if x < xc:
                    inside = not inside
            j = i
    return inside


def seg_dist2(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    if l2 == 0.0:
        t = 0.0
    else:
        t = ((px - ax) * dx + (py - ay) * dy) / l2
        t = 0.0 if t < 0.0 else (1.0 if t > 1.0 else t)
    ex, ey = ax + t * dx - px, ay + t * dy - py
    return ex * ex + ey * ey


def dist_to_rings(pt, rings):
    best = float("inf")
    for ring in rings:
        n = len(ring)
        for i in range(n):
            a = ring[i]
            b = ring[(i + 1) % n]
            d = seg_dist2(pt[0], pt[1], a[0], a[1], b[0], b[1])
            if d < best:
                best = d
    return math.sqrt(best)


def signed_dist(pt, rings):
    d = dist_to_rings(pt, rings)
    return d if point_in_rings(pt, rings) else -d


def clip_halfplane(poly, nx, ny, c):
    """Keep the part of a simple CCW ring where nx*x + ny*y <= c.

    Returns a list of simple CCW rings. Unlike plain Sutherland-Hodgman, a
    concave ring that the line cuts into several pieces gives several rings
    (no zero-width bridges along the clipping line)."""
    n = len(poly)
    if n == 0:
        return []
    f = [nx * p[0] + ny * p[1] - c for p in poly]
    if all(v <= 0.0 for v in f):
        return [list(poly)]
    if all(v > 0.0 for v in f):
        return []
    start = next(k for k in range(n) if f[k] > 0.0)

    def cut(a, b, fa, fb):
        t = fa / (fa - fb)
        return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))

    chains = []
    cur = None
    for step in range(n):
        i = (start + step) % n
        j = (i + 1) % n
        a, b, fa, fb = poly[i], poly[j], f[i], f[j]
        if fa > 0.0 and fb <= 0.0:
            cur = [cut(a, b, fa, fb)] if fb < 0.0 else []
            cur.append(b)
        elif fa <= 0.0 and fb <= 0.0:
            cur.append(b)
        elif fa <= 0.0 and fb > 0.0:
            if fa < 0.0:
                cur.append(cut(a, b, fa, fb))
            chains.append(cur)
            cur = None
    # Along the line (direction (-ny, nx)) the new boundary runs from an exit
    # (end of a chain) to the next crossing, which must be an entry.
    tx, ty = -ny, nx
    events = []
    for k, ch in enumerate(chains):
        events.append((tx * ch[0][0] + ty * ch[0][1], 1, k))    # entry
        events.append((tx * ch[-1][0] + ty * ch[-1][1], 0, k))  # exit
    events.sort()
    link = {}
    for e in range(0, len(events), 2):
        (s0, kind0, k0), (s1, kind1, k1) = events[e], events[e + 1]
        if kind0 != 0 or kind1 != 1:
            fail("degenerate half-plane clip (vertex on the clipping line)")
        link[k0] = k1
    rings = []
    used = set()
    for k in range(len(chains)):
        if k in used:
            continue
        ring = []
        m = k
        while m not in used:
            used.add(m)
            ring.extend(chains[m])
            m = link[m]
        if m != k:
            fail("inconsistent half-plane clip")
        out = []
        for p in ring:
            if not out or out[-1] != p:
                out.append(p)
        while len(out) > 1 and out[0] == out[-1]:
            out.pop()
        if len(out) >= 3 and ring_area(out) > 0.0:
            rings.append(out)
    return rings


def segments_cross(a, b, c, d):
    """True when segments ab and cd intersect other than at a shared endpoint."""
    def orient(p, q, r):
        v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        if abs(v) < 1e-18:
            return 0
        return 1 if v > 0 else -1

    def on_seg(p, q, r):
        return (min(p[0], q[0]) - 1e-12 <= r[0] <= max(p[0], q[0]) + 1e-12
                and min(p[1], q[1]) - 1e-12 <= r[1] <= max(p[1], q[1]) + 1e-12)

    shared = {a, b} & {c, d}
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    if shared:
        # Touching at a shared endpoint is fine; collinear overlap is not.
        if o1 == 0 and o2 == 0:
            other = [p for p in (c, d) if p not in shared] + [p for p in (a, b) if p not in shared]
            for p in other:
                if p in (c, d) and on_seg(a, b, p) and p not in (a, b):
                    return True
                if p in (a, b) and on_seg(c, d, p) and p not in (c, d):
                    return True
        return False
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and on_seg(a, b, c):
        return True
    if o2 == 0 and on_seg(a, b, d):
        return True
    if o3 == 0 and on_seg(c, d, a):
        return True
    if o4 == 0 and on_seg(c, d, b):
        return True
    return False


def ring_is_simple(ring):
    n = len(ring)
    if n < 3 or len(set(ring)) != n:
        return False
    edges = [(ring[i], ring[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        (a, b), (_, c) = edges[i], edges[(i + 1) % n]
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1])
        if abs(cross) < 1e-18 and dot < 0.0:
            return False  # spike: the boundary doubles back on itself
    for i in range(n):
        for j in range(i + 1, n):
            if j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segments_cross(edges[i][0], edges[i][1], edges[j][0], edges[j][1]):
                return False
    return True


def polylabel(rings, precision):
    """Pole of inaccessibility (Mapbox polylabel algorithm), deterministic."""
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    size = min(maxx - minx, maxy - miny)
    h = size / 2.0
    heap = []
    counter = 0

    def push(x, y, half):
        nonlocal counter
        d = signed_dist((x, y), rings)
        best_possible = d + half * math.sqrt(2.0)
        heapq.heappush(heap, (-best_possible, counter, x, y, half, d))
        counter += 1

    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            push(x + h, y + h, h)
            y += size
        x += size
    # Start from the area centroid of the exterior rings.
    a = sx = sy = 0.0
    for r in rings:
        ra, rx, ry = ring_centroid_sums(r)
        a += ra
        sx += rx
        sy += ry
    best = None
    if a != 0.0:
        cx, cy = sx / a, sy / a
        best = (signed_dist((cx, cy), rings), cx, cy)
    bx, by = (minx + maxx) / 2.0, (miny + maxy) / 2.0
    bb = (signed_dist((bx, by), rings), bx, by)
    if best is None or bb[0] > best[0]:
        best = bb
    while heap:
        neg_max, _, x, y, half, d = heapq.heappop(heap)
        if d > best[0]:
            best = (d, x, y)
        if -neg_max - best[0] <= precision:
            continue
        half /= 2.0
        push(x - half, y - half, half)
        push(x + half, y - half, half)
        push(x - half, y + half, half)
        push(x + half, y + half, half)
    return best[1], best[2], best[0]


# ---------------------------------------------------------------------------
# Smooth curves: Catmull-Rom through points -> cubic Beziers.

def catmull_rom_beziers(points):
    segs = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1 = points[i]
        p2 = points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0)
        segs.append((p1, c1, c2, p2))
    return segs


def sample_beziers(segs, steps):
    pts = [segs[0][0]]
    for p1, c1, c2, p2 in segs:
        for k in range(1, steps + 1):
            t = k / steps
            u = 1.0 - t
            x = u * u * u * p1[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p2[0]
            y = u * u * u * p1[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p2[1]
            pts.append((x, y))
    return pts


# ---------------------------------------------------------------------------
# Inputs.

def load_json(path):
    with open(path, "r", encoding="utf-8") as f:
        return json.load(f)


def load_sites(source, plane, cfg):
    default_area = cfg["default_area_km2"]
    sites = []
    for di, d in enumerate(source["districts"]):
        for m in d["neighbourhoods"]:
            area = m.get("area_km2")
            x, y = plane.to_xy(m["lat"], m["lon"])
            sites.append({
                "district": di,
                "name": m["name_en"],
                "lat": m["lat"],
                "lon": m["lon"],
                "area": area if area is not None else default_area,
                "has_area": area is not None,
                "x": x,
                "y": y,
            })
    seen = set()
    for s in sites:
        key = (s["lat"], s["lon"])
        if key in seen:
            fail("duplicate neighbourhood position %r (%s)" % (key, s["name"]))
        seen.add(key)
    return sites


# ---------------------------------------------------------------------------
# City outline: star hull of per-site discs, closed and smoothed.

def site_margin(site, cfg):
    r = cfg["margin_area_factor"] * math.sqrt(site["area"] / math.pi)
    return min(cfg["margin_km_max"], max(cfg["margin_km"], r))


def build_outline(sites, cfg):
    n = cfg["rays"]
    cx = sum(s["x"] for s in sites) / len(sites)
    cy = sum(s["y"] for s in sites) / len(sites)
    discs = [(s["x"] - cx, s["y"] - cy, site_margin(s, cfg)) for s in sites]
    raw = []
    for k in range(n):
        th = 2.0 * math.pi * k / n
        ux, uy = math.cos(th), math.sin(th)
        best = 0.0
        for dx, dy, r in discs:
            b = ux * dx + uy * dy
            disc = b * b - (dx * dx + dy * dy - r * r)
            if disc >= 0.0:
                t = b + math.sqrt(disc)
                if t > best:
                    best = t
        raw.append(best)
    # Morphological closing in the angular domain fills narrow notches.
    w = int(round(cfg["closing_deg"] * n / 360.0))
    dil = [max(raw[(k + j) % n] for j in range(-w, w + 1)) for k in range(n)]
    closed = [min(dil[(k + j) % n] for j in range(-w, w + 1)) for k in range(n)]
    # Smooth: dilate by passes*s rays, then average passes times over +-s rays.
    # Every averaged value only mixes dilated values whose window contains the
    # ray itself, so the result never falls inside the raw hull and has no cliffs.
    s = int(round(cfg["smoothing_deg"] * n / 360.0))
    p = cfg["smoothing_passes"]
    r = [max(closed[(k + j) % n] for j in range(-p * s, p * s + 1)) for k in range(n)]
    for _ in range(p):
        r = [sum(r[(k + j) % n] for j in range(-s, s + 1)) / (2 * s + 1) for k in range(n)]
    if any(a < b for a, b in zip(r, raw)):
        fail("smoothed outline falls inside the raw hull")
    ring = []
    for k in range(n):
        th = 2.0 * math.pi * k / n
        ring.append((cx + r[k] * math.cos(th), cy + r[k] * math.sin(th)))
    if ring_area(ring) <= 0:
        fail("outline is not counter-clockwise")
    if not ring_is_simple(ring):
        fail("outline is not a simple polygon")
    for s in sites:
        d = signed_dist((s["x"], s["y"]), [ring])
        if d < cfg["margin_km_min_check"]:
            fail("site %s is only %.3f km inside the outline" % (s["name"], d))
    return ring


# ---------------------------------------------------------------------------
# Power diagram.

def power_weights(sites, cfg):
    alpha = cfg["weight_factor"]
    beta = cfg["max_weight_gap_of_d2"]
    w = [alpha * s["area"] / math.pi for s in sites]
    n = len(sites)
    d2 = [[(sites[i]["x"] - sites[j]["x"]) ** 2 + (sites[i]["y"] - sites[j]["y"]) ** 2
           for j in range(n)] for i in range(n)]
    reduced = set()
    for _ in range(len(sites) + 2):
        changed = False
        for i in range(n):
            for j in range(n):
                if i != j and w[j] - w[i] > beta * d2[i][j] + 1e-12:
                    w[j] = w[i] + beta * d2[i][j]
                    reduced.add(j)
                    changed = True
        if not changed:
            break
    else:
        fail("power weights did not converge")
    return w, sorted(reduced)


def power_cells(sites, weights, outline):
    n = len(sites)
    cells = []
    for i in range(n):
        xi, yi = sites[i]["x"], sites[i]["y"]
        order = sorted((j for j in range(n) if j != i),
                       key=lambda j: ((sites[j]["x"] - xi) ** 2 + (sites[j]["y"] - yi) ** 2, j))
        polys = [list(outline)]
        for j in order:
            a, b = (i, j) if i < j else (j, i)
            # One canonical line per pair; site b's side is the negation.
            nx = sites[b]["x"] - sites[a]["x"]
            ny = sites[b]["y"] - sites[a]["y"]
            c = ((sites[b]["x"] ** 2 + sites[b]["y"] ** 2) - (sites[a]["x"] ** 2 + sites[a]["y"] ** 2)
                 + weights[a] - weights[b]) / 2.0
            if i != a:
                nx, ny, c = -nx, -ny, -c
            polys = [q for p in polys for q in clip_halfplane(p, nx, ny, c)]
            if not polys:
                break
        if not polys:
            fail("empty cell for %s" % sites[i]["name"])
        cells.append(polys)
    return cells


class VertexPool:
    """Canonical vertices: points within SNAP_KM become one vertex."""

    def __init__(self):
        self.grid = {}
        self.points = []

    def get(self, p):
        gx, gy = int(math.floor(p[0] / SNAP_KM)), int(math.floor(p[1] / SNAP_KM))
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for idx in self.grid.get((gx + dx, gy + dy), ()):
                    q = self.points[idx]
                    if abs(q[0] - p[0]) <= SNAP_KM and abs(q[1] - p[1]) <= SNAP_KM:
                        return idx
        idx = len(self.points)
        self.points.append(p)
        self.grid.setdefault((gx, gy), []).append(idx)
        return idx


def canonical_cells(cells, pool):
    """One list of vertex-id rings per site."""
    out = []
    for polys in cells:
        out.append([canonical_ring(p, pool) for p in polys])
    return out


def canonical_ring(poly, pool):
    ring = []
    for v in (pool.get(p) for p in poly):
        if not ring or ring[-1] != v:
            ring.append(v)
    while len(ring) > 1 and ring[0] == ring[-1]:
        ring.pop()
    return ring


def merge_cells(cell_rings, pool):
    """Cancel shared edges of a district's cells and chain the rest into rings."""
    edges = {}
    for ring in cell_rings:
        n = len(ring)
        for k in range(n):
            e = (ring[k], ring[(k + 1) % n])
            rev = (e[1], e[0])
            if edges.get(rev, 0) > 0:
                edges[rev] -= 1
                if edges[rev] == 0:
                    del edges[rev]
            else:
                edges[e] = edges.get(e, 0) + 1
    outgoing = {}
    for (a, b), count in sorted(edges.items()):
        for _ in range(count):
            outgoing.setdefault(a, []).append(b)
    pts = pool.points
    rings = []
    while outgoing:
        start = min(outgoing)
        ring = [start]
        prev = None
        cur = start
        while True:
            cands = outgoing[cur]
            if len(cands) == 1 or prev is None:
                nxt = cands[0]
            else:
                # At a pinch vertex turn as far right as possible, so each ring
                # stays a simple loop.
                bx, by = pts[prev][0] - pts[cur][0], pts[prev][1] - pts[cur][1]
                back = math.atan2(by, bx)

                def turn(v):
                    a = math.atan2(pts[v][1] - pts[cur][1], pts[v][0] - pts[cur][0])
                    return ((back - a) % (2.0 * math.pi), v)
                nxt = min(cands, key=turn)
            cands.remove(nxt)
            if not cands:
                del outgoing[cur]
            prev, cur = cur, nxt
            if cur == start:
                break
            ring.append(cur)
            if len(ring) > 100000:
                fail("ring chaining does not terminate")
        rings.append(ring)
    return rings


def rings_to_polygons(rings, pool):
    """Group chained rings (vertex ids) into polygons: [exterior, holes...]."""
    pts = pool.points
    geo = [[pts[v] for v in r] for r in rings]
    exteriors = [(r, g) for r, g in zip(rings, geo) if ring_area(g) > 0]
    holes = [(r, g) for r, g in zip(rings, geo) if ring_area(g) < 0]
    if any(ring_area(g) == 0 for g in geo):
        fail("zero-area ring")
    polys = [[g] for _, g in exteriors]
    for _, hg in holes:
        # Midpoint of the longest hole edge is strictly inside its exterior.
        n = len(hg)
        k = max(range(n), key=lambda i: ((hg[(i + 1) % n][0] - hg[i][0]) ** 2
                                         + (hg[(i + 1) % n][1] - hg[i][1]) ** 2, -i))
        mid = ((hg[k][0] + hg[(k + 1) % n][0]) / 2.0, (hg[k][1] + hg[(k + 1) % n][1]) / 2.0)
        owners = [pi for pi, p in enumerate(polys) if point_in_rings(mid, [p[0]])]
        if not owners:
            fail("hole without exterior")
        owner = min(owners, key=lambda pi: (ring_area(polys[pi][0]), pi))
        polys[owner].append(hg)
    # Largest part first, deterministic.
    polys.sort(key=lambda p: (-ring_area(p[0]), p[0][0]))
    return polys


# ---------------------------------------------------------------------------
# Interior point for labels / districts.json.

def interior_point(polys, plane, cfg):
    rings = [r for p in polys for r in p]
    a = sx = sy = 0.0
    for r in rings:
        ra, rx, ry = ring_centroid_sums(r)
        a += ra
        sx += rx
        sy += ry
    cx, cy = sx / a, sy / a
    px, py, pd = polylabel(rings, 0.001)
    need = max(cfg["centroid_min_depth_km"], cfg["centroid_min_depth_of_pole"] * pd)
    method = "area centroid"
    if signed_dist((cx, cy), rings) < need:
        cx, cy, method = px, py, "pole of inaccessibility"
    lat, lon = plane.to_latlon(cx, cy)
    lat, lon = round(lat, 4), round(lon, 4)
    x, y = plane.to_xy(lat, lon)
    depth = signed_dist((x, y), rings)
    if depth <= cfg["centroid_min_depth_km"] / 2.0:
        fail("rounded centroid is not inside its district")
    return lat, lon, method, depth


# ---------------------------------------------------------------------------
# Georeferenced SVG projection.

class MapProjection:
    def __init__(self, proj_cfg):
        b = proj_cfg["bounds"]
        self.west, self.east = b["west"], b["east"]
        self.south, self.north = b["south"], b["north"]
        self.sp = proj_cfg["standard_parallel"]
        self.s = proj_cfg["pixels_per_degree_latitude"]
        self.cos = math.cos(math.radians(self.sp))
        self.width = (self.east - self.west) * self.cos * self.s
        self.height = (self.north - self.south) * self.s

    def px(self, lat, lon):
        return ((lon - self.west) * self.cos * self.s, (self.north - lat) * self.s)

    def px_per_km(self):
        return self.s / KM_PER_DEG


# ---------------------------------------------------------------------------
# SVG writer.

def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def attrs(**kw):
    parts = []
    for k, v in kw.items():
        k = k.rstrip("_").replace("_", "-")
        parts.append('%s="%s"' % (k, esc(str(v))))
    return " ".join(parts)


def path_d(rings_px):
    parts = []
    for ring in rings_px:
        parts.append("M" + " L".join("%s,%s" % (fpx(x), fpx(y)) for x, y in ring) + " Z")
    return " ".join(parts)


def text_width(text, size):
    w = 0.0
    for ch in text:
        o = ord(ch)
        if o >= 0x2E80:
            w += 1.0
        elif ch in "il.,'’:;|!":
            w += 0.28
        elif ch in "fjrt-() ":
            w += 0.36
        elif ch in "mwMW":
            w += 0.85
        elif ch.isupper() or ch.isdigit():
            w += 0.66
        else:
            w += 0.55
    return w * size


def split_label(text):
    """Split a long English name into two lines, preferring ' and '."""
    if " and " in text:
        i = text.index(" and ")
        return [text[:i + 4], text[i + 5:]]
    words = text.split(" ")
    best = None
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        score = abs(len(a) - len(b))
        if best is None or score < best[0]:
            best = (score, [a, b])
    return best[1] if best else [text]


def build_svg(source, feats, proj, plane, outline, districts, label_points):
    st = feats["style"]
    font = st["font_family"]
    W, H = proj.width, proj.height
    out = []
    a = out.append
    a('<?xml version="1.0" encoding="UTF-8"?>')
    a('<svg xmlns="http://www.w3.org/2000/svg" xmlns:atlas="urn:aleppo-atlas:map:1" '
      'version="1.2" baseProfile="tiny" width="%s" height="%s" viewBox="0 0 %s %s" '
      'atlas:projection="equirectangular" atlas:standard-parallel="%s" '
      'atlas:west="%s" atlas:east="%s" atlas:south="%s" atlas:north="%s">'
      % (fmt(W, 6), fmt(H, 6), fmt(W, 6), fmt(H, 6), fmt(proj.sp, 6),
         fmt(proj.west, 6), fmt(proj.east, 6), fmt(proj.south, 6), fmt(proj.north, 6)))
    a('<title>Aleppo, 2016: districts (approximate)</title>')
    desc = ("Base map of Aleppo for Aleppo Atlas. Projection: equirectangular, standard parallel "
            "%s deg N; x = (lon - west) * cos(%s deg) * S, y = (north - lat) * S with S = %s user "
            "units per degree of latitude. Bounds: west %s, east %s, south %s, north %s (decimal "
            "degrees, WGS84). District boundaries are approximate power-diagram (weighted Voronoi) "
            "cells built from neighbourhood centroids, not surveyed or administrative boundaries. "
            "River course and city outline are approximate. Generated by maps/generate_map.py."
            % (fmt(proj.sp, 6), fmt(proj.sp, 6), fmt(proj.s, 6), fmt(proj.west, 6), fmt(proj.east, 6),
               fmt(proj.south, 6), fmt(proj.north, 6)))
    a('<desc>%s</desc>' % esc(desc))
    a('<metadata>%s</metadata>' % esc(
        "projection=equirectangular; standard-parallel=%s; west=%s; east=%s; south=%s; north=%s; "
        "width=%s; height=%s; boundaries=approximate"
        % (fmt(proj.sp, 6), fmt(proj.west, 6), fmt(proj.east, 6), fmt(proj.south, 6),
           fmt(proj.north, 6), fmt(W, 6), fmt(H, 6))))

    def to_px_ring(ring):
        pts = []
        for x, y in ring:
            lat, lon = plane.to_latlon(x, y)
            p = proj.px(lat, lon)
            if not pts or (fpx(p[0]), fpx(p[1])) != (fpx(pts[-1][0]), fpx(pts[-1][1])):
                pts.append(p)
        return pts

    # --- base
    a('<g id="base">')
    a('<rect %s/>' % attrs(x=0, y=0, width=fmt(W, 6), height=fmt(H, 6), fill=st["paper"], stroke="none"))
    a('<path %s/>' % attrs(d=path_d([to_px_ring(outline)]), fill=st["outline_fill"],
                           stroke=st["outline_stroke"], stroke_width=st["outline_stroke_width"]))
    g = feats["graticule"]
    step = g["step_deg"]
    gat = 'stroke="%s" stroke-width="%s" fill="none"' % (st["graticule"], st["graticule_width"])
    gtxt = ('font-family="%s" font-size="%s" fill="%s"' % (esc(font), fmt(st["graticule_font_size"], 2),
                                                          st["graticule_text"]))
    k0 = int(math.ceil(proj.west / step - 1e-9))
    k1 = int(math.floor(proj.east / step + 1e-9))
    for k in range(k0, k1 + 1):
        lon = k * step
        x, _ = proj.px(proj.north, lon)
        if 0.5 < x < W - 0.5:
            a('<line x1="%s" y1="0" x2="%s" y2="%s" %s/>' % (fpx(x), fpx(x), fpx(H), gat))
            a('<text x="%s" y="%s" text-anchor="middle" %s>%s°E</text>'
              % (fpx(x), fpx(H - 4), gtxt, fmt(lon, 2)))
    k0 = int(math.ceil(proj.south / step - 1e-9))
    k1 = int(math.floor(proj.north / step + 1e-9))
    for k in range(k0, k1 + 1):
        lat = k * step
        _, y = proj.px(lat, proj.west)
        if 0.5 < y < H - 0.5:
            a('<line x1="0" y1="%s" x2="%s" y2="%s" %s/>' % (fpx(y), fpx(W), fpx(y), gat))
            a('<text x="4" y="%s" %s>%s°N</text>' % (fpx(y - 3), gtxt, fmt(lat, 2)))
    a('</g>')

    # --- districts
    a('<g id="districts">')
    for d, polys in zip(source["districts"], districts):
        rings_px = [to_px_ring(r) for p in polys for r in p]
        a('<path %s/>' % attrs(id=d["id"], d=path_d(rings_px), fill=st["district_fill"],
                               fill_rule="evenodd", stroke=st["district_stroke"],
                               stroke_width=st["district_stroke_width"], stroke_linejoin="round"))
    a('</g>')

    # --- river
    river = feats["river"]
    rpx = [proj.px(lat, lon) for lat, lon in river["course"]]
    segs = catmull_rom_beziers(rpx)
    d = "M%s,%s" % (fpx(segs[0][0][0]), fpx(segs[0][0][1]))
    for p1, c1, c2, p2 in segs:
        d += " C%s,%s %s,%s %s,%s" % (fpx(c1[0]), fpx(c1[1]), fpx(c2[0]), fpx(c2[1]), fpx(p2[0]), fpx(p2[1]))
    a('<g id="river">')
    a('<path %s/>' % attrs(d=d, fill="none", stroke=st["river"], stroke_width=st["river_width"],
                           stroke_linecap="round", stroke_linejoin="round"))
    rl = river["label"]
    lx, ly = proj.px(rl["lat"], rl["lon"])
    a('<text %s>%s</text>' % (attrs(x=fpx(lx), y=fpx(ly), font_family=font, font_size=fmt(rl["font_size"], 2),
                                    font_style="italic", fill=st["river_text"], text_anchor=rl["anchor"]),
                              esc(rl["text"])))
    a('</g>')

    # --- landmarks
    a('<g id="landmarks">')
    halo = []
    texts = []
    for lm in feats["landmarks"]:
        x, y = proj.px(lm["lat"], lm["lon"])
        a(landmark_symbol(lm["symbol"], x, y, st))
        if lm.get("label"):
            lx, ly = x + lm["label_dx"], y + lm["label_dy"]
            ta = dict(x=fpx(lx), y=fpx(ly), font_family=font, font_size=fmt(lm["font_size"], 2),
                      font_weight="bold", text_anchor=lm.get("anchor", "start"))
            halo.append('<text %s>%s</text>' % (attrs(fill="#ffffff", stroke="#ffffff",
                                                      stroke_width=st["halo_width"], stroke_linejoin="round",
                                                      **ta), esc(lm["label"])))
            texts.append('<text %s>%s</text>' % (attrs(fill=lm.get("color", st["landmark_text"]), **ta),
                                                 esc(lm["label"])))
    out.extend(halo)
    out.extend(texts)
    a('</g>')

    # --- labels
    a('<g id="labels">')
    halo = []
    texts = []
    for lp in label_points:
        for line in lp["lines"]:
            ta = dict(x=fpx(lp["x"]), y=fpx(line["y"]), font_family=font, font_size=fmt(line["size"], 2),
                      text_anchor="middle")
            halo.append('<text %s>%s</text>' % (attrs(fill="#ffffff", stroke="#ffffff",
                                                      stroke_width=st["halo_width"], stroke_linejoin="round",
                                                      **ta), esc(line["text"])))
            texts.append('<text %s>%s</text>' % (attrs(fill=line["fill"], **ta), esc(line["text"])))
    out.extend(halo)
    out.extend(texts)
    a('</g>')

    # --- furniture
    a('<g id="furniture">')
    out.extend(furniture(feats, proj, st, font))
    a('</g>')
    a('</svg>')
    return "\n".join(out) + "\n"


def landmark_symbol(kind, x, y, st):
    if kind == "citadel":
        # Small rounded hexagon (the citadel mound) with a dark centre.
        r = 5.0
        pts = " ".join("%s,%s" % (fpx(x + r * math.cos(math.radians(30 + 60 * k))),
                                  fpx(y + r * math.sin(math.radians(30 + 60 * k)))) for k in range(6))
        return ('<polygon points="%s" fill="%s" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round"/>'
                '<circle cx="%s" cy="%s" r="1.6" fill="#ffffff"/>' % (pts, st["citadel"], fpx(x), fpx(y)))
    if kind == "airport":
        # Two crossed runways.
        return ('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.4" stroke-linecap="round"/>'
                '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.4" stroke-linecap="round"/>'
                % (fpx(x - 7), fpx(y + 3), fpx(x + 7), fpx(y - 3), st["airport"],
                   fpx(x - 2), fpx(y - 6), fpx(x + 2), fpx(y + 6), st["airport"]))
    if kind == "mosque":
        return ('<rect x="%s" y="%s" width="5" height="5" fill="%s" stroke="#ffffff" stroke-width="0.8"/>'
                % (fpx(x - 2.5), fpx(y - 2.5), st["mosque"]))
    if kind == "park":
        return ('<circle cx="%s" cy="%s" r="3.2" fill="%s" stroke="#ffffff" stroke-width="0.8"/>'
                % (fpx(x), fpx(y), st["park"]))
    fail("unknown landmark symbol %r" % kind)


def furniture(feats, proj, st, font):
    f = feats["furniture"]
    out = []
    W, H = proj.width, proj.height
    # Scale bar 0-1-2 km, bottom right, computed from the projection.
    km = proj.px_per_km()
    n = f["scale_bar_km"]
    x1 = W - f["scale_bar_from_right"]
    x0 = x1 - n * km
    y0 = H - f["scale_bar_from_bottom"]
    out.append('<rect %s/>' % attrs(x=fpx(x0 - 12), y=fpx(y0 - 22), width=fpx(n * km + 40), height=fpx(32),
                                    fill="#ffffff", fill_opacity="0.7", stroke="none"))
    for k in range(n):
        fill = "#333333" if k % 2 == 0 else "#ffffff"
        out.append('<rect %s/>' % attrs(x=fpx(x0 + k * km), y=fpx(y0 - 4), width=fpx(km), height=fpx(5),
                                        fill=fill, stroke="#333333", stroke_width="0.8"))
    for k in range(n + 1):
        label = "%d km" % k if k == n else "%d" % k
        out.append('<text %s>%s</text>' % (attrs(x=fpx(x0 + k * km), y=fpx(y0 - 8), font_family=font,
                                                 font_size="10", fill="#333333", text_anchor="middle"), label))
    # North arrow, top left.
    nx, ny = f["north_arrow_from_left"], f["north_arrow_from_top"]
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx + 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#333333", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx - 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#ffffff", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    out.append('<text %s>N</text>' % attrs(x=fpx(nx), y=fpx(ny - 5), font_family=font, font_size="14",
                                           font_weight="bold", fill="#333333", text_anchor="middle"))
    # Captions, bottom right.
    cx = W - f["caption_from_right"]
    cy = H - f["caption_from_bottom"]
    for k, line in enumerate(f["caption"]):
        out.append('<text %s>%s</text>' % (attrs(x=fpx(cx), y=fpx(cy + k * f["caption_line_height"]),
                                                 font_family=font, font_size=fmt(line["size"], 2),
                                                 fill="#444444", text_anchor="end"), esc(line["text"])))
    return out


# ---------------------------------------------------------------------------
# Labels.

def layout_labels(source, feats, proj, plane, districts, centroids):
    st = feats["style"]
    lab = feats["labels"]
    ppk = proj.px_per_km()
    out = []
    for d, polys, c in zip(source["districts"], districts, centroids):
        area_km2 = sum(ring_area(r) for p in polys for r in p)
        size = lab["size_factor"] * math.sqrt(area_km2) * ppk
        size = min(lab["max_size"], max(lab["min_size"], size))
        size = lab.get("overrides", {}).get(d["id"], size)
        x, y = proj.px(c[0], c[1])
        en = d["name"]["en"]
        zh = d["name"]["zh"]
        xs = [px for p in polys for px, _ in (proj.px(*plane.to_latlon(*q)) for q in p[0])]
        width_px = max(xs) - min(xs)
        zh_size = size * lab["zh_ratio"]
        en_lines = [en]
        zh_lines = [zh]
        if len(en) > lab["wrap_min_chars"] and (text_width(en, size) > lab["wrap_ratio"] * width_px
                                                 or len(en) >= lab["wrap_always_chars"]):
            en_lines = split_label(en)
        if "與" in zh and len(zh) > lab["wrap_min_chars_zh"] and (
                len(en_lines) > 1 or text_width(zh, zh_size) > lab["wrap_ratio"] * width_px):
            i = zh.index("與")
            zh_lines = [zh[:i + 1], zh[i + 1:]]
        off = lab["offsets"].get(d["id"], {"dx": 0, "dy": 0})
        x += off["dx"]
        y += off["dy"]
        lines = []
        # Block: English line(s), then Chinese; the centroid sits at the block's middle.
        items = ([(t, size, st["label_text"], 1.05) for t in en_lines]
                 + [(t, zh_size, st["label_text_zh"], 1.12) for t in zh_lines])
        total = sum(sz * lh for _, sz, _, lh in items)
        top = y - total / 2.0
        acc = top
        for t, sz, fill, lh in items:
            acc += sz * lh
            lines.append({"text": t, "size": sz, "y": acc - sz * 0.2, "fill": fill})
        w = max(text_width(l["text"], l["size"]) for l in lines)
        out.append({"id": d["id"], "x": x, "y": y, "lines": lines,
                    "box": (x - w / 2.0, top, x + w / 2.0, top + total)})
    return out


def label_overlaps(labels):
    res = []
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            a, b = labels[i]["box"], labels[j]["box"]
            ox = min(a[2], b[2]) - max(a[0], b[0])
            oy = min(a[3], b[3]) - max(a[1], b[1])
            if ox > 0 and oy > 0:
                res.append((labels[i]["id"], labels[j]["id"], ox * oy))
    return res


# ---------------------------------------------------------------------------
# Checks on the finished geometry (what is written, i.e. after rounding).

def check_outputs(source, feats, plane, proj, outline, geo_polys, centroids, sites):
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
    rel = abs(total - outline_area) / outline_area
    report.append("outline area %.3f km2, sum of district areas %.3f km2 (relative difference %.2e)"
                  % (outline_area, total, rel))
    if rel > 1e-6:
        fail("districts do not cover the outline exactly")
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
    bad_overlap = bad_gap = inside_pts = 0
    for gi in range(n):
        for gj in range(n):
            pt = (min(xs) + (gi + 0.5) * (max(xs) - min(xs)) / n, min(ys) + (gj + 0.5) * (max(ys) - min(ys)) / n)
            hits = containing(pt)
            in_outline = point_in_rings(pt, [outline])
            if len(hits) > 1:
                bad_overlap += 1
            if in_outline:
                inside_pts += 1
                if len(hits) != 1:
                    bad_gap += 1
            elif hits:
                bad_overlap += 1
    report.append("grid %dx%d: %d points inside the outline, %d in two districts or outside, %d uncovered"
                  % (n, n, inside_pts, bad_overlap, bad_gap))
    if bad_overlap or bad_gap:
        fail("districts overlap or leave gaps")
    return report


def river_label_clearance(feats, proj, labels):
    """Label boxes (estimated) that the river centre line passes through."""
    rpx = [proj.px(lat, lon) for lat, lon in feats["river"]["course"]]
    pts = sample_beziers(catmull_rom_beziers(rpx), 40)
    pad = float(feats["style"]["river_width"]) / 2.0
    hits = []
    for lb in labels:
        x0, y0, x1, y1 = lb["box"]
        if any(x0 - pad <= x <= x1 + pad and y0 - pad <= y <= y1 + pad for x, y in pts):
            hits.append(lb["id"])
    return hits


def river_checks(feats, proj, geo_centroids, source):
    river = feats["river"]
    rpx = [proj.px(lat, lon) for lat, lon in river["course"]]
    for k in range(len(rpx) - 1):
        if not rpx[k + 1][1] > rpx[k][1]:
            fail("river course must run strictly north to south")
    pts = sample_beziers(catmull_rom_beziers(rpx), 40)

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


# ---------------------------------------------------------------------------
# Main generation.

def rounded_ring_lonlat(ring, plane):
    out = []
    for x, y in ring:
        lat, lon = plane.to_latlon(x, y)
        p = (round(lon, 6), round(lat, 6))
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def generate(out_dir, verbose=True):
    source = load_json(SOURCE_PATH)
    feats = load_json(FEATURES_PATH)
    pc = feats["projection"]
    plane = Plane(pc["plane_origin"]["lat"], pc["plane_origin"]["lon"], pc["standard_parallel"])
    proj = MapProjection(pc)
    sites = load_sites(source, plane, feats["power_diagram"])
    outline = build_outline(sites, feats["outline"])
    # The outline must sit inside the map bounds with room to spare.
    for x, y in outline:
        lat, lon = plane.to_latlon(x, y)
        px, py = proj.px(lat, lon)
        m = pc["min_bounds_margin_px"]
        if not (m <= px <= proj.width - m and m <= py <= proj.height - m):
            fail("outline leaves the map bounds (%.4f, %.4f)" % (lat, lon))
    weights, reduced = power_weights(sites, feats["power_diagram"])
    cells = power_cells(sites, weights, outline)
    split = []
    for s, c in zip(sites, cells):
        if not any(point_in_rings((s["x"], s["y"]), [r]) for r in c):
            fail("cell of %s does not contain its point" % s["name"])
        for r in c:
            if not ring_is_simple(r):
                fail("cell of %s is not simple" % s["name"])
        if len(c) > 1:
            split.append(s["name"])
    pool = VertexPool()
    rings = canonical_cells(cells, pool)
    districts = []
    for di in range(len(source["districts"])):
        member = [r for k, s in enumerate(sites) if s["district"] == di for r in rings[k]]
        merged = merge_cells(member, pool)
        polys = rings_to_polygons(merged, pool)
        cell_area = sum(ring_area([pool.points[v] for v in r]) for r in member)
        poly_area = sum(ring_area(r) for p in polys for r in p)
        if abs(cell_area - poly_area) > 1e-9 * max(1.0, cell_area):
            fail("merge lost area in %s" % source["districts"][di]["id"])
        districts.append(polys)

    # What is written: lon/lat rounded to 6 decimals; checks run on that.
    geo_polys_lonlat = [[[rounded_ring_lonlat(r, plane) for r in p] for p in polys] for polys in districts]
    geo_polys = [[[[plane.to_xy(lat, lon) for lon, lat in r] for r in p] for p in polys]
                 for polys in geo_polys_lonlat]
    outline_rounded = [plane.to_xy(lat, lon) for lon, lat in rounded_ring_lonlat(outline, plane)]

    centroids = []
    methods = []
    for d, polys in zip(source["districts"], geo_polys):
        lat, lon, method, depth = interior_point(polys, plane, feats["centroids"])
        centroids.append((lat, lon))
        methods.append((d["id"], method, depth))

    report = []
    report.append("bounds W %s E %s S %s N %s; map %s x %s user units"
                  % (fmt(proj.west, 6), fmt(proj.east, 6), fmt(proj.south, 6), fmt(proj.north, 6),
                     fmt(proj.width, 6), fmt(proj.height, 6)))
    report.append("%d sites, %d districts, %d with more than one part: %s" % (
        len(sites), len(districts), sum(1 for p in districts if len(p) > 1),
        ", ".join(d["id"] for d, p in zip(source["districts"], districts) if len(p) > 1) or "none"))
    holes = [d["id"] for d, p in zip(source["districts"], districts) if any(len(q) > 1 for q in p)]
    report.append("districts with holes: %s" % (", ".join(holes) or "none"))
    report.append("cells split into several parts by the outline: %s" % (", ".join(split) or "none"))
    report.append("power weights reduced to keep sites in their cells: %s"
                  % (", ".join(sites[k]["name"] for k in reduced) or "none"))
    report.extend(check_outputs(source, feats, plane, proj, outline_rounded, geo_polys, centroids, sites))
    report.extend(river_checks(feats, proj, centroids, source))
    fallback = [m for m in methods if m[1] != "area centroid"]
    report.append("centroids from pole of inaccessibility: %s"
                  % (", ".join("%s" % m[0] for m in fallback) or "none"))
    report.append("shallowest centroid: %s %.0f m inside" % min(((m[0], m[2] * 1000) for m in methods),
                                                                 key=lambda t: t[1]))

    labels = layout_labels(source, feats, proj, plane, geo_polys, centroids)
    ov = label_overlaps(labels)
    report.append("label boxes overlapping (estimated): %d pairs%s" % (
        len(ov), (": " + ", ".join("%s/%s" % (a, b) for a, b, _ in ov)) if ov else ""))

    crossed = river_label_clearance(feats, proj, labels)
    report.append("labels crossed by the river: %s" % (", ".join(crossed) or "none"))
    if crossed:
        fail("the river runs through the label of %s" % ", ".join(crossed))

    svg = build_svg(source, feats, proj, plane, outline_rounded, geo_polys, labels)

    # GeoJSON.
    feats_out = []
    for d, polys in zip(source["districts"], geo_polys_lonlat):
        coords = [[[list(q) for q in r] + [list(r[0])] for r in p] for p in polys]
        if len(coords) == 1:
            geom = {"type": "Polygon", "coordinates": coords[0]}
        else:
            geom = {"type": "MultiPolygon", "coordinates": coords}
        feats_out.append({"type": "Feature",
                          "properties": {"id": d["id"], "name_en": d["name"]["en"],
                                         "name_zh": d["name"]["zh"], "name_ar": d["name"]["ar"]},
                          "geometry": geom})
    geojson = geojson_text(feats_out)
    report.append(check_geojson_text(geojson, source))

    # districts.json.
    dj = {"districts": [{"id": d["id"],
                         "name": {"en": d["name"]["en"], "zh": d["name"]["zh"], "ar": d["name"]["ar"]},
                         "centroid": {"lat": c[0], "lon": c[1]}}
                        for d, c in zip(source["districts"], centroids)]}
    dj_text = json.dumps(dj, ensure_ascii=False, indent=2) + "\n"
    # json.dumps writes floats with repr(); make sure each is exactly 4 decimals at most.
    for c in centroids:
        for v in c:
            if repr(v) != fmt(v, 4):
                fail("centroid value %r does not print as 4 decimals" % v)

    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "map.svg"), svg)
    write(os.path.join(out_dir, "districts.geojson"), geojson)
    write(os.path.join(out_dir, "districts.json"), dj_text)
    if verbose:
        for line in report:
            print(line)
    return report


def geojson_text(features):
    lines = ['{', '"type": "FeatureCollection",', '"features": [']
    for k, f in enumerate(features):
        geom = f["geometry"]

        def ring_txt(r):
            return "[" + ",".join("[%s,%s]" % ("%.6f" % x, "%.6f" % y) for x, y in r) + "]"

        if geom["type"] == "Polygon":
            ctext = "[" + ",".join(ring_txt(r) for r in geom["coordinates"]) + "]"
        else:
            ctext = "[" + ",".join("[" + ",".join(ring_txt(r) for r in p) + "]" for p in geom["coordinates"]) + "]"
        props = json.dumps(f["properties"], ensure_ascii=False)
        lines.append('{"type": "Feature", "properties": %s, "geometry": {"type": "%s", "coordinates": %s}}%s'
                     % (props, geom["type"], ctext, "," if k + 1 < len(features) else ""))
    lines.append(']')
    lines.append('}')
    return "\n".join(lines) + "\n"


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


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary directory and exit 1 if the committed outputs differ")
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        if args.check:
            tmp = tempfile.mkdtemp(prefix="aleppo-map-")
            try:
                generate(tmp, verbose=True)
                differ = []
                for name in OUTPUT_NAMES:
                    committed = os.path.join(args.out, name)
                    fresh = os.path.join(tmp, name)
                    if not os.path.exists(committed):
                        differ.append(name + " (missing)")
                        continue
                    with open(committed, "rb") as a, open(fresh, "rb") as b:
                        if a.read() != b.read():
                            differ.append(name)
            finally:
                shutil.rmtree(tmp)
            if differ:
                print("OUT OF DATE: %s differ from a fresh generation; run python3 maps/generate_map.py"
                      % ", ".join(differ), file=sys.stderr)
                return 1
            print("OK: committed outputs match a fresh generation")
            return 0
        generate(args.out, verbose=True)
        return 0
    except CheckError as e:
        print("CHECK FAILED: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
