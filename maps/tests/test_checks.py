"""The checks fail on tampered outputs, and --check fails on a tampered committed file."""

import copy
import json
import os

import pytest

from atlasgen import generate
from atlasgen.checks import (check_geojson_text, check_outputs, label_overlaps, river_checks,
                             river_label_clearance)
from atlasgen.errors import CheckError


def run_check_outputs(real, geo_polys=None, centroids=None):
    return check_outputs(real.source, real.feats, real.plane, real.proj, real.outline_rounded,
                         geo_polys if geo_polys is not None else real.geo_polys,
                         centroids if centroids is not None else real.centroids, real.sites)


def write_outputs(real, directory):
    os.makedirs(directory, exist_ok=True)
    for name in generate.OUTPUT_NAMES:
        generate.write(os.path.join(directory, name), real.texts[name])


def test_outputs_differ_finds_a_changed_and_a_missing_file(real, tmp_path):
    fresh, committed = str(tmp_path / "fresh"), str(tmp_path / "committed")
    write_outputs(real, fresh)
    write_outputs(real, committed)
    assert generate.outputs_differ(committed, fresh) == []
    with open(os.path.join(committed, "map.svg"), "a", encoding="utf-8") as f:
        f.write(" ")
    os.remove(os.path.join(committed, "districts.json"))
    assert generate.outputs_differ(committed, fresh) == ["map.svg", "districts.json (missing)"]


def test_check_command_fails_on_a_tampered_output(real, tmp_path, capsys):
    committed = str(tmp_path)
    write_outputs(real, committed)
    path = os.path.join(committed, "districts.geojson")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("37.1", "37.2", 1))
    assert generate.main(["--check", "--out", committed]) == 1
    assert "OUT OF DATE: districts.geojson differ" in capsys.readouterr().err


def test_check_outputs_fails_when_districts_cover_more_than_the_outline(real):
    geo = copy.deepcopy(real.geo_polys)
    geo[4] = geo[4] + [[list(real.outline_rounded)]]  # the whole city in one district as well
    with pytest.raises(CheckError, match="more than the outline"):
        run_check_outputs(real, geo_polys=geo)


def test_check_outputs_fails_on_a_wrongly_wound_ring(real):
    geo = copy.deepcopy(real.geo_polys)
    geo[0][0][0] = geo[0][0][0][::-1]
    with pytest.raises(CheckError, match="orientation"):
        run_check_outputs(real, geo_polys=geo)


def test_check_outputs_fails_on_swapped_centroids(real):
    centroids = list(real.centroids)
    centroids[0], centroids[1] = centroids[1], centroids[0]
    with pytest.raises(CheckError, match="centroid of %s" % real.source["districts"][0]["id"]):
        run_check_outputs(real, centroids=centroids)


def tampered_geojson(real, change):
    data = json.loads(real.texts["districts.geojson"])
    change(data["features"][3])
    return json.dumps(data, ensure_ascii=False)


def test_geojson_check_fails_on_tampered_text(real):
    check_geojson_text(real.texts["districts.geojson"], real.source)

    def unclose(f):
        f["geometry"]["coordinates"][0].pop()

    def reverse(f):
        f["geometry"]["coordinates"][0].reverse()

    def rename(f):
        f["properties"]["name_en"] += "x"

    def swap_axes(f):
        f["geometry"]["coordinates"][0] = [[lat, lon] for lon, lat in f["geometry"]["coordinates"][0]]

    for change, message in ((unclose, "not closed"), (reverse, "winding"), (rename, "properties"),
                            (swap_axes, "not \\[lon, lat\\]")):
        with pytest.raises(CheckError, match=message):
            check_geojson_text(tampered_geojson(real, change), real.source)


def test_river_bank_check_fails_on_the_wrong_bank(real):
    feats = copy.deepcopy(real.feats)
    item = feats["river"]["bank_checks"][0]
    item["side"] = "east" if item["side"] == "west" else "west"
    with pytest.raises(CheckError, match="bank of the river"):
        river_checks(feats, real.proj, real.centroids, real.source)


def test_label_checks_see_a_label_moved_onto_another_or_onto_the_river(real):
    assert label_overlaps(real.labels, real.feats, real.proj) == []
    assert river_label_clearance(real.feats, real.proj, real.labels) == []
    a, b = real.labels[-1], real.labels[-2]
    dx, dy = b["box"][0] - a["box"][0], b["box"][1] - a["box"][1]
    moved = dict(a, lines=[(it, x + dx, y + dy, (q[0] + dx, q[1] + dy, q[2] + dx, q[3] + dy))
                           for it, x, y, q in a["lines"]])
    moved["box"] = (a["box"][0] + dx, a["box"][1] + dy, a["box"][2] + dx, a["box"][3] + dy)
    labels = real.labels[:-1] + [moved]
    pairs = {frozenset((p, q)) for p, q, _ in label_overlaps(labels, real.feats, real.proj)}
    assert frozenset((a["id"], b["id"])) in pairs
    rx, ry = real.proj.px(*real.feats["river"]["course"][5])
    on_river = dict(a, lines=[(it, rx, ry, (rx - 20, ry - 5, rx + 20, ry + 5)) for it, _, _, _ in a["lines"][:1]])
    assert river_label_clearance(real.feats, real.proj, [on_river]) == [a["id"]]
