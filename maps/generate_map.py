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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# The generator is moving into the package maps/atlasgen, one module group at a time.
from atlasgen.cells import (build_districts, build_outline, check_cells, interior_point, load_sites,  # noqa: E402
                            power_cells, power_weights)
from atlasgen.errors import CheckError, fail  # noqa: E402
from atlasgen.geometry import catmull_rom_beziers, point_in_rings, ring_area, ring_is_simple, sample_beziers  # noqa: E402
from atlasgen.numfmt import fmt, fpx  # noqa: E402
from atlasgen.projection import MapProjection, Plane  # noqa: E402
from atlasgen.textmetrics import script_runs, text_extent, text_width  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCE_PATH = os.path.join(HERE, "districts-source.json")
FEATURES_PATH = os.path.join(HERE, "features.json")
OUT_DIR = os.path.join(ROOT, "resources", "campaigns", "aleppo-2016")
OUTPUT_NAMES = ("map.svg", "districts.geojson", "districts.json")

# ---------------------------------------------------------------------------
# Inputs.

def load_json(path):
    with open(path, "r", encoding="utf-8") as f:
        return json.load(f)


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



def svg_text(x, y, size, text, fonts, fill, anchor="start", scaled=False, halo=None, weight=None, style=None):
    """One <text> element.

    `fonts` is (Latin family, CJK family): QtSvg does not fall back through a comma-separated
    font-family list, so every run of the other script gets its own family in a <tspan>.

    With `halo` = (colour, width in em) the text is the stroked copy drawn under a label.

    `scaled` (for a halo and the text drawn on it): QtSvg 6.4 lays text out at 100 px and
    scales it, without scaling the stroke width, so a stroke on text of size s comes out
    s/100 as wide as specified. Such text is therefore written at font-size 100 in a
    <g transform="matrix(k 0 0 k x y)">, k = s/100: QtSvg and standard renderers then agree
    on the halo's width (0.25 em is stroke-width 25). The transform sits on a <g> of its
    own, not on the <text>: QtSvg 6.4 does not undo a <text>'s transform when it computes
    bounds, so every later sibling's bounds (and the layer's boundsOnElement(), which the
    app uses to place and cull the layer) would come out wrong."""
    runs = script_runs(text)
    base_cjk = runs[0][0]
    body = []
    for c, run in runs:
        if c == base_cjk:
            body.append(esc(run))
        else:
            body.append('<tspan font-family="%s">%s</tspan>' % (esc(fonts[1] if c else fonts[0]), esc(run)))
    kw = {}
    if scaled:
        kw["font_size"] = "100"
        em = 100.0
    else:
        kw["x"] = fpx(x)
        kw["y"] = fpx(y)
        kw["font_size"] = fmt(size, 2)
        em = size
    kw["font_family"] = fonts[1] if base_cjk else fonts[0]
    if weight:
        kw["font_weight"] = weight
    if style:
        kw["font_style"] = style
    if anchor != "start":
        kw["text_anchor"] = anchor
    if halo is not None:
        kw["fill"] = halo[0]
        kw["stroke"] = halo[0]
        kw["stroke_width"] = fmt(halo[1] * em, 3)
        kw["stroke_linejoin"] = "round"
    else:
        kw["fill"] = fill
    el = "<text %s>%s</text>" % (attrs(**kw), "".join(body))
    if scaled:
        k = fmt(size / 100.0, 5)
        el = '<g transform="matrix(%s 0 0 %s %s %s)">%s</g>' % (k, k, fpx(x), fpx(y), el)
    return el


def split_label(text):
    """Ways to put a long English name on two lines: after ' and ', and the most balanced
    split at a space (if different). Each is a list of two lines."""
    out = []
    if " and " in text:
        i = text.index(" and ")
        out.append([text[:i + 4], text[i + 5:]])
    words = text.split(" ")
    best = None
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        score = max(text_width(a, 1.0), text_width(b, 1.0))
        if best is None or score < best[0] - 1e-9:
            best = (score, [a, b])
    if best and best[1] not in out:
        out.append(best[1])
    return out


