"""What a label must not touch, as rasters and boxes: districts as spans per row, the
river as a band per row, placed labels and landmark symbols."""

import math

from .geometry import catmull_rom_beziers, sample_beziers

ROW = 2.0  # height of a raster row (user units) for the district span tables


def river_centre_line(feats, proj):
    """The river's smooth centre line in user units, as a dense polyline (north to south)."""
    return sample_beziers(catmull_rom_beziers(proj.px_points(feats["river"]["course"])), 40)


class Spans:
    """A district (or any set of rings, even-odd) as horizontal spans per raster row."""

    def __init__(self, rings):
        ys = [p[1] for r in rings for p in r]
        self.rows = {}
        for k in range(int(math.floor(min(ys) / ROW)), int(math.floor(max(ys) / ROW)) + 1):
            y = (k + 0.5) * ROW
            xs = []
            for ring in rings:
                n = len(ring)
                for i in range(n):
                    (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % n]
                    if (y1 > y) != (y2 > y):
                        xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
            xs.sort()
            if xs:
                self.rows[k] = [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]

    def inside(self, x, y):
        return any(a <= x <= b for a, b in self.rows.get(int(math.floor(y / ROW)), ()))

    def outside_area(self, box):
        x0, y0, x1, y1 = box
        inside = 0.0
        for k in range(int(math.floor(y0 / ROW)), int(math.floor(y1 / ROW)) + 1):
            h = min(y1, (k + 1) * ROW) - max(y0, k * ROW)
            if h <= 0.0:
                continue
            for a, b in self.rows.get(k, ()):
                w = min(x1, b) - max(x0, a)
                if w > 0.0:
                    inside += w * h
        return max(0.0, (x1 - x0) * (y1 - y0) - inside)


class RiverBand:
    """x-range of the river centre line per raster row (the river runs north to south)."""

    def __init__(self, pts):
        dense = [pts[0]]
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            n = max(1, int(math.ceil(math.hypot(x2 - x1, y2 - y1) / 0.5)))
            for k in range(1, n + 1):
                dense.append((x1 + (x2 - x1) * k / n, y1 + (y2 - y1) * k / n))
        self.rows = {}
        for x, y in dense:
            k = int(math.floor(y / ROW))
            lo, hi = self.rows.get(k, (x, x))
            self.rows[k] = (min(lo, x), max(hi, x))

    def hits(self, box, pad):
        x0, y0, x1, y1 = box
        for k in range(int(math.floor((y0 - pad) / ROW)), int(math.floor((y1 + pad) / ROW)) + 1):
            r = self.rows.get(k)
            if r and r[1] >= x0 - pad and r[0] <= x1 + pad:
                return True
        return False


def overlap_area(a, b):
    ox = min(a[2], b[2]) - max(a[0], b[0])
    oy = min(a[3], b[3]) - max(a[1], b[1])
    return ox * oy if ox > 0 and oy > 0 else 0.0


class Scene:
    """What a new label must not touch: placed labels, landmark symbols, river, map edge."""

    def __init__(self, proj, river, pad, river_pad, edge):
        self.proj = proj
        self.river = river
        self.pad = pad
        self.river_pad = river_pad
        self.edge = edge
        self.labels = {}      # key -> (block box, [line boxes])
        self.obstacles = []   # (key, box)
        self._list = None

    def set_label(self, key, block, boxes):
        self.labels[key] = (block, boxes)
        self._list = None

    def remove_label(self, key):
        self.labels.pop(key, None)
        self._list = None

    def label_list(self):
        if self._list is None:
            self._list = [(k,) + tuple(self.labels[k][0]) + (self.labels[k][1],) for k in sorted(self.labels)]
        return self._list

    def conflicts(self, key, block, boxes, first_only=False):
        """Keys of what the boxes hit ('river', 'edge', obstacle or label keys); with
        `first_only`, stop at the first."""
        hits = []
        pad = self.pad
        bx0, by0, bx1, by1 = block
        if (bx0 < self.edge or by0 < self.edge or bx1 > self.proj.width - self.edge
                or by1 > self.proj.height - self.edge):
            hits.append("edge")
            if first_only:
                return hits
        for lkey, l0, l1, l2, l3, lboxes in self.label_list():
            if bx0 < l2 + pad and l0 < bx1 + pad and by0 < l3 + pad and l1 < by1 + pad and lkey != key:
                for a0, a1, a2, a3 in boxes:
                    if any(a0 < c2 + pad and c0 < a2 + pad and a1 < c3 + pad and c1 < a3 + pad
                           for c0, c1, c2, c3 in lboxes):
                        hits.append(lkey)
                        break
                if hits and first_only:
                    return hits
        for okey, (c0, c1, c2, c3) in self.obstacles:
            if bx0 < c2 + pad and c0 < bx1 + pad and by0 < c3 + pad and c1 < by1 + pad and okey != key:
                if any(a0 < c2 + pad and c0 < a2 + pad and a1 < c3 + pad and c1 < a3 + pad
                       for a0, a1, a2, a3 in boxes):
                    hits.append(okey)
                    if first_only:
                        return hits
        if any(self.river.hits(b, self.river_pad) for b in boxes):
            hits.append("river")
        return hits

    def overlap(self, hits, boxes):
        """Overlap area of the boxes with the labels and obstacles in `hits`."""
        tot = 0.0
        for okey, ob in self.obstacles:
            if okey in hits:
                tot += sum(overlap_area(b, ob) for b in boxes)
        for lkey in hits:
            if lkey in self.labels:
                tot += sum(overlap_area(b, c) for b in boxes for c in self.labels[lkey][1])
        return tot


def box_gap(a, b):
    dx = max(a[0] - b[2], b[0] - a[2], 0.0)
    dy = max(a[1] - b[3], b[1] - a[3], 0.0)
    return math.hypot(dx, dy)
