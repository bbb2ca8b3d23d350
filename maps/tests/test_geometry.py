"""Ring geometry on shapes whose answers are known by hand."""

import math

import pytest

from atlasgen.errors import CheckError
from atlasgen.geometry import (area_centroid, catmull_rom_beziers, circle_ring_area, clip_convex, clip_halfplane,
                               open_ring, point_in_rings, point_on_segment, polylabel, regular_polygon, ring_area,
                               ring_is_simple, sample_beziers, segments_cross, signed_dist)

SQUARE = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
# 2 × 2 square without its top-right unit square.
L_SHAPE = [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 2.0), (0.0, 2.0)]
# 3 × 3 square with a 1 × 2 notch from the top: two legs joined by a base, every part 1 wide.
U_SHAPE = [(0.0, 0.0), (3.0, 0.0), (3.0, 3.0), (2.0, 3.0), (2.0, 1.0), (1.0, 1.0), (1.0, 3.0), (0.0, 3.0)]
OUTER_4 = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0)]
HOLE_OFF_CENTRE = [(0.5, 0.5), (0.5, 1.5), (1.5, 1.5), (1.5, 0.5)]  # clockwise


def centroid(rings):
    a, (cx, cy) = area_centroid(rings)
    return a, cx, cy


def shifted(ring, dx, dy):
    return [(x + dx, y + dy) for x, y in ring]


def test_ring_area_is_signed_by_orientation():
    assert ring_area(SQUARE) == pytest.approx(4.0)
    assert ring_area(SQUARE[::-1]) == pytest.approx(-4.0)
    assert ring_area(L_SHAPE) == pytest.approx(3.0)
    assert ring_area(U_SHAPE) == pytest.approx(7.0)


def test_centroid_of_square_and_l_shape():
    assert centroid([SQUARE]) == pytest.approx((4.0, 1.0, 1.0))
    # L = 2 × 1 rectangle (centroid (1, 0.5)) + unit square (centroid (0.5, 1.5)).
    assert centroid([L_SHAPE]) == pytest.approx((3.0, 5.0 / 6.0, 5.0 / 6.0))


def test_centroid_with_a_hole():
    # 16 at (2, 2) minus 1 at (1, 1): area 15, centroid 31/15 on both axes.
    assert centroid([OUTER_4, HOLE_OFF_CENTRE]) == pytest.approx((15.0, 31.0 / 15.0, 31.0 / 15.0))


def test_centroid_far_from_the_origin_keeps_its_precision():
    far = shifted(L_SHAPE, 1e6, -2e6)
    a, cx, cy = centroid([far])
    assert a == pytest.approx(3.0, rel=1e-9)
    assert cx - 1e6 == pytest.approx(5.0 / 6.0, abs=1e-6)
    assert cy + 2e6 == pytest.approx(5.0 / 6.0, abs=1e-6)


def test_a_degenerate_ring_has_no_centroid():
    assert area_centroid([[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)]]) == (0.0, None)


def test_open_ring_drops_repeats_and_the_closing_point():
    assert open_ring([(0, 0), (1, 0), (1, 0), (1, 1), (0, 0), (0, 0)]) == [(0, 0), (1, 0), (1, 1)]
    assert open_ring(iter([3, 3, 4, 5, 3])) == [3, 4, 5]
    assert open_ring([]) == []


def test_point_in_rings_even_odd_with_a_hole():
    rings = [OUTER_4, HOLE_OFF_CENTRE]
    assert point_in_rings((3.0, 3.0), rings)
    assert not point_in_rings((1.0, 1.0), rings)      # in the hole
    assert not point_in_rings((5.0, 1.0), rings)      # outside
    assert not point_in_rings((1.5, 2.0), [U_SHAPE])  # in the notch
    assert point_in_rings((0.5, 2.5), [U_SHAPE])


def test_signed_dist_is_positive_inside_and_negative_outside():
    assert signed_dist((1.0, 1.0), [SQUARE]) == pytest.approx(1.0)
    assert signed_dist((3.0, 1.0), [SQUARE]) == pytest.approx(-1.0)
    assert signed_dist((5.0, 6.0), [SQUARE]) == pytest.approx(-5.0)  # to the corner (2, 2)
    assert signed_dist((1.0, 1.0), [OUTER_4, HOLE_OFF_CENTRE]) == pytest.approx(-0.5)