def build_svg(source, feats, proj, plane, outline, districts, labels):
    st = feats["style"]
    fonts = (st["font_latin"], st["font_cjk"])
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
    gsize = st["graticule_font_size"]
    k0 = int(math.ceil(proj.west / step - 1e-9))
    k1 = int(math.floor(proj.east / step + 1e-9))
    for k in range(k0, k1 + 1):
        lon = k * step
        x, _ = proj.px(proj.north, lon)
        if 0.5 < x < W - 0.5:
            a('<line x1="%s" y1="0" x2="%s" y2="%s" %s/>' % (fpx(x), fpx(x), fpx(H), gat))
            a(svg_text(x, H - 4, gsize, "%s°E" % fmt(lon, 2), fonts, st["graticule_text"], "middle"))
    k0 = int(math.ceil(proj.south / step - 1e-9))
    k1 = int(math.floor(proj.north / step + 1e-9))
    for k in range(k0, k1 + 1):
        lat = k * step
        _, y = proj.px(lat, proj.west)
        if 0.5 < y < H - 0.5:
            a('<line x1="0" y1="%s" x2="%s" y2="%s" %s/>' % (fpx(y), fpx(W), fpx(y), gat))
            a(svg_text(4, y - 3, gsize, "%s°N" % fmt(lat, 2), fonts, st["graticule_text"]))
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
    a('</g>')

    # --- landmarks
    a('<g id="landmarks">')
    for lm in feats["landmarks"]:
        x, y = proj.px(lm["lat"], lm["lon"])
        a(landmark_symbol(lm["symbol"], x, y, st))
    a('</g>')

    # --- labels: every haloed name (river, landmarks, districts) in one layer
    # that holds nothing but labels, so the app can draw it from glyph runs
    # (app/map/labellayeritem.h); all halos first, then all texts.
    a('<g id="labels">')
    order = {"river": 0, "landmark": 1, "district": 2}
    out.extend(label_texts(sorted(labels, key=lambda lb: order[lb["kind"]]), fonts, st["halo_em"]))
    a('</g>')

    # --- furniture
    a('<g id="furniture">')
    out.extend(furniture(feats, proj, st, fonts))
    a('</g>')
    a('</svg>')
    return "\n".join(out) + "\n"


def label_texts(labels, fonts, halo_em):
    """All halos first, then all texts, so no halo covers another label's text."""
    halos = []
    texts = []
    for lb in labels:
        for it, x, y, _ in lb["lines"]:
            kw = {"weight": "bold" if it.get("bold") else None, "style": "italic" if it.get("italic") else None}
            halos.append(svg_text(x, y, it["size"], it["text"], fonts, None, it["anchor"], scaled=True,
                                  halo=("#ffffff", halo_em), **kw))
            texts.append(svg_text(x, y, it["size"], it["text"], fonts, it["fill"], it["anchor"], scaled=True, **kw))
    return halos + texts


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


def furniture(feats, proj, st, fonts):
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
        out.append(svg_text(x0 + k * km, y0 - 8, f["scale_bar_font_size"], label, fonts, "#333333", "middle"))
    # North arrow, top left.
    nx, ny = f["north_arrow_from_left"], f["north_arrow_from_top"]
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx + 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#333333", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx - 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#ffffff", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    out.append(svg_text(nx, ny - 5, 14, "N", fonts, "#333333", "middle", weight="bold"))
    # Captions, bottom right.
    cx = W - f["caption_from_right"]
    cy = H - f["caption_from_bottom"]
    for k, line in enumerate(f["caption"]):
        out.append(svg_text(cx, cy + k * f["caption_line_height"], line["size"], line["text"], fonts, "#444444",
                            "end"))
    return out


# ---------------------------------------------------------------------------
# Labels: candidate layouts, estimated boxes, collision-free placement.
#
# A label is a block of lines (English name, possibly on two lines, then the Chinese name),
# centred on an anchor. Every line has an estimated box (advance widths above, DejaVu
# ascender/descender or the CJK em box). Placement is greedy and deterministic: smallest
# districts first, each taking the cheapest candidate (size, wrapping, Chinese line, anchor
# offset) whose line boxes hit no placed label, landmark symbol, the river or the map edge;
# then `refine_passes` rounds in which every label is taken out and placed again.

ROW = 2.0  # height of a raster row (user units) for the district span tables


def round_half(v):
    return math.floor(v * 2.0 + 0.5) / 2.0


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


