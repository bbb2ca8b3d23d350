"""Label candidates: for every label the sizes, text variants and sides it may take,
each laid out as a block of line boxes with its base cost."""

import math

from .geometry import ring_area
from .scene import Spans
from .textmetrics import text_extent, text_width


def round_half(v):
    return math.floor(v * 2.0 + 0.5) / 2.0


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
