"""District geometry: neighbourhood sites, the city outline, power-diagram cells, the
merging of a district's cells and its interior point."""

import bisect
import math

from .errors import fail
from .geometry import (area_centroid, circle_ring_area, clip_convex, clip_halfplane, open_ring, point_in_rings,
                       point_on_segment, polylabel, regular_polygon, ring_area, ring_is_simple, signed_dist)


# Vertices closer than this (km) are the same vertex when cells are merged.
SNAP_KM = 1e-6
# A vertex this close (km) to another cell's edge of the same district lies on it (where a
# capped cell's disc meets a power bisector).
ON_EDGE_KM = 1e-9


def load_sites(source, plane, cfg):
    """Every neighbourhood of every district as a site (dict) in plane km, in campaign order."""
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
    """The city outline: a simple counter-clockwise ring (km) with every site well inside."""
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

def power_weights(sites, cfg, start=None):
    """Per site weight w = factor·area/π (or `start`), lowered until w_j - w_i <= beta·d_ij²
    for every pair (so every site stays inside its own cell); returns (weights, indices
    lowered)."""
    alpha = cfg["weight_factor"]
    beta = cfg["max_weight_gap_of_d2"]
    w = list(start) if start is not None else [alpha * s["area"] / math.pi for s in sites]
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


def fitted_weights(sites, outline, cfg):
    """Power weights adjusted so that each cell, within a disc somewhat larger than the
    site's cap_area(), has about that area: `fit_rounds` rounds of w += fit_step·(target -
    area)/π, each followed by power_weights()' lowering. An interior cell then takes the
    room its neighbours do not need instead of leaving it unassigned when they are capped.
    Returns (weights, indices lowered in the last round)."""
    targets = [cap_area(s, cfg) for s in sites]
    radii = [math.sqrt(cfg["fit_disc_area_factor"] * t / math.pi) for t in targets]
    w, reduced = power_weights(sites, cfg)
    for _ in range(cfg["fit_rounds"]):
        cells = power_cells(sites, w, outline)
        start = []
        for s, rings, t, r, wi in zip(sites, cells, targets, radii, w):
            a = sum(circle_ring_area(q, s["x"], s["y"], r) for q in rings)
            start.append(wi + cfg["fit_step"] * (t - a) / math.pi)
        w, reduced = power_weights(sites, cfg, start)
    return w, reduced


def power_cells(sites, weights, outline):
    """Per site, the rings of its power cell: the outline clipped by the power bisector
    half-plane of every other site, nearest first."""
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


def cap_area(site, cfg):
    """The most area (km²) a site's cell may have: its reference area times
    `cap_area_factor`, or `cap_unknown_area_km2` where the reference has no area."""
    if site["has_area"]:
        return cfg["cap_area_factor"] * site["area"]
    return cfg["cap_unknown_area_km2"]


def cap_radius(site, rings, target):
    """The radius of the circle around the site whose intersection with the cell has the
    area `target` (bisection; the area grows with the radius)."""
    sx, sy = site["x"], site["y"]
    lo = 0.0
    hi = max(math.hypot(p[0] - sx, p[1] - sy) for r in rings for p in r)
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if sum(circle_ring_area(r, sx, sy, mid) for r in rings) < target:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def cap_cells(sites, cells, cfg):
    """Per site, its power cell clipped to a disc around the site (a regular polygon of
    `cap_polygon_sides` sides with the area of the circle) where the cell is bigger than
    cap_area(): outlying cells, which the outline alone would make several times too big,
    get the area of their neighbourhood and leave the rest of the outline to no district.
    Returns (capped cells, indices of the sites capped)."""
    n = cfg["cap_polygon_sides"]
    # Circumradius of the n-gon with the area of the circle of radius 1.
    equal_area = math.sqrt(2.0 * math.pi / (n * math.sin(2.0 * math.pi / n)))
    out = []
    capped = []
    for i, (site, rings) in enumerate(zip(sites, cells)):
        target = cap_area(site, cfg)
        if sum(ring_area(r) for r in rings) <= target:
            out.append(rings)
            continue
        r = cap_radius(site, rings, target) * equal_area
        disc = regular_polygon(site["x"], site["y"], r, n)
        clipped = [q for ring in rings for q in clip_convex(ring, disc)]
        if not clipped:
            fail("capping emptied the cell of %s" % site["name"])
        out.append(clipped)
        capped.append(i)
    return out, capped


def check_cells(sites, cells):
    """Fail unless every cell is simple and holds its site; returns the names of the sites
    whose cell the outline cut into several parts."""
    split = []
    for s, c in zip(sites, cells):
        if not any(point_in_rings((s["x"], s["y"]), [r]) for r in c):
            fail("cell of %s does not contain its point" % s["name"])
        for r in c:
            if not ring_is_simple(r):
                fail("cell of %s is not simple" % s["name"])
        if len(c) > 1:
            split.append(s["name"])
    return split


# ---------------------------------------------------------------------------
# Merging a district's cells.

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
    return open_ring(pool.get(p) for p in poly)


def split_at_junctions(cell_rings, pool):
    """The rings with every vertex of another ring that lies on one of their edges
    inserted into that edge, so that an edge two cells share only in part (where a capped
    cell's disc meets the other's bisector edge) becomes a shared edge of its own."""
    pts = pool.points
    verts = sorted({v for r in cell_rings for v in r}, key=lambda v: (pts[v][0], v))
    xs = [pts[v][0] for v in verts]
    out = []
    for ring in cell_rings:
        new = []
        n = len(ring)
        for k in range(n):
            a, b = ring[k], ring[(k + 1) % n]
            new.append(a)
            pa, pb = pts[a], pts[b]
            lo = bisect.bisect_left(xs, min(pa[0], pb[0]) - ON_EDGE_KM)
            hi = bisect.bisect_right(xs, max(pa[0], pb[0]) + ON_EDGE_KM)
            on = []
            for v in verts[lo:hi]:
                if v != a and v != b:
                    t = point_on_segment(pts[v], pa, pb, ON_EDGE_KM)
                    if t is not None:
                        on.append((t, v))
            new.extend(v for _, v in sorted(on))
        out.append(new)
    return out


def merge_cells(cell_rings, pool):
    """Cancel shared edges of a district's cells and chain the rest into rings."""
    if len(cell_rings) > 1:
        cell_rings = split_at_junctions(cell_rings, pool)
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


def build_districts(sites, cells, district_ids):
    """The polygons ([exterior, holes...] in km) of each district, in the order of
    `district_ids`: the cells of its sites merged."""
    pool = VertexPool()
    rings = canonical_cells(cells, pool)
    districts = []
    for di, did in enumerate(district_ids):
        member = [r for k, s in enumerate(sites) if s["district"] == di for r in rings[k]]
        merged = merge_cells(member, pool)
        polys = rings_to_polygons(merged, pool)
        cell_area = sum(ring_area([pool.points[v] for v in r]) for r in member)
        poly_area = sum(ring_area(r) for p in polys for r in p)
        if abs(cell_area - poly_area) > 1e-9 * max(1.0, cell_area):
            fail("merge lost area in %s" % did)
        districts.append(polys)
    return districts


# ---------------------------------------------------------------------------
# Interior point for labels / districts.json.

def interior_point(polys, plane, cfg):
    """A point strictly inside a district, rounded to 4 decimals: (lat, lon, method, depth
    in km). The area centroid unless it is too close to the edge, then the pole of
    inaccessibility."""
    rings = [r for p in polys for r in p]
    _, (cx, cy) = area_centroid(rings)
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
