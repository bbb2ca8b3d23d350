"""Projections: the local metric plane (km) and the map's equirectangular SVG projection."""

import math

# Kilometres per degree of latitude (and of longitude at the equator). The app's
# MapProjection::unitsPerKm() (kKmPerDegree in app/core/mapprojection.cpp) uses the same
# constant, so the scale bar agrees; maps/tests/test_projection.py holds them equal.
KM_PER_DEG = 111.32


class Plane:
    """Local equirectangular plane in kilometres around (lat0, lon0)."""

    def __init__(self, lat0, lon0, standard_parallel):
        self.lat0 = lat0
        self.lon0 = lon0
        self.kx = math.cos(math.radians(standard_parallel)) * KM_PER_DEG
        self.ky = KM_PER_DEG

    def to_xy(self, lat, lon):
        return ((lon - self.lon0) * self.kx, (lat - self.lat0) * self.ky)

    def to_latlon(self, x, y):
        return (self.lat0 + y / self.ky, self.lon0 + x / self.kx)


class MapProjection:
    """The SVG's georeference: x = (lon - west)·cos(φ0)·S, y = (north - lat)·S."""

    def __init__(self, proj_cfg):
        b = proj_cfg["bounds"]
        self.west, self.east = b["west"], b["east"]
        self.south, self.north = b["south"], b["north"]
        self.sp = proj_cfg["standard_parallel"]
        self.s = proj_cfg["pixels_per_degree_latitude"]
        self.cos = math.cos(math.radians(self.sp))
        self.width = (self.east - self.west) * self.cos * self.s
        self.height = (self.north - self.south) * self.s

    def px(self, lat, lon):
        return ((lon - self.west) * self.cos * self.s, (self.north - lat) * self.s)

    def px_points(self, latlons):
        """A list of (lat, lon) pairs (such as the river's course) in user units."""
        return [self.px(lat, lon) for lat, lon in latlons]

    def px_per_km(self):
        return self.s / KM_PER_DEG
