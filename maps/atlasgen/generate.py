"""One generation, from the inputs to the three output texts, and the command line that
maps/generate_map.py runs."""

import argparse
import json
import os
import shutil
import sys
import tempfile

from .cells import (build_districts, build_outline, cap_cells, check_cells, fitted_weights, interior_point,
                    load_sites, power_cells)
from .checks import (check_geojson_text, check_outline_in_bounds, check_outputs, label_overlaps,
                     river_checks, river_label_clearance)
from .errors import CheckError, fail
from .geojsonwriter import district_features, districts_json_text, geojson_text, rounded_ring_lonlat
from .labels import label_report, layout_labels
from .numfmt import fmt
from .projection import MapProjection, Plane
from .svgwriter import build_svg

MAPS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(MAPS_DIR)
SOURCE_PATH = os.path.join(MAPS_DIR, "districts-source.json")
FEATURES_PATH = os.path.join(MAPS_DIR, "features.json")
OUT_DIR = os.path.join(ROOT, "resources", "campaigns", "aleppo-2016")
OUTPUT_NAMES = ("map.svg", "districts.geojson", "districts.json")
DESCRIPTION = "Generate the Aleppo Atlas base map from neighbourhood centroids."


def load_json(path):
    with open(path, "r", encoding="utf-8") as f:
        return json.load(f)


class MapBuild:
    """What one generation made, stage by stage: each stage is built from the ones before.

    Geometry is in plane km unless named otherwise: `sites` (dicts with x, y, district),
    `outline` (the city outline ring), `cells` (per site, the rings of its power cell),
    `capped_cells` (the same, capped to the site's area), `districts` (per district,
    polygons [exterior, holes...]: its capped cells merged); `polys_lonlat` the same
    rounded as written; `geo_polys` and `outline_rounded` the written coordinates back in
    km (the checks and labels use these); `centroids` (lat, lon) per district; `labels`
    the placed labels (user units); `texts` the output file name -> text; `report` lines."""

    def __init__(self, source, feats):
        self.source = source
        self.feats = feats
        pc = feats["projection"]
        self.plane = Plane(pc["plane_origin"]["lat"], pc["plane_origin"]["lon"], pc["standard_parallel"])
        self.proj = MapProjection(pc)
        self.sites = []
        self.outline = []
        self.weights = []
        self.cells = []
        self.capped_cells = []
        self.districts = []
        self.polys_lonlat = []
        self.geo_polys = []
        self.outline_rounded = []
        self.centroids = []
        self.labels = []
        self.texts = {}
        self.report = []


def build(source, feats):
    """Run the whole generation and every check on the inputs; returns a MapBuild. Raises
    CheckError when a check fails."""
    mb = MapBuild(source, feats)
    plane, proj = mb.plane, mb.proj
    mb.sites = sites = load_sites(source, plane, feats["power_diagram"])
    mb.outline = build_outline(sites, feats["outline"])
    check_outline_in_bounds(mb.outline, plane, proj, feats["projection"]["min_bounds_margin_px"])
    mb.weights, reduced = fitted_weights(sites, mb.outline, feats["power_diagram"])
    mb.cells = power_cells(sites, mb.weights, mb.outline)
    split = check_cells(sites, mb.cells)
    mb.capped_cells, capped = cap_cells(sites, mb.cells, feats["power_diagram"])
    check_cells(sites, mb.capped_cells)
    mb.districts = districts = build_districts(sites, mb.capped_cells, [d["id"] for d in source["districts"]])

    # What is written: lon/lat rounded to 6 decimals; checks run on that.
    mb.polys_lonlat = [[[rounded_ring_lonlat(r, plane) for r in p] for p in polys] for polys in districts]
    mb.geo_polys = geo_polys = [[[[plane.to_xy(lat, lon) for lon, lat in r] for r in p] for p in polys]
                               for polys in mb.polys_lonlat]
    mb.outline_rounded = [plane.to_xy(lat, lon) for lon, lat in rounded_ring_lonlat(mb.outline, plane)]

    methods = []
    for d, polys in zip(source["districts"], geo_polys):
        lat, lon, method, depth = interior_point(polys, plane, feats["centroids"])
        mb.centroids.append((lat, lon))
        methods.append((d["id"], method, depth))
    centroids = mb.centroids

    report = mb.report
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
    report.append("cells capped to their neighbourhood's area (%d): %s"
                  % (len(capped), ", ".join(sites[k]["name"] for k in capped) or "none"))
    report.extend(check_outputs(source, feats, plane, proj, mb.outline_rounded, geo_polys, centroids, sites))
    report.extend(river_checks(feats, proj, centroids, source))
    fallback = [m for m in methods if m[1] != "area centroid"]
    report.append("centroids from pole of inaccessibility: %s"
                  % (", ".join("%s" % m[0] for m in fallback) or "none"))
    report.append("shallowest centroid: %s %.0f m inside" % min(((m[0], m[2] * 1000) for m in methods),
                                                                 key=lambda t: t[1]))

    mb.labels = labels = layout_labels(source, feats, proj, plane, geo_polys, centroids)
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

    svg = build_svg(source, feats, proj, plane, mb.outline_rounded, geo_polys, labels)
    geojson = geojson_text(district_features(source, mb.polys_lonlat))
    report.append(check_geojson_text(geojson, source))
    mb.texts = {"map.svg": svg, "districts.geojson": geojson,
               "districts.json": districts_json_text(source, centroids)}
    return mb


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(out_dir, verbose=True):
    """Generate from the committed inputs into `out_dir`; returns the report lines."""
    mb = build(load_json(SOURCE_PATH), load_json(FEATURES_PATH))
    os.makedirs(out_dir, exist_ok=True)
    for name in OUTPUT_NAMES:
        write(os.path.join(out_dir, name), mb.texts[name])
    if verbose:
        for line in mb.report:
            print(line)
    return mb.report


def outputs_differ(committed_dir, fresh_dir):
    """Names of the outputs in `committed_dir` that are missing or not byte for byte the
    ones in `fresh_dir`."""
    differ = []
    for name in OUTPUT_NAMES:
        committed = os.path.join(committed_dir, name)
        fresh = os.path.join(fresh_dir, name)
        if not os.path.exists(committed):
            differ.append(name + " (missing)")
            continue
        with open(committed, "rb") as a, open(fresh, "rb") as b:
            if a.read() != b.read():
                differ.append(name)
    return differ


def main(argv):
    ap = argparse.ArgumentParser(description=DESCRIPTION)
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary directory and exit 1 if the committed outputs differ")
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        if args.check:
            tmp = tempfile.mkdtemp(prefix="aleppo-map-")
            try:
                generate(tmp, verbose=True)
                differ = outputs_differ(args.out, tmp)
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