def block_layout(items, gap_em):
    """Stack line specs {text, size, bold, anchor} into a block centred vertically on y = 0
    and aligned on x = 0 by each line's anchor. Returns [(spec, x, baseline, box)] and the
    block's box."""
    laid = []
    cursor = 0.0
    prev = None
    for it in items:
        asc, desc = text_extent(it["text"])
        if prev is not None:
            cursor += gap_em * prev
        w = text_width(it["text"], it["size"], it.get("bold", False))
        base = cursor + asc * it["size"]
        anchor = it.get("anchor", "middle")
        x0 = -w / 2.0 if anchor == "middle" else (0.0 if anchor == "start" else -w)
        laid.append([it, base, (x0, cursor, x0 + w, base + desc * it["size"])])
        cursor = base + desc * it["size"]
        prev = it["size"]
    shift = cursor / 2.0
    out = []
    for it, base, (x0, y0, x1, y1) in laid:
        out.append((it, 0.0, base - shift, (x0, y0 - shift, x1, y1 - shift)))
    bx0 = min(b[0] for _, _, _, b in out)
    bx1 = max(b[2] for _, _, _, b in out)
    return out, (bx0, -shift, bx1, cursor - shift)


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


def symbol_radius(kind):
    return {"citadel": 6.5, "mosque": 3.5, "park": 4.0, "airport": 8.0}[kind]


def landmark_specs(feats, proj, scene):
    """Landmark symbols become obstacles; each landmark label (English over Chinese, bold)
    becomes a label whose candidates are the sides of its symbol in `label_sides`, in order
    of preference."""
    st = feats["style"]
    lab = feats["labels"]
    specs = []
    for lm in feats["landmarks"]:
        x, y = proj.px(lm["lat"], lm["lon"])
        r = symbol_radius(lm["symbol"])
        scene.obstacles.append(("symbol:" + lm["id"], (x - r, y - r, x + r, y + r)))
    for lm in feats["landmarks"]:
        if not lm.get("label"):
            continue
        x, y = proj.px(lm["lat"], lm["lon"])
        r = symbol_radius(lm["symbol"])
        fill = lm.get("color", st["landmark_text"])
        g = lm.get("label_gap", 3.0)
        combos = []
        for k, side in enumerate(lm["label_sides"]):
            anchor = {"right": "start", "left": "end"}.get(side, "middle")
            items = [{"text": t, "size": lm["font_size"], "bold": True, "anchor": anchor, "fill": fill}
                     for t in lm["label"]]
            laid, block = block_layout(items, lab["line_gap_em"])
            h = block[3] - block[1]
            sx, sy = {"right": (r + g, 0.0), "left": (-r - g, 0.0),
                      "below": (0.0, r + g + h / 2.0), "above": (0.0, -r - g - h / 2.0)}[side]
            laid = [(it, lx + sx, b + sy, (x0 + sx, y0 + sy, x1 + sx, y1 + sy))
                    for it, lx, b, (x0, y0, x1, y1) in laid]
            block = (block[0] + sx, block[1] + sy, block[2] + sx, block[3] + sy)
            combos.append((lab["cost"]["landmark_side"] * k, laid, block, [side], {}))
        specs.append({"id": "landmark:" + lm["id"], "kind": "landmark", "anchor": (x, y), "combos": combos,
                      "offsets": nudge_offsets(lab["landmark_nudge_step"], lab["landmark_nudge_max"]),
                      "spans": None, "order": (0, 0.0)})
    return specs


def river_label(feats, proj, scene):
    """The river's name, at its hand-placed position (its anchor is the baseline, as in SVG)."""
    st = feats["style"]
    rl = feats["river"]["label"]
    x, y = proj.px(rl["lat"], rl["lon"])
    it = {"text": rl["text"], "size": rl["font_size"], "anchor": rl["anchor"], "fill": st["river_text"],
          "italic": True}
    laid, _ = block_layout([it], feats["labels"]["line_gap_em"])
    it, _, base, b = laid[0]
    box = (b[0] + x, b[1] - base + y, b[2] + x, b[3] - base + y)
    scene.set_label("river-label", box, [box])
    return {"id": "river-label", "kind": "river", "lines": [(it, x, y, box)], "box": box}


