"""The three outputs as written: GeoJSON, districts.json and the SVG."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from atlasgen.errors import CheckError
from atlasgen.geojsonwriter import districts_json_text, geojson_text, neighbourhood_id
from atlasgen.numfmt import fmt
from atlasgen.svgwriter import svg_text

import oracle

SVG = "{http://www.w3.org/2000/svg}"
ATLAS = "{urn:aleppo-atlas:map:1}"


def test_fmt_trims_zeros_and_never_writes_minus_zero():
    assert fmt(1.50, 2) == "1.5"
    assert fmt(2.0, 3) == "2"
    assert fmt(-0.0001, 2) == "0"
    assert fmt(1597.7814181, 6) == "1597.781418"


def test_geojson_text_writes_what_it_is_given():
    square = [[37.1, 36.2], [37.2, 36.2], [37.2, 36.3], [37.1, 36.3], [37.1, 36.2]]
    features = [{"type": "Feature", "properties": {"id": "a", "name_zh": "阿"},
                 "geometry": {"type": "Polygon", "coordinates": [square]}},
                {"type": "Feature", "properties": {"id": "b"},
                 "geometry": {"type": "MultiPolygon", "coordinates": [[square], [square]]}}]
    data = json.loads(geojson_text(features))
    assert data["type"] == "FeatureCollection"
    assert data["features"] == features


def test_real_geojson_parses_with_closed_rfc7946_rings(real):
    data = json.loads(real.texts["districts.geojson"])
    feats = data["features"]
    assert [f["properties"]["id"] for f in feats] == [d["id"] for d in real.source["districts"]]
    for f, d in zip(feats, real.source["districts"]):
        assert f["properties"] == {"id": d["id"], "name_en": d["name"]["en"], "name_zh": d["name"]["zh"],
                                   "name_ar": d["name"]["ar"]}
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            for k, ring in enumerate(poly):
                assert len(ring) >= 4 and ring[0] == ring[-1]
                assert len(set(map(tuple, ring[:-1]))) == len(ring) - 1  # no repeated position
                area = oracle.shoelace(ring)
                assert area > 0 if k == 0 else area < 0          # exterior CCW, holes CW
                for lon, lat in ring:
                    assert real.proj.west < lon < real.proj.east and real.proj.south < lat < real.proj.north
    for number in re.findall(r"-?\d+\.\d+", real.texts["districts.geojson"]):
        assert len(number.split(".")[1]) == 6


def test_real_districts_json_holds_the_centroids(real):
    data = json.loads(real.texts["districts.json"])
    assert [d["id"] for d in data["districts"]] == [d["id"] for d in real.source["districts"]]
    for d, s, (lat, lon) in zip(data["districts"], real.source["districts"], real.centroids):
        assert d["name"] == {"en": s["name"]["en"], "zh": s["name"]["zh"], "ar": s["name"]["ar"]}
        assert (d["centroid"]["lat"], d["centroid"]["lon"]) == (lat, lon)


def test_real_districts_json_lists_each_districts_neighbourhoods_with_kebab_ids(real):
    data = json.loads(real.texts["districts.json"])
    for d, s in zip(data["districts"], real.source["districts"]):
        assert [n["name"]["en"] for n in d["neighbourhoods"]] == [n["name_en"] for n in s["neighbourhoods"]]
        ids = [n["id"] for n in d["neighbourhoods"]]
        assert len(set(ids)) == len(ids)
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    tariq = next(d for d in data["districts"] if d["id"] == "tariq-al-bab")
    assert [n["id"] for n in tariq["neighbourhoods"]] == ["tariq-al-bab", "al-helwaniyeh", "jouret-awwad",
                                                           "dahret-awwad"]


def test_neighbourhood_ids_drop_accents_and_apostrophes():
    assert neighbourhood_id("Jouret \u2018Awwad") == "jouret-awwad"
    assert neighbourhood_id("Maqar al-Anbiya'a") == "maqar-al-anbiyaa"
    assert neighbourhood_id("S\u00e9b\u00e9 (North)") == "sebe-north"


def test_districts_json_refuses_a_centroid_with_more_than_four_decimals(inputs):
    source = inputs[0]
    centroids = [(36.2, 37.1)] * len(source["districts"])
    json.loads(districts_json_text(source, centroids))
    with pytest.raises(CheckError, match="4 decimals"):
        districts_json_text(source, [(36.20001, 37.1)] + centroids[1:])


def test_real_svg_has_the_eight_layers_and_one_path_per_district(real):
    root = ET.fromstring(real.texts["map.svg"].encode("utf-8"))
    groups = [el.get("id") for el in root if el.tag == SVG + "g"]
    # The graticule lies over the districts: the app fills them opaque.
    assert groups == ["base", "districts", "graticule", "river", "landmarks", "labels", "furniture",
                      "furniture-text"]
    districts = root.find(SVG + "g[@id='districts']")
    assert [p.get("id") for p in districts] == [d["id"] for d in real.source["districts"]]
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == 8 + len(real.source["districts"])
    assert root.get("viewBox") == "0 0 %s %s" % (fmt(real.proj.width, 6), fmt(real.proj.height, 6))
    assert float(root.get(ATLAS + "west")) == real.proj.west
    assert float(root.get(ATLAS + "north")) == real.proj.north
    assert root.get(ATLAS + "standard-parallel") == "36.2"


def test_real_svg_labels_layer_is_halos_then_texts(real):
    root = ET.fromstring(real.texts["map.svg"].encode("utf-8"))
    labels = list(root.find(SVG + "g[@id='labels']"))
    n = sum(len(lb["lines"]) for lb in real.labels)
    assert len(labels) == 2 * n
    halos = [g[0].get("stroke") for g in labels]
    assert halos[:n] == ["#ffffff"] * n and halos[n:] == [None] * n
    for g in labels:
        assert re.fullmatch(r"matrix\(([\d.]+) 0 0 \1 [\d.]+ [\d.]+\)", g.get("transform"))


def test_real_svg_furniture_is_shapes_then_a_layer_of_texts_alone(real):
    root = ET.fromstring(real.texts["map.svg"].encode("utf-8"))
    shapes = list(root.find(SVG + "g[@id='furniture']"))
    texts = list(root.find(SVG + "g[@id='furniture-text']"))
    assert shapes and {el.tag for el in shapes} <= {SVG + "rect", SVG + "polygon"}
    # Texts alone, unstroked, as the app draws them from glyph runs: the graticule's
    # coordinates, the scale bar's numbers, the north arrow's N and the captions.
    assert {el.tag for el in texts} == {SVG + "text"}
    assert all(el.get("stroke") is None and el.get("transform") is None for el in texts)
    assert "N" in [el.text for el in texts] and "2 km" in [el.text for el in texts]
    assert sum(1 for el in texts if el.text.endswith("\u00b0E") or el.text.endswith("\u00b0N")) >= 4


def test_svg_text_scaled_is_written_at_100_in_a_matrix():
    el = ET.fromstring(svg_text(10, 20, 14, "Queiq 奎克河", ("DejaVu Sans", "Noto Sans CJK TC"), "#123456",
                                "middle", scaled=True, halo=("#ffffff", 0.25)))
    assert el.get("transform") == "matrix(0.14 0 0 0.14 10 20)"
    text = el[0]
    assert text.get("font-size") == "100" and text.get("stroke-width") == "25"
    assert text.text == "Queiq " and text[0].get("font-family") == "Noto Sans CJK TC" and text[0].text == "奎克河"


def test_svg_text_sets_han_upright_and_regular_in_a_bold_or_italic_label():
    fonts = ("DejaVu Sans", "Noto Sans CJK TC")
    # Latin with a Han run: the text is italic, its Han tspan is set back upright.
    mixed = ET.fromstring(svg_text(10, 20, 12, "Queiq 奎克河", fonts, "#3a78b5", style="italic"))
    assert mixed.get("font-style") == "italic" and mixed.get("font-weight") is None
    assert mixed[0].text == "奎克河" and mixed[0].get("font-style") == "normal"
    assert mixed[0].get("font-weight") is None
    # A Han line of a bold label: neither bold nor italic.
    han = ET.fromstring(svg_text(10, 20, 11, "大清真寺", fonts, "#1f5e3a", weight="bold", style="italic"))
    assert han.get("font-family") == "Noto Sans CJK TC"
    assert han.get("font-weight") is None and han.get("font-style") is None
    # A Han line with a Latin run: the Latin run alone carries the weight.
    han_latin = ET.fromstring(svg_text(10, 20, 11, "公園 A", fonts, "#1f5e3a", weight="bold"))
    assert han_latin.get("font-weight") is None
    assert han_latin[0].text == " A" and han_latin[0].get("font-weight") == "bold"
    # The Latin line of a bold label keeps its weight on the text itself.
    latin = ET.fromstring(svg_text(10, 20, 11, "Public Park", fonts, "#1f5e3a", weight="bold"))
    assert latin.get("font-weight") == "bold" and len(latin) == 0