def test_clip_square_by_a_half_plane():
    rings = clip_halfplane(SQUARE, 1.0, 0.0, 1.0)  # keep x <= 1
    assert len(rings) == 1
    assert ring_area(rings[0]) == pytest.approx(2.0)
    assert all(x <= 1.0 + 1e-12 for x, _ in rings[0])
    # A diagonal cut: x + y <= 1 leaves the triangle (0,0) (1,0) (0,1).
    tri = clip_halfplane(SQUARE, 1.0, 1.0, 1.0)
    assert len(tri) == 1 and ring_area(tri[0]) == pytest.approx(0.5)


def test_clip_keeps_or_drops_a_ring_wholly_on_one_side():
    assert clip_halfplane(SQUARE, 1.0, 0.0, 5.0) == [SQUARE]
    assert clip_halfplane(SQUARE, 1.0, 0.0, -1.0) == []


def test_clip_halfplane_and_its_complement_share_the_area():
    poly = [(0.0, 0.0), (5.0, 1.0), (6.0, 4.0), (2.0, 6.0), (-1.0, 3.0)]
    nx, ny, c = 0.6, -0.8, 0.3
    keep = clip_halfplane(poly, nx, ny, c)
    other = clip_halfplane(poly, -nx, -ny, -c)
    assert sum(ring_area(r) for r in keep) + sum(ring_area(r) for r in other) == pytest.approx(ring_area(poly))
    for r in keep:
        assert all(nx * x + ny * y <= c + 1e-12 for x, y in r)


def test_clip_cutting_a_concave_ring_twice_gives_two_rings_without_a_bridge():
    rings = clip_halfplane(U_SHAPE, 0.0, -1.0, -2.0)  # keep y >= 2: the tops of both legs
    assert len(rings) == 2
    boxes = sorted((min(x for x, _ in r), min(y for _, y in r), max(x for x, _ in r), max(y for _, y in r))
                   for r in rings)
    assert boxes == [pytest.approx((0.0, 2.0, 1.0, 3.0)), pytest.approx((2.0, 2.0, 3.0, 3.0))]
    for r in rings:
        assert ring_area(r) == pytest.approx(1.0)
        assert ring_is_simple(r)


def test_clip_refuses_a_vertex_touching_the_line_from_outside():
    # The bottom edge's apex (2, 1) touches y = 1 while the rest of the bottom is cut away:
    # a degenerate case the clipper reports instead of guessing.
    ring = [(0.0, 0.0), (2.0, 1.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)]
    with pytest.raises(CheckError, match="degenerate"):
        clip_halfplane(ring, 0.0, -1.0, -1.0)  # keep y >= 1


def test_circle_ring_area_of_a_square_and_a_circle_inside_each_other():
    # The circle holds the whole square; the square holds the whole circle.
    assert circle_ring_area(SQUARE, 1.0, 1.0, 1.5) == pytest.approx(4.0)
    assert circle_ring_area(OUTER_4, 2.0, 2.0, 1.0) == pytest.approx(math.pi)
    # Centred on a corner of the square: a quarter of the disc.
    assert circle_ring_area(OUTER_4, 0.0, 0.0, 2.0) == pytest.approx(math.pi)
    # Centred on the middle of an edge: half of it; clockwise rings count negative.
    assert circle_ring_area(OUTER_4, 2.0, 0.0, 1.0) == pytest.approx(math.pi / 2.0)
    assert circle_ring_area(OUTER_4[::-1], 2.0, 0.0, 1.0) == pytest.approx(-math.pi / 2.0)


def test_circle_ring_area_of_a_half_covered_square():
    # A circle of radius 1 around (0, 0) and the square [0, 1] x [0, 1]: the quarter disc
    # (π/4) lies inside the square.
    assert circle_ring_area([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)], 0.0, 0.0, 1.0) == pytest.approx(
        math.pi / 4.0)
    # Radius √2 holds the square; radius 0 nothing.
    assert circle_ring_area([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)], 0.0, 0.0, 1.5) == pytest.approx(1.0)
    assert circle_ring_area(SQUARE, 1.0, 1.0, 0.0) == 0.0


def test_regular_polygon_area_and_orientation():
    hexagon = regular_polygon(1.0, 2.0, 1.0, 6)
    assert hexagon[0] == pytest.approx((2.0, 2.0))
    assert ring_area(hexagon) == pytest.approx(3.0 * math.sqrt(3.0) / 2.0)


def test_clip_convex_of_a_concave_ring_by_a_square():
    # The U's two legs rise above y = 1; a square window over the top keeps two pieces.
    window = [(-1.0, 2.0), (4.0, 2.0), (4.0, 4.0), (-1.0, 4.0)]
    rings = clip_convex(U_SHAPE, window)
    assert sorted(ring_area(r) for r in rings) == [pytest.approx(1.0), pytest.approx(1.0)]
    assert clip_convex(SQUARE, shifted(SQUARE, 5.0, 0.0)) == []
    assert sum(ring_area(r) for r in clip_convex(OUTER_4, SQUARE)) == pytest.approx(4.0)