def district_spec(d, rings, centroid, proj, lab):
    """Sizes and text variants for one district label, each with its base cost."""
    cost = lab["cost"]
    ppk = proj.px_per_km()
    area_px = -sum(ring_area(r) for r in rings)  # y points down in the SVG
    en, zh = d["name"]["en"], d["name"]["zh"]
    over = lab.get("overrides", {}).get(d["id"], {})
    small = area_px / (ppk * ppk) < lab["small_max_area_km2"]
    pref = round_half(min(lab["max_size"], max(lab["min_size"], lab["size_factor"] * math.sqrt(area_px))))
    floor_size = over.get("min_size", lab["small_min_size"] if small else lab["min_size"])
    pref = max(pref, floor_size)
    sizes = []
    s = pref
    while s >= floor_size - 1e-9:
        sizes.append(s)
        s -= lab["size_step"]
    en_opts = [([en], cost["long_single_line"] if len(en) >= lab["wrap_always_chars"] else 0.0, [])]
    if " " in en and len(en) >= lab["wrap_min_chars"]:
        for k, lines in enumerate(split_label(en)):
            en_opts.append((lines, cost["wrap"] + 0.25 * k, ["wrapped"]))
    abbr = lab.get("abbreviations", {}).get(d["id"])
    if abbr:
        en_opts.append(([abbr], cost["abbreviate"], ["abbreviated"]))
    zh_opts = [([zh], cost["long_single_line_zh"] if len(zh) >= lab["wrap_always_chars_zh"] else 0.0, [])]
    if "與" in zh and len(zh) >= lab["wrap_min_chars_zh"]:
        i = zh.index("與")
        zh_opts.append(([zh[:i + 1], zh[i + 1:]], cost["wrap_zh"], ["zh wrapped"]))
    if small:
        zh_opts.append(([], cost["drop_zh"], ["zh dropped"]))
    combos = []
    for s in sizes:
        if s >= lab["min_size"]:
            z = max(lab["min_size_zh"], round_half(lab["zh_ratio"] * s))
        else:
            z = max(lab["small_min_size"], round_half(lab["zh_ratio"] * s))
        size_cost = cost["size"] * (pref - s) + cost["below_min"] * max(0.0, lab["min_size"] - s)
        for en_lines, en_cost, en_tag in en_opts:
            for zh_lines, zh_cost, zh_tag in zh_opts:
                bold = bool(over.get("bold"))
                items = ([{"text": t, "size": s, "anchor": "middle", "script": "en", "bold": bold} for t in en_lines]
                         + [{"text": t, "size": z, "anchor": "middle", "script": "zh", "bold": bold}
                            for t in zh_lines])
                laid, block = block_layout(items, lab["line_gap_em"])
                base = size_cost + en_cost + zh_cost
                info = {"size": s, "size_zh": z}
                combos.append((base, laid, block, en_tag + zh_tag, info))
                if not small:
                    continue
                # A small district's label may also hang off its anchor: the anchor is then
                # the middle of the block's top or bottom edge, or of its left (right) edge
                # with the lines flush left (right).
                hh = (block[3] - block[1]) / 2.0
                for side in ("below", "above", "right", "left"):
                    if side in ("below", "above"):
                        sl, sb = laid, block
                        sy = hh if side == "below" else -hh
                    else:
                        flush = [dict(it, anchor="start" if side == "right" else "end") for it in items]
                        sl, sb = block_layout(flush, lab["line_gap_em"])
                        sy = 0.0
                    sl = [(it, lx, b + sy, (x0, y0 + sy, x1, y1 + sy)) for it, lx, b, (x0, y0, x1, y1) in sl]
                    sb = (sb[0], sb[1] + sy, sb[2], sb[3] + sy)
                    combos.append((base + cost["hang"], sl, sb, en_tag + zh_tag + ["hung " + side], info))
    return {"id": d["id"], "kind": "district", "anchor": proj.px(centroid[0], centroid[1]), "combos": combos,
            "spans": Spans(rings), "pref": pref, "small": small, "order": (1, area_px)}


def nudge_offsets(step, radius):
    """Grid offsets (distance, dx, dy) within `radius`, nearest first."""
    n = int(radius / step)
    offs = []
    for i in range(-n, n + 1):
        for j in range(-n, n + 1):
            dist = math.hypot(i * step, j * step)
            if dist <= radius + 1e-9:
                offs.append((dist, j * step, i * step))
    offs.sort()
    return offs


def box_gap(a, b):
    dx = max(a[0] - b[2], b[0] - a[2], 0.0)
    dy = max(a[1] - b[3], b[1] - a[3], 0.0)
    return math.hypot(dx, dy)


