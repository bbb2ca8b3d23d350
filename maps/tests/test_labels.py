"""Label candidates and placement: crafted scenes, and the real layout's invariants."""

import math

import pytest

from atlasgen.geometry import catmull_rom_beziers, sample_beziers
from atlasgen.labels import place_label
from atlasgen.labelspecs import block_layout, nudge_offsets, split_label, symbol_radius
from atlasgen.scene import RiverBand, Scene
from atlasgen.textmetrics import text_width

import oracle


class Frame:
    width = 400.0
    height = 300.0


def lone_scene():
    far_river = RiverBand([(-1000.0, -1000.0), (-1000.0, 1000.0)])
    return Scene(Frame(), far_river, pad=2.0, river_pad=1.5, edge=4.0)


def spec_at(x, y, text="Aleppo", size=14.0):
    laid, block = block_layout([{"text": text, "size": size, "anchor": "middle"}], 0.12)
    return {"id": "test", "kind": "landmark", "anchor": (x, y), "combos": [(0.0, laid, block, [], {})],
            "offsets": nudge_offsets(1.0, 40.0), "spans": None}


LAB = {"cost": {"nudge": 0.05, "spill": 1.0, "crowding": 3.0}, "anchor_min_depth": 3.0, "min_size": 14.0,
       "near": 12.0}


def clear_of(box, other, pad):
    return box[2] + pad <= other[0] or other[2] + pad <= box[0] or box[3] + pad <= other[1] \
        or other[3] + pad <= box[1]


def test_block_layout_stacks_lines_centred_on_the_anchor():
    items = [{"text": "Bustan", "size": 14.0, "anchor": "middle"},
             {"text": "al-Qasr", "size": 14.0, "anchor": "middle"},
             {"text": "布斯坦卡斯爾", "size": 13.0, "anchor": "middle"}]
    laid, block = block_layout(items, 0.12)
    assert block[1] == pytest.approx(-block[3])          # centred vertically on 0
    for (it, x, base, box), nxt in zip(laid, laid[1:]):
        assert box[0] == pytest.approx(-box[2])          # each line centred on x = 0
        assert nxt[3][1] - box[3] == pytest.approx(0.12 * it["size"])   # the gap below a line
        assert box[1] < base < box[3]
    assert laid[2][3][2] - laid[2][3][0] == pytest.approx(6 * 13.0)     # CJK: 1 em each
    assert block[2] - block[0] == pytest.approx(max(b[2] - b[0] for _, _, _, b in laid))


def test_block_layout_flush_left_and_right():
    for anchor, edge in (("start", 0), ("end", 2)):
        laid, _ = block_layout([{"text": "Midan", "size": 14.0, "anchor": anchor},
                                {"text": "Hanano", "size": 14.0, "anchor": anchor}], 0.12)
        assert [b[edge] for _, _, _, b in laid] == [0.0, 0.0]


def most_balanced(text):
    words = text.split(" ")
    splits = [[" ".join(words[:k]), " ".join(words[k:])] for k in range(1, len(words))]
    return min(splits, key=lambda s: max(text_width(s[0], 1.0), text_width(s[1], 1.0)))


def test_split_label_offers_the_and_split_and_the_most_balanced_one():
    name = "Bustan al-Basha and Sheikh Khodr"
    and_split = ["Bustan al-Basha and", "Sheikh Khodr"]
    balanced = most_balanced(name)
    assert balanced != and_split
    assert split_label(name) == [and_split, balanced]
    assert split_label("Hanano and Haydariyeh") == [["Hanano and", "Haydariyeh"]]  # the same split once
    for name in ("Sheikh Najjar Industrial City", "1070 Apartment Project", "Karm al-Jabal"):
        assert split_label(name) == [most_balanced(name)]
        assert " ".join(split_label(name)[0]) == name


def test_nudge_offsets_are_nearest_first_within_the_radius():
    offs = nudge_offsets(3.0, 6.0)
    assert len(offs) == 13  # i² + j² <= 4 on the 3-unit grid
    assert offs[0] == (0.0, 0, 0)
    assert [d for d, _, _ in offs] == sorted(d for d, _, _ in offs)
    assert all(math.hypot(dx, dy) == pytest.approx(d) and d <= 6.0 for d, dx, dy in offs)


def test_a_free_label_stays_on_its_anchor():
    lb = place_label(spec_at(200.0, 150.0), lone_scene(), LAB)
    assert lb["nudge"] == (0.0, 0.0)
    assert lb["unresolved"] == []


def test_a_label_takes_the_nearest_offset_that_clears_an_obstacle():
    scene = lone_scene()
    obstacle = (185.0, 140.0, 215.0, 156.0)
    scene.obstacles.append(("symbol:test", obstacle))
    spec = spec_at(200.0, 150.0)
    lb = place_label(spec, scene, LAB)
    assert lb["unresolved"] == []
    assert clear_of(lb["box"], obstacle, scene.pad)
    # Brute force over the same grid: the nearest offset whose box clears the obstacle.
    _, laid, block, _, _ = spec["combos"][0]
    free = [d for d, dx, dy in spec["offsets"]
            if clear_of((block[0] + 200 + dx, block[1] + 150 + dy, block[2] + 200 + dx, block[3] + 150 + dy),
                        obstacle, scene.pad)]
    assert math.hypot(*lb["nudge"]) == pytest.approx(min(free))


