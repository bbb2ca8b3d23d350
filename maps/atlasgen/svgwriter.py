"""The georeferenced SVG base map."""

import math

from .errors import fail
from .geometry import catmull_rom_beziers
from .numfmt import fmt, fpx
from .textmetrics import script_runs


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
    app uses to place and cull the layer) would come out wrong.

    `weight` and `style` (bold, italic) apply to the Latin runs only: Han text is set
    upright and in the regular face. A CJK face has no italic (a renderer slants the
    glyphs, which Chinese typography does not do), and its bold face is a second 20 MB
    font file that the app would open at start-up for a few names (about 4 ms)."""
    runs = script_runs(text)
    base_cjk = runs[0][0]

    def font_of(cjk):
        """(weight, style) of a run: the label's for Latin, none for Han."""
        return (None, None) if cjk else (weight, style)

    base_weight, base_style = font_of(base_cjk)
    body = []
    for c, run in runs:
        if c == base_cjk:
            body.append(esc(run))
        else:
            run_weight, run_style = font_of(c)
            extra = ""
            if run_weight != base_weight:
                extra += ' font-weight="%s"' % (run_weight or "normal")
            if run_style != base_style:
                extra += ' font-style="%s"' % (run_style or "normal")
            body.append('<tspan font-family="%s"%s>%s</tspan>' % (esc(fonts[1] if c else fonts[0]), extra, esc(run)))
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
    if base_weight:
        kw["font_weight"] = base_weight
    if base_style:
        kw["font_style"] = base_style
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


def build_svg(source, feats, proj, plane, outline, districts, labels):
    """The whole map.svg text: `outline` and `districts` in plane km, `labels` placed."""
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
    a('</g>')

    # --- districts
    a('<g id="districts">')
    for d, polys in zip(source["districts"], districts):
        rings_px = [to_px_ring(r) for p in polys for r in p]
        a('<path %s/>' % attrs(id=d["id"], d=path_d(rings_px), fill=st["district_fill"],
                               fill_rule="evenodd", stroke=st["district_stroke"],
                               stroke_width=st["district_stroke_width"], stroke_linejoin="round"))
    a('</g>')

    # --- graticule: lines over the districts, whose fills are opaque (the app
    # draws them so for speed), under the river, landmarks and labels; their
    # coordinates are written with the furniture, at the map's edges
    a('<g id="graticule">')
    grid_lines, grid_texts = graticule(feats, proj, st, fonts)
    out.extend(grid_lines)
    a('</g>')

    # --- river
    river = feats["river"]
    segs = catmull_rom_beziers(proj.px_points(river["course"]))
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

    # --- furniture: its shapes, then its texts in a layer of their own that
    # holds nothing but texts, as the labels layer does, so the app can draw
    # them from glyph runs at the map's own size (QtSvg draws every text as
    # glyph outlines); no text lies under a shape of the furniture.
    shapes, texts = furniture(feats, proj, st, fonts)
    a('<g id="furniture">')
    out.extend(shapes)
    a('</g>')
    a('<g id="furniture-text">')
    out.extend(grid_texts)
    out.extend(texts)
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


def graticule(feats, proj, st, fonts):
    """The graticule's lines, and its coordinates along the bottom and left edges."""
    W, H = proj.width, proj.height
    step = feats["graticule"]["step_deg"]
    gat = 'stroke="%s" stroke-width="%s" fill="none"' % (st["graticule"], st["graticule_width"])
    gsize = st["graticule_font_size"]
    lines = []
    texts = []
    k0 = int(math.ceil(proj.west / step - 1e-9))
    k1 = int(math.floor(proj.east / step + 1e-9))
    for k in range(k0, k1 + 1):
        lon = k * step
        x, _ = proj.px(proj.north, lon)
        if 0.5 < x < W - 0.5:
            lines.append('<line x1="%s" y1="0" x2="%s" y2="%s" %s/>' % (fpx(x), fpx(x), fpx(H), gat))
            texts.append(svg_text(x, H - 4, gsize, "%s°E" % fmt(lon, 2), fonts, st["graticule_text"], "middle"))
    k0 = int(math.ceil(proj.south / step - 1e-9))
    k1 = int(math.floor(proj.north / step + 1e-9))
    for k in range(k0, k1 + 1):
        lat = k * step
        _, y = proj.px(lat, proj.west)
        if 0.5 < y < H - 0.5:
            lines.append('<line x1="0" y1="%s" x2="%s" y2="%s" %s/>' % (fpx(y), fpx(W), fpx(y), gat))
            texts.append(svg_text(4, y - 3, gsize, "%s°N" % fmt(lat, 2), fonts, st["graticule_text"]))
    return lines, texts


def furniture(feats, proj, st, fonts):
    """The furniture's shapes (scale bar, north arrow) and its texts, as two lists."""
    f = feats["furniture"]
    out = []
    texts = []
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
        texts.append(svg_text(x0 + k * km, y0 - 8, f["scale_bar_font_size"], label, fonts, "#333333", "middle"))
    # North arrow, top left.
    nx, ny = f["north_arrow_from_left"], f["north_arrow_from_top"]
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx + 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#333333", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    out.append('<polygon %s/>' % attrs(points="%s,%s %s,%s %s,%s" % (
        fpx(nx), fpx(ny), fpx(nx - 9), fpx(ny + 26), fpx(nx), fpx(ny + 20)),
        fill="#ffffff", stroke="#333333", stroke_width="1", stroke_linejoin="round"))
    texts.append(svg_text(nx, ny - 5, 14, "N", fonts, "#333333", "middle", weight="bold"))
    # Captions, bottom right.
    cx = W - f["caption_from_right"]
    cy = H - f["caption_from_bottom"]
    for k, line in enumerate(f["caption"]):
        texts.append(svg_text(cx, cy + k * f["caption_line_height"], line["size"], line["text"], fonts, "#444444",
                              "end"))
    return out, texts
