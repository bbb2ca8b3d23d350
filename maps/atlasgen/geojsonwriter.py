"""districts.geojson (RFC 7946) and districts.json, written with explicit number formatting."""

import json
import re
import unicodedata

from .errors import fail
from .geometry import open_ring
from .numfmt import fmt


def rounded_ring_lonlat(ring, plane):
    """A ring of plane km as [(lon, lat)] rounded to 6 decimals, without repeated points
    (open: the first point is not repeated at the end)."""
    rounded = []
    for x, y in ring:
        lat, lon = plane.to_latlon(x, y)
        rounded.append((round(lon, 6), round(lat, 6)))
    return open_ring(rounded)


def district_features(source, polys_lonlat):
    """One GeoJSON Feature per district: a Polygon, or a MultiPolygon for a district in
    several parts; rings are closed here."""
    out = []
    for d, polys in zip(source["districts"], polys_lonlat):
        coords = [[[list(q) for q in r] + [list(r[0])] for r in p] for p in polys]
        if len(coords) == 1:
            geom = {"type": "Polygon", "coordinates": coords[0]}
        else:
            geom = {"type": "MultiPolygon", "coordinates": coords}
        out.append({"type": "Feature",
                    "properties": {"id": d["id"], "name_en": d["name"]["en"],
                                   "name_zh": d["name"]["zh"], "name_ar": d["name"]["ar"]},
                    "geometry": geom})
    return out


def geojson_text(features):
    """The FeatureCollection, one feature per line, coordinates with 6 decimals."""
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


def neighbourhood_id(name_en):
    """A member neighbourhood's id: its English name in kebab case, without accents or apostrophes."""
    s = unicodedata.normalize("NFKD", name_en)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"['\u2018\u2019]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def neighbourhoods_json(district):
    """The district's member neighbourhoods as districts.json lists them (reports name them)."""
    out = []
    for n in district.get("neighbourhoods", []):
        name = {"en": n["name_en"]}
        if n.get("name_ar"):
            name["ar"] = n["name_ar"]
        out.append({"id": neighbourhood_id(n["name_en"]), "name": name})
    ids = [n["id"] for n in out]
    if len(set(ids)) != len(ids):
        fail("district %s: two neighbourhoods have the same id" % district["id"])
    return out


def districts_json_text(source, centroids):
    """districts.json: ids, names, the (lat, lon) interior points and member neighbourhoods, in campaign order."""
    dj = {"districts": [{"id": d["id"],
                         "name": {"en": d["name"]["en"], "zh": d["name"]["zh"], "ar": d["name"]["ar"]},
                         "centroid": {"lat": c[0], "lon": c[1]},
                         "neighbourhoods": neighbourhoods_json(d)}
                        for d, c in zip(source["districts"], centroids)]}
    # json.dumps writes floats with repr(); make sure each is exactly 4 decimals at most.
    for c in centroids:
        for v in c:
            if repr(v) != fmt(v, 4):
                fail("centroid value %r does not print as 4 decimals" % v)
    return json.dumps(dj, ensure_ascii=False, indent=2) + "\n"
