"""atlasgen: the Aleppo Atlas map generator (maps/generate_map.py runs it).

Modules, each depending only on those above it:
  errors, numfmt      CheckError/fail; explicit number formatting
  projection          KM_PER_DEG, the local km plane, the SVG's equirectangular projection
  geometry            rings: area, centroid, point in polygon, clipping, simplicity,
                      polylabel; Catmull-Rom curves
  textmetrics         DejaVu Sans advance widths, CJK em box, script runs
  cells               sites, city outline, power-diagram cells, merged districts,
                      interior points
  scene               what a label must not touch (district spans, river band, boxes)
  labelspecs          every label's candidates (sizes, text variants, sides)
  labels              placement and the label report
  checks              checks on the written geometry, labels, river and GeoJSON
  svgwriter           map.svg
  geojsonwriter       districts.geojson, districts.json
  generate            one whole generation (build) and the command line (main)
"""