def test_point_on_segment():
    assert point_on_segment((1.0, 0.0), (0.0, 0.0), (4.0, 0.0), 1e-9) == pytest.approx(0.25)
    assert point_on_segment((1.0, 1e-6), (0.0, 0.0), (4.0, 0.0), 1e-9) is None
    assert point_on_segment((0.0, 0.0), (0.0, 0.0), (4.0, 0.0), 1e-9) is None  # an end is not inside
    assert point_on_segment((5.0, 0.0), (0.0, 0.0), (4.0, 0.0), 1e-9) is None


def test_segments_cross():
    assert segments_cross((0, 0), (2, 2), (0, 2), (2, 0))          # an X
    assert not segments_cross((0, 0), (1, 0), (0, 1), (1, 1))      # parallel, apart
    assert not segments_cross((0, 0), (1, 1), (1, 1), (2, 0))      # share an endpoint
    assert segments_cross((0, 0), (2, 0), (1, 0), (1, 1))          # T: endpoint on the other
    assert segments_cross((0, 0), (2, 0), (2, 0), (1, 0))          # fold back along itself
    assert not segments_cross((0, 0), (1, 0), (2, 0), (3, 0))      # collinear, apart


def test_ring_is_simple():
    assert ring_is_simple(SQUARE)
    assert ring_is_simple(U_SHAPE)
    assert not ring_is_simple([(0, 0), (2, 2), (2, 0), (0, 2)])                    # bow-tie
    assert not ring_is_simple([(0, 0), (2, 0), (2, 2), (2, 3), (2, 1), (0, 2)])    # spike
    assert not ring_is_simple([(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 1)])    # repeated vertex
    assert not ring_is_simple([(0, 0), (1, 0)])
    assert not ring_is_simple([(0, 0), (4, 0), (2, 0)])                        # doubles back


def test_polylabel_of_a_square_is_its_centre():
    x, y, d = polylabel([SQUARE], 1e-4)
    assert (x, y) == pytest.approx((1.0, 1.0), abs=1e-3)
    assert d == pytest.approx(1.0, abs=1e-4)


def test_polylabel_of_a_right_triangle_is_its_incentre():
    tri = [(0.0, 0.0), (4.0, 0.0), (0.0, 4.0)]
    r = 4.0 - 2.0 * math.sqrt(2.0)  # inradius (a + b - c) / 2
    x, y, d = polylabel([tri], 1e-5)
    assert d == pytest.approx(r, abs=1e-5)
    assert (x, y) == pytest.approx((r, r), abs=1e-3)


def test_polylabel_is_inside_where_the_centroid_is_not():
    _, cx, cy = centroid([U_SHAPE])
    assert not point_in_rings((cx, cy), [U_SHAPE])
    x, y, d = polylabel([U_SHAPE], 1e-4)
    assert point_in_rings((x, y), [U_SHAPE])
    # Every arm is 1 wide, but where the base meets a leg the circle touching both outer
    # walls and the inner corner (1, 1) has r = sqrt(2)·(1 - r), r = 2 - sqrt(2).
    assert d == pytest.approx(2.0 - math.sqrt(2.0), abs=1e-4)
    assert (min(x, 3.0 - x), y) == pytest.approx((d, d), abs=1e-2)
    assert signed_dist((x, y), [U_SHAPE]) == pytest.approx(d)


def test_polylabel_avoids_a_hole():
    square_hole = [(1.5, 1.5), (1.5, 2.5), (2.5, 2.5), (2.5, 1.5)]
    x, y, d = polylabel([OUTER_4, square_hole], 1e-4)
    assert point_in_rings((x, y), [OUTER_4, square_hole])
    assert d == pytest.approx(signed_dist((x, y), [OUTER_4, square_hole]))
    assert d > 0.7  # the corners' bands are 1.5 wide, more than the centre's 0.5


def test_catmull_rom_passes_through_its_points_and_sampling_keeps_them():
    pts = [(0.0, 0.0), (1.0, 2.0), (3.0, 3.0), (4.0, 7.0)]
    segs = catmull_rom_beziers(pts)
    assert len(segs) == 3
    assert [s[0] for s in segs] + [segs[-1][3]] == pts
    dense = sample_beziers(segs, 10)
    assert len(dense) == 31
    assert [dense[10 * k] for k in range(4)] == [pytest.approx(p) for p in pts]
