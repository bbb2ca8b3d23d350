"""Power cells and districts: on crafted squares, and on the real sources."""

import pytest

from atlasgen.cells import VertexPool, canonical_ring, merge_cells, rings_to_polygons
from atlasgen.geometry import signed_dist

import oracle


def unit_square(x, y):
    return [(x, y), (x + 1.0, y), (x + 1.0, y + 1.0), (x, y + 1.0)]


def merged(squares):
    pool = VertexPool()
    rings = merge_cells([canonical_ring(s, pool) for s in squares], pool)
    return rings_to_polygons(rings, pool)


def test_merging_two_adjacent_squares_cancels_the_shared_edge():
    polys = merged([unit_square(0, 0), unit_square(1, 0)])
    assert len(polys) == 1 and len(polys[0]) == 1
    ring = polys[0][0]
    assert oracle.shoelace(ring) == pytest.approx(2.0)
    # The shared edge's ends remain as straight-angle vertices; its midpoint is inside.
    assert sorted(ring) == sorted([(0, 0), (1, 0), (2, 0), (2, 1), (1, 1), (0, 1)])
    assert oracle.inside_polygon((1.0, 0.5), polys[0])


def test_merging_squares_around_a_hole_gives_an_exterior_and_a_hole():
    ring_of_eight = [unit_square(x, y) for x in range(3) for y in range(3) if (x, y) != (1, 1)]
    polys = merged(ring_of_eight)
    assert len(polys) == 1 and len(polys[0]) == 2
    exterior, hole = polys[0]
    assert oracle.shoelace(exterior) == pytest.approx(9.0)
    assert oracle.shoelace(hole) == pytest.approx(-1.0)
    assert not oracle.inside_polygon((1.5, 1.5), polys[0])
    assert oracle.inside_polygon((0.5, 1.5), polys[0])


def test_squares_touching_at_a_corner_stay_two_parts():
    polys = merged([unit_square(0, 0), unit_square(1, 1)])
    assert len(polys) == 2
    assert [oracle.shoelace(p[0]) for p in polys] == [pytest.approx(1.0), pytest.approx(1.0)]


def test_a_cell_sharing_part_of_an_edge_merges_without_a_spike():
    # The rectangle's left edge is the lower half of the square's right edge (a T-junction
    # at (1, 0.5)); the merge must give the L-shape, simple, not a ring doubling back.
    polys = merged([unit_square(0, 0), [(1.0, 0.0), (2.0, 0.0), (2.0, 0.5), (1.0, 0.5)]])
    assert len(polys) == 1 and len(polys[0]) == 1
    ring = polys[0][0]
    assert oracle.shoelace(ring) == pytest.approx(1.5)
    assert sorted(ring) == sorted([(0, 0), (1, 0), (2, 0), (2, 0.5), (1, 0.5), (1, 1), (0, 1)])


def test_vertices_closer_than_the_snap_distance_become_one():
    pool = VertexPool()
    a = pool.get((1.0, 2.0))
    assert pool.get((1.0 + 5e-7, 2.0 - 5e-7)) == a
    assert pool.get((1.0 + 5e-6, 2.0)) != a


def test_power_weights_keep_every_site_in_its_own_cell(real):
    cfg = real.feats["power_diagram"]
    sites, w = real.sites, real.weights
    for i, si in enumerate(sites):
        for j, sj in enumerate(sites):
            d2 = (si["x"] - sj["x"]) ** 2 + (si["y"] - sj["y"]) ** 2
            if i != j:
                assert w[j] - w[i] <= cfg["max_weight_gap_of_d2"] * d2 + 1e-9


def test_every_site_lies_inside_its_own_cell(real):
    for site, cell in zip(real.sites, real.cells):
        assert any(oracle.winding_number((site["x"], site["y"]), r) == 1 for r in cell), site["name"]


def test_power_cells_tile_the_outline(real):
    outline_area = oracle.shoelace(real.outline)
    cells_area = sum(oracle.shoelace(r) for cell in real.cells for r in cell)
    assert cells_area == pytest.approx(outline_area, rel=1e-9)
    # No overlap and no gap: every sample point inside the outline is in exactly one cell,
    # and that cell is its site's by the power distance |p - s|² - w (the diagram's
    # definition); no point outside the outline is in any cell.
    rings = [(k, r, oracle.bbox([r])) for k, cell in enumerate(real.cells) for r in cell]
    sites, w = real.sites, real.weights
    inside_count = 0
    for pt in oracle.grid(oracle.bbox([real.outline]), 90):
        owners = [k for k, r, b in rings
                  if b[0] <= pt[0] <= b[2] and b[1] <= pt[1] <= b[3] and oracle.winding_number(pt, r)]
        if oracle.winding_number(pt, real.outline):
            inside_count += 1
            assert len(owners) == 1, pt
            power = [(pt[0] - s["x"]) ** 2 + (pt[1] - s["y"]) ** 2 - w[k] for k, s in enumerate(sites)]
            assert power[owners[0]] == pytest.approx(min(power), abs=1e-9)
        else:
            assert owners == [], pt
    assert inside_count > 3000


def test_outline_is_a_simple_ccw_ring_with_every_site_well_inside(real):
    assert oracle.shoelace(real.outline) > 0
    margin = real.feats["outline"]["margin_km_min_check"]
    for s in real.sites:
        assert oracle.winding_number((s["x"], s["y"]), real.outline) == 1
        assert signed_dist((s["x"], s["y"]), [real.outline]) >= margin


def test_districts_are_their_capped_cells_merged(real):
    assert len(real.districts) == len(real.source["districts"])
    for di, polys in enumerate(real.districts):
        member_area = sum(oracle.shoelace(r) for s, cell in zip(real.sites, real.capped_cells)
                          if s["district"] == di for r in cell)
        assert sum(oracle.shoelace(r) for p in polys for r in p) == pytest.approx(member_area, rel=1e-9)
        for p in polys:
            assert oracle.shoelace(p[0]) > 0
            assert all(oracle.shoelace(h) < 0 for h in p[1:])


def test_centroids_lie_in_their_own_district_only(real):
    for i, (lat, lon) in enumerate(real.centroids):
        pt = real.plane.to_xy(lat, lon)
        owners = [k for k, polys in enumerate(real.geo_polys) if any(oracle.inside_polygon(pt, p) for p in polys)]
        assert owners == [i], real.source["districts"][i]["id"]
        assert (round(lat, 4), round(lon, 4)) == (lat, lon)