def place_label(spec, scene, lab):
    """Cheapest collision-free candidate for one label: branch and bound over the base cost
    (size, text variant, side; plus the nudge away from the anchor), adding when a candidate
    is evaluated the part of its text boxes outside its district (spill) and a crowding
    penalty for other labels closer than `near`. Without any collision-free candidate,
    the one with the least overlap (reported, and the generator then fails)."""
    cost = lab["cost"]
    key = spec["id"]
    spans = spec["spans"]
    offsets = spec["offsets"]
    cx, cy = spec["anchor"]
    depth = lab["anchor_min_depth"]
    em2 = lab["min_size"] * lab["min_size"]
    near = lab["near"]
    combos = spec["combos"]
    heap = [(c[0], ci, 0) for ci, c in enumerate(combos)]
    heapq.heapify(heap)
    best = None
    fallback = None
    inside_cache = {}
    while heap:
        bc, ci, oi = heapq.heappop(heap)
        if best is not None and bc >= best[0]:
            break
        if oi + 1 < len(offsets):
            heapq.heappush(heap, (combos[ci][0] + cost["nudge"] * offsets[oi + 1][0], ci, oi + 1))
        _, dx, dy = offsets[oi]
        ax, ay = cx + dx, cy + dy
        if spans is not None:
            ok = inside_cache.get((dx, dy))
            if ok is None:
                ok = all(spans.inside(ax + ex, ay + ey) for ex, ey in
                         ((0, 0), (depth, 0), (-depth, 0), (0, depth), (0, -depth)))
                inside_cache[(dx, dy)] = ok
            if not ok:
                continue
        _, laid, block, tags, info = combos[ci]
        boxes = [(b[0] + ax, b[1] + ay, b[2] + ax, b[3] + ay) for _, _, _, b in laid]
        bbox = (block[0] + ax, block[1] + ay, block[2] + ax, block[3] + ay)
        hits = scene.conflicts(key, bbox, boxes, first_only=best is not None)
        if hits:
            if best is None and "edge" not in hits and "river" not in hits:
                ov = scene.overlap(hits, boxes)
                if fallback is None or (ov, bc) < fallback[0]:
                    fallback = ((ov, bc), ci, ax, ay, hits)
            continue
        total = bc
        if spans is not None:
            total += cost["spill"] * sum(spans.outside_area(b) for b in boxes) / em2
        grown = (bbox[0] - near, bbox[1] - near, bbox[2] + near, bbox[3] + near)
        for lkey, l0, l1, l2, l3, lboxes in scene.label_list():
            if lkey != key and grown[0] < l2 and l0 < grown[2] and grown[1] < l3 and l1 < grown[3]:
                gap = min(box_gap(b, c) for b in boxes for c in lboxes)
                if gap < near:
                    total += cost["crowding"] * (1.0 - gap / near)
        if best is None or total < best[0] - 1e-12:
            best = (total, ci, ax, ay, [])
    if best is None:
        if fallback is None:
            fail("no place for the label of %s" % key)
        (ov, bc), ci, ax, ay, hits = fallback
        best = (bc, ci, ax, ay, hits)
    total, ci, ax, ay, hits = best
    _, laid, block, tags, info = combos[ci]
    lines = [(it, ax + lx, ay + base, (b[0] + ax, b[1] + ay, b[2] + ax, b[3] + ay)) for it, lx, base, b in laid]
    bbox = (block[0] + ax, block[1] + ay, block[2] + ax, block[3] + ay)
    out = {"id": key, "kind": spec["kind"], "lines": lines, "box": bbox, "tags": tags,
           "nudge": (ax - cx, ay - cy), "cost": total, "unresolved": hits}
    out.update(info)
    if spans is not None:
        area = sum((b[2] - b[0]) * (b[3] - b[1]) for _, _, _, b in lines)
        out["spill"] = sum(spans.outside_area(b) for _, _, _, b in lines) / area
    return out


