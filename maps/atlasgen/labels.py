"""Label placement.

A label is a block of lines (English name, possibly on two lines, then the Chinese name),
centred on an anchor. Every line has an estimated box (advance widths, DejaVu
ascender/descender or the CJK em box: textmetrics). Placement is greedy and deterministic:
landmark labels first, then the districts from the smallest up, each taking the cheapest
candidate (size, wrapping, Chinese line, anchor offset: labelspecs) whose line boxes hit no
placed label, landmark symbol, the river or the map edge (scene); then `refine_passes`
rounds in which every label is taken out and placed again."""

import heapq

from .errors import fail
from .labelspecs import district_spec, landmark_specs, nudge_offsets, river_label
from .numfmt import fmt
from .scene import RiverBand, Scene, box_gap, river_centre_line


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
    river = RiverBand(river_centre_line(feats, proj))
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
