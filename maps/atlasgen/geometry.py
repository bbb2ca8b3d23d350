"""Plane geometry on rings (lists of (x, y), open: the last point is not repeated):
areas, centroids, point in polygon, distances, half-plane clipping, simplicity, the pole
of inaccessibility, and Catmull-Rom curves."""

import heapq
import math

from .errors import fail


def ring_area(ring):
    """Signed area (CCW positive) of an open ring [(x, y), ...]."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def open_ring(points):
    """The points without consecutive repeats, and without the closing repeat(s) of the
    first point: an open ring."""
    out = []
    for p in points:
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


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


def area_centroid(rings):
    """(signed area, (cx, cy)) of rings taken together (holes clockwise, so they subtract);
    the centroid is None when the area is zero."""
    a = sx = sy = 0.0
    for r in rings:
        ra, rx, ry = ring_centroid_sums(r)
        a += ra
        sx += rx
        sy += ry
    return a, ((sx / a, sy / a) if a != 0.0 else None)


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
    """Distance to the boundary, positive inside (even-odd), negative outside."""
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
        (_, kind0, k0), (_, kind1, k1) = events[e], events[e + 1]
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
        out = open_ring(ring)
        if len(out) >= 3 and ring_area(out) > 0.0:
            rings.append(out)
    return rings


def clip_convex(poly, convex):
    """The rings of a simple CCW ring clipped to a convex CCW ring (one half-plane per
    edge of `convex`)."""
    polys = [list(poly)]
    n = len(convex)
    for k in range(n):
        (ax, ay), (bx, by) = convex[k], convex[(k + 1) % n]
        # Inside is to the left of a->b: keep nx*x + ny*y <= c with n pointing right.
        nx, ny = by - ay, ax - bx
        c = nx * ax + ny * ay
        polys = [q for p in polys for q in clip_halfplane(p, nx, ny, c)]
        if not polys:
            break
    return polys


def regular_polygon(cx, cy, r, n):
    """A CCW regular n-gon inscribed in the circle of radius r around (cx, cy), its first
    vertex due east."""
    return [(cx + r * math.cos(2.0 * math.pi * k / n), cy + r * math.sin(2.0 * math.pi * k / n))
            for k in range(n)]


def circle_ring_area(ring, cx, cy, r):
    """Signed area of the part of a ring inside the circle of radius r around (cx, cy):
    the sum over edges of the triangle (centre, edge) intersected with the disc."""
    total = 0.0
    n = len(ring)
    r2 = r * r
    for i in range(n):
        ax, ay = ring[i][0] - cx, ring[i][1] - cy
        bx, by = ring[(i + 1) % n][0] - cx, ring[(i + 1) % n][1] - cy
        dx, dy = bx - ax, by - ay
        # |a + t d|^2 = r^2 splits the edge where it crosses the circle.
        qa = dx * dx + dy * dy
        qb = 2.0 * (ax * dx + ay * dy)
        qc = ax * ax + ay * ay - r2
        ts = [0.0]
        disc = qb * qb - 4.0 * qa * qc
        if qa > 0.0 and disc > 0.0:
            sq = math.sqrt(disc)
            for t in sorted(((-qb - sq) / (2.0 * qa), (-qb + sq) / (2.0 * qa))):
                if 0.0 < t < 1.0:
                    ts.append(t)
        ts.append(1.0)
        for t0, t1 in zip(ts, ts[1:]):
            px, py = ax + t0 * dx, ay + t0 * dy
            qx, qy = ax + t1 * dx, ay + t1 * dy
            mx, my = ax + 0.5 * (t0 + t1) * dx, ay + 0.5 * (t0 + t1) * dy
            cross = px * qy - qx * py
            if mx * mx + my * my <= r2:
                total += cross / 2.0
            else:
                total += r2 * math.atan2(cross, px * qx + py * qy) / 2.0
    return total


def point_on_segment(p, a, b, tol):
    """The parameter t in (0, 1) of p along a->b when p lies within `tol` of the open
    segment, else None."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ll = dx * dx + dy * dy
    if ll == 0.0:
        return None
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll
    if t <= 0.0 or t >= 1.0:
        return None
    ex, ey = a[0] + t * dx - p[0], a[1] + t * dy - p[1]
    return t if ex * ex + ey * ey <= tol * tol else None


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
    """True when no two edges of the ring cross or touch (other than neighbours at their
    shared vertex), no vertex repeats and the boundary never doubles back."""
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
    # Start from the area centroid.
    _, c = area_centroid(rings)
    best = None
    if c is not None:
        best = (signed_dist(c, rings), c[0], c[1])
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
    """[(p1, c1, c2, p2)] cubic Béziers of the Catmull-Rom spline through the points."""
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
    """The curve as a polyline, `steps` points per segment."""
    pts = [segs[0][0]]
    for p1, c1, c2, p2 in segs:
        for k in range(1, steps + 1):
            t = k / steps
            u = 1.0 - t
            x = u * u * u * p1[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p2[0]
            y = u * u * u * p1[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p2[1]
            pts.append((x, y))
    return pts