def layout_labels(source, feats, proj, plane, districts, centroids):
    """Place the landmark, river and district labels; returns them (landmarks, river,
    districts in campaign order)."""
    lab = feats["labels"]
    st = feats["style"]
    rpx = [proj.px(lat, lon) for lat, lon in feats["river"]["course"]]
    river = RiverBand(sample_beziers(catmull_rom_beziers(rpx), 40))
    scene = Scene(proj, river, lab["gap"], float(st["river_width"]) / 2.0 + lab["river_gap"], lab["edge_gap"])
    specs = landmark_specs(feats, proj, scene)
    rlabel = river_label(feats, proj, scene)
    offsets = nudge_offsets(lab["nudge_step"], lab["nudge_max"])
    for d, polys, c in zip(source["districts"], districts, centroids):
        rings = [[proj.px(*plane.to_latlon(*q)) for q in r] for p in polys for r in p]
        sp = district_spec(d, rings, c, proj, lab)
        sp["offsets"] = offsets
        specs.append(sp)
    order = sorted(range(len(specs)), key=lambda i: (specs[i]["order"], specs[i]["id"]))
    placed = {}
    for _ in range(1 + lab["refine_passes"]):
        for i in order:
            sp = specs[i]
            scene.remove_label(sp["id"])
            lb = place_label(sp, scene, lab)
            placed[sp["id"]] = lb
            scene.set_label(sp["id"], lb["box"], [ln[3] for ln in lb["lines"]])
    out = [placed[sp["id"]] for sp in specs if sp["kind"] == "landmark"] + [rlabel]
    for sp in specs:
        if sp["kind"] != "district":
            continue
        lb = placed[sp["id"]]
        lb["pref"] = sp["pref"]
        lb["small"] = sp["small"]
        over = lab.get("overrides", {}).get(sp["id"], {})
        for it, _, _, _ in lb["lines"]:
            it["fill"] = over.get("color", st["label_text"] if it["script"] == "en" else st["label_text_zh"])
        out.append(lb)
    return out


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


def label_report(labels):
    """Which district labels needed which treatment."""
    ds = [lb for lb in labels if lb["kind"] == "district"]
    rep = []
    sizes = sorted(set(lb["size"] for lb in ds))
    rep.append("district label sizes (English/Chinese): %s" % ", ".join(
        "%s/%s: %d" % (fmt(s, 1), "/".join(sorted(set(fmt(lb["size_zh"], 1) for lb in ds if lb["size"] == s))),
                       sum(1 for lb in ds if lb["size"] == s)) for s in sizes))
    shr = ["%s %s→%s" % (lb["id"], fmt(lb["pref"], 1), fmt(lb["size"], 1)) for lb in ds if lb["size"] < lb["pref"]]
    rep.append("labels shrunk below their preferred size: %s" % (", ".join(shr) or "none"))
    for tag in ("wrapped", "zh wrapped", "abbreviated", "zh dropped"):
        ids = [lb["id"] for lb in ds if tag in lb["tags"]]
        rep.append("labels %s: %s" % (tag.replace("zh ", "with the Chinese line "), ", ".join(ids) or "none"))
    hung = ["%s (%s)" % (lb["id"], t[5:]) for lb in ds for t in lb["tags"] if t.startswith("hung ")]
    rep.append("labels hung beside their anchor (small districts): %s" % (", ".join(hung) or "none"))
    rep.append("landmark labels: %s" % ", ".join("%s %s" % (lb["id"][9:], lb["tags"][0]) for lb in labels
                                                 if lb["kind"] == "landmark"))
    nud = ["%s (%s,%s)" % (lb["id"], fmt(lb["nudge"][0], 1), fmt(lb["nudge"][1], 1)) for lb in ds
           if lb["nudge"] != (0.0, 0.0)]
    rep.append("labels nudged from the centroid (dx,dy): %s" % (", ".join(nud) or "none"))
    sp = ["%s %d%%" % (lb["id"], round(100 * lb["spill"])) for lb in ds if lb["spill"] > 0.2]
    rep.append("labels with more than 20%% of their text boxes outside the district: %s" % (", ".join(sp) or "none"))
    return rep


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
    """Labels (estimated line boxes) that the river centre line passes through."""
    rpx = [proj.px(lat, lon) for lat, lon in feats["river"]["course"]]
    pts = sample_beziers(catmull_rom_beziers(rpx), 40)
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
    split = check_cells(sites, cells)
    districts = build_districts(sites, cells, [d["id"] for d in source["districts"]])

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
    report.extend(label_report(labels))
    ov = label_overlaps(labels, feats, proj)
    report.append("label boxes overlapping (estimated): %d%s" % (
        len(ov), (": " + ", ".join("%s/%s" % (a, b) for a, b, _ in ov)) if ov else ""))
    if ov:
        fail("labels overlap: %s" % ", ".join("%s/%s" % (a, b) for a, b, _ in ov))

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