def test_a_label_takes_the_cheapest_place_counting_crowding():
    scene = lone_scene()
    other = (150.0, 140.0, 190.0, 160.0)
    scene.set_label("other", other, [other])
    spec = spec_at(225.0, 150.0)  # its box starts 10 units right of the other label
    lb = place_label(spec, scene, LAB)
    # Brute force: nudge cost per unit, plus crowding for a gap closer than `near`.
    _, laid, block, _, _ = spec["combos"][0]
    costs = []
    for d, dx, dy in spec["offsets"]:
        box = (block[0] + 225 + dx, block[1] + 150 + dy, block[2] + 225 + dx, block[3] + 150 + dy)
        if not clear_of(box, other, scene.pad):
            continue
        gap = math.hypot(max(box[0] - other[2], other[0] - box[2], 0.0),
                         max(box[1] - other[3], other[1] - box[3], 0.0))
        crowding = LAB["cost"]["crowding"] * (1.0 - gap / LAB["near"]) if gap < LAB["near"] else 0.0
        costs.append(LAB["cost"]["nudge"] * d + crowding)
    assert min(costs) < costs[0]  # staying put is not the best here
    assert lb["cost"] == pytest.approx(min(costs))


def test_a_label_keeps_off_the_map_edge():
    lb = place_label(spec_at(10.0, 150.0), lone_scene(), LAB)
    assert lb["box"][0] >= 4.0
    assert lb["nudge"][0] > 0


def test_a_label_with_no_free_place_is_reported_unresolved():
    scene = lone_scene()
    scene.obstacles.append(("symbol:everywhere", (0.0, 0.0, 400.0, 300.0)))
    lb = place_label(spec_at(200.0, 150.0), scene, LAB)
    assert lb["unresolved"] == ["symbol:everywhere"]


# --- the real layout -------------------------------------------------------------------

def line_boxes(lb):
    return [ln[3] for ln in lb["lines"]]


def test_every_district_has_one_label_with_its_whole_name(real):
    districts = [lb for lb in real.labels if lb["kind"] == "district"]
    assert [lb["id"] for lb in districts] == [d["id"] for d in real.source["districts"]]
    for lb, d in zip(districts, real.source["districts"]):
        en = [it["text"] for it, _, _, _ in lb["lines"] if it["script"] == "en"]
        zh = [it["text"] for it, _, _, _ in lb["lines"] if it["script"] == "zh"]
        assert " ".join(en) == d["name"]["en"]
        assert "".join(zh) == ("" if "zh dropped" in lb["tags"] else d["name"]["zh"])


def test_real_labels_do_not_overlap_and_keep_their_gap(real):
    gap = real.feats["labels"]["gap"]
    for i, a in enumerate(real.labels):
        for b in real.labels[i + 1:]:
            for p in line_boxes(a):
                for q in line_boxes(b):
                    assert not oracle.boxes_overlap(p, q), (a["id"], b["id"])
                    assert oracle.box_separation(p, q) >= gap - 1e-9, (a["id"], b["id"])


def test_real_labels_lie_inside_the_map_frame(real):
    edge = real.feats["labels"]["edge_gap"]
    w, h = real.proj.width, real.proj.height
    for lb in real.labels:
        for x0, y0, x1, y1 in line_boxes(lb):
            assert 0.0 <= x0 < x1 <= w and 0.0 <= y0 < y1 <= h, lb["id"]
            if lb["kind"] != "river":  # the river's name is hand-placed
                assert edge <= x0 and x1 <= w - edge and edge <= y0 and y1 <= h - edge, lb["id"]


def test_real_labels_leave_landmark_symbols_and_the_river_clear(real):
    for lm in real.feats["landmarks"]:
        x, y = real.proj.px(lm["lat"], lm["lon"])
        r = symbol_radius(lm["symbol"])
        for lb in real.labels:
            symbol = (x - r, y - r, x + r, y + r)
            assert all(not oracle.boxes_overlap(b, symbol) for b in line_boxes(lb)), lb["id"]
    course = [real.proj.px(lat, lon) for lat, lon in real.feats["river"]["course"]]
    river = sample_beziers(catmull_rom_beziers(course), 40)
    half = float(real.feats["style"]["river_width"]) / 2.0
    for lb in real.labels:
        for x0, y0, x1, y1 in line_boxes(lb):
            assert not any(x0 - half <= x <= x1 + half and y0 - half <= y <= y1 + half for x, y in river), lb["id"]


def test_real_district_labels_are_anchored_inside_their_district(real):
    districts = [lb for lb in real.labels if lb["kind"] == "district"]
    for lb, polys, (lat, lon) in zip(districts, real.geo_polys, real.centroids):
        cx, cy = real.proj.px(lat, lon)
        anchor = (cx + lb["nudge"][0], cy + lb["nudge"][1])
        rings_px = [[real.proj.px(*real.plane.to_latlon(*q)) for q in r] for p in polys for r in p]
        assert sum(oracle.winding_number(anchor, r) for r in rings_px) != 0, lb["id"]
        assert math.hypot(*lb["nudge"]) <= real.feats["labels"]["nudge_max"] + 1e-9


def test_real_district_label_sizes_stay_within_their_bounds(real):
    lab = real.feats["labels"]
    for lb in real.labels:
        if lb["kind"] != "district":
            continue
        default_floor = lab["small_min_size"] if lb["small"] else lab["min_size"]
        floor = lab.get("overrides", {}).get(lb["id"], {}).get("min_size", default_floor)
        assert floor <= lb["size"] <= lb["pref"] <= lab["max_size"], lb["id"]
        assert lb["size_zh"] <= lb["size"]
