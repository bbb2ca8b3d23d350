#!/usr/bin/env python3
"""Generate the Aleppo Atlas base map from neighbourhood centroids.

Inputs (both in this directory):
  districts-source.json  49 districts, each with its member neighbourhoods
                         (lat/lon/area_km2 facts).
  features.json          outline, power-diagram, river, landmark and styling
                         parameters, and the fixed map bounds.

Outputs (in resources/campaigns/aleppo-2016/):
  map.svg                base map, georeferenced in the urn:aleppo-atlas:map:1
                         namespace (equirectangular, standard parallel 36.2).
  districts.geojson      RFC 7946 FeatureCollection, one feature per district.
  districts.json         district ids, names, interior centroids and member
                         neighbourhoods.

District boundaries are approximate: each neighbourhood point gets a cell of a
power diagram (weighted Voronoi diagram, weights fitted to the neighbourhoods'
areas) clipped to a generated city outline and capped to a disc with the
neighbourhood's area, and the cells of a district are merged.
They are NOT real administrative boundaries.

Usage:
  python3 maps/generate_map.py           regenerate the outputs
  python3 maps/generate_map.py --check   regenerate into a temporary directory,
                                         run the geometry checks, and exit 1 if
                                         the committed outputs differ

The generator itself is the package maps/atlasgen (see maps/README.md); its
tests are in maps/tests (python3 -m pytest maps/tests). Pure Python 3 standard
library; the output is deterministic (no timestamps, explicit float
formatting, fixed iteration order).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atlasgen.generate import main  # noqa: E402 (needs the path above)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
