"""The projections, and the constant they share with the app's C++ MapProjection."""

import math
import os
import re

import pytest

from atlasgen.projection import KM_PER_DEG, MapProjection, Plane

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CPP = os.path.join(REPO, "app", "core", "mapprojection.cpp")
CPP_CONSTANT = re.compile(r"constexpr\s+double\s+kKmPerDegree\s*=\s*([0-9]+(?:\.[0-9]*)?)\s*;")


def cpp_km_per_degree():
    with open(CPP, encoding="utf-8") as f:
        found = CPP_CONSTANT.findall(f.read())
    if len(found) != 1:
        pytest.fail("expected exactly one 'constexpr double kKmPerDegree = <number>;' in %s, found %d; "
                    "if the constant moved or was renamed, update this test so it still compares it with "
                    "atlasgen.projection.KM_PER_DEG" % (CPP, len(found)))
    return float(found[0])


@pytest.fixture
def proj(inputs):
    return MapProjection(inputs[1]["projection"])


def test_km_per_degree_is_the_one_the_app_uses():
    assert KM_PER_DEG == cpp_km_per_degree()


def test_units_per_km_agree_with_the_app_formula(proj):
    # MapProjection::unitsPerKm(): width / (bounds width · kKmPerDegree · cos(standard parallel)).
    cpp = proj.width / ((proj.east - proj.west) * cpp_km_per_degree() * math.cos(math.radians(proj.sp)))
    assert proj.px_per_km() == pytest.approx(cpp, rel=1e-12)


def test_map_size_and_corners(proj):
    # maps/README.md: W = (east - west)·cos(36.2°)·S = 1597.781418, H = (north - south)·S = 1620.
    assert proj.width == pytest.approx(1597.781418, abs=1e-6)
    assert proj.height == pytest.approx(1620.0)
    assert proj.px(proj.north, proj.west) == pytest.approx((0.0, 0.0), abs=1e-9)
    assert proj.px(proj.south, proj.east) == pytest.approx((proj.width, proj.height))


def test_lonlat_to_px_and_back(proj):
    # The inverse documented in maps/README.md (and used by the app's MapProjection::toGeo).
    def inverse(x, y):
        return proj.north - y / proj.s, proj.west + x / (math.cos(math.radians(36.2)) * proj.s)

    for lat, lon in [(36.2, 37.17), (36.1234, 37.0701), (36.2999, 37.2888), (36.25, 37.1)]:
        x, y = proj.px(lat, lon)
        assert inverse(x, y) == pytest.approx((lat, lon), abs=1e-12)


def test_px_moves_east_and_south_the_right_way(proj):
    x0, y0 = proj.px(36.2, 37.17)
    x1, y1 = proj.px(36.2 - 0.01, 37.17 + 0.01)
    assert x1 > x0 and y1 > y0
    # One degree of latitude is S units; one of longitude cos(φ0)·S.
    assert (y1 - y0) == pytest.approx(0.01 * proj.s)
    assert (x1 - x0) == pytest.approx(0.01 * proj.s * math.cos(math.radians(36.2)))


def test_plane_round_trip_and_scale():
    plane = Plane(36.2, 37.17, 36.2)
    assert plane.to_xy(36.2, 37.17) == (0.0, 0.0)
    assert plane.to_xy(37.2, 37.17) == pytest.approx((0.0, 111.32))
    assert plane.to_xy(36.2, 38.17) == pytest.approx((111.32 * math.cos(math.radians(36.2)), 0.0))
    for lat, lon in [(36.2768, 37.1829), (36.15, 37.09), (36.0, 37.5)]:
        assert plane.to_latlon(*plane.to_xy(lat, lon)) == pytest.approx((lat, lon), abs=1e-12)
