#!/usr/bin/env python3
"""Load an exported GeoJSON of control periods into QGIS and check it day by day.

Usage: qgis-check.py PERIODS.geojson ALEPPO_ATLAS [--render DATE OUT.png]

The layer is set up as a user would in QGIS's layer properties (Temporal: "Separate fields for
start and end date/time", start = `start`, end = `end`, end excluded), and for every day of the
campaign QGIS's own temporal filter picks the features in force at noon. They must give every
district the control and leading side `ALEPPO_ATLAS --state-at DAY` gives. With --render, QGIS
also draws the layer for DATE (coloured by `control`) into OUT.png. Needs python3-qgis (Debian).
Exit status: 0 when every day matches, 1 otherwise.
"""
import json
import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsCoordinateTransform, QgsDateTimeRange, QgsProject,
                       QgsExpression, QgsFeatureRequest, QgsFillSymbol, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsRendererCategory, QgsVectorLayer, QgsVectorLayerTemporalContext,
                       QgsVectorLayerTemporalProperties)
from qgis.PyQt.QtCore import QDate, QDateTime, QSize, QTime  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

COLOURS = {"government": "#d55e00", "opposition": "#009e73", "kurdish": "#f0e442", "contested": "#9a9a9a"}


def noon(day):
    t = QDateTime(day, QTime(12, 0))
    return QgsDateTimeRange(t, t)


def main(argv):
    if len(argv) not in (3, 6) or (len(argv) == 6 and argv[3] != "--render"):
        print(__doc__, file=sys.stderr)
        return 2
    path, exe = argv[1], argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(path, "control periods", "ogr")
    if not layer.isValid():
        print("%s: QGIS cannot open it as a vector layer" % path, file=sys.stderr)
        return 1
    temporal = layer.temporalProperties()
    temporal.setIsActive(True)
    temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    temporal.setStartField("start")
    temporal.setEndField("end")
    temporal.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd)
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)

    manifest = json.loads(subprocess.run([exe, "--stats"], capture_output=True, text=True, check=True).stdout)
    first = QDate.fromString(manifest["days"][0]["date"], "yyyy-MM-dd")
    last = QDate.fromString(manifest["days"][-1]["date"], "yyyy-MM-dd")
    days = bad = 0
    day = first
    while day <= last:
        shown = {}
        request = QgsFeatureRequest(QgsExpression(temporal.createFilterString(context, noon(day))))
        for feature in layer.getFeatures(request):
            district = feature["district"]
            if district in shown:
                print("%s: two periods of %s" % (day.toString("yyyy-MM-dd"), district))
                bad += 1
            shown[district] = (feature["control"], feature["leading"] or None)
        out = json.loads(subprocess.run([exe, "--state-at", day.toString("yyyy-MM-dd")], capture_output=True,
                                        text=True, check=True).stdout)
        want = {d["id"]: (d["control"], d.get("leading")) for d in out["districts"] if d["control"]}
        if shown != want:
            bad += 1
            for k in sorted(set(shown) | set(want)):
                if shown.get(k) != want.get(k):
                    print("%s: %s is %s in QGIS, %s in --state-at" % (day.toString("yyyy-MM-dd"), k, shown.get(k),
                                                                      want.get(k)))
        days += 1
        day = day.addDays(1)
    print("QGIS %s: %d days, %d feature(s), %d day(s) differ from --state-at" % (Qgis.version(), days,
                                                                                 layer.featureCount(), bad))

    if len(argv) == 6:
        categories = []
        for control, colour in COLOURS.items():
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#333333",
                                                 "outline_width": "0.2"})
            if control == "contested":
                symbol = QgsFillSymbol.createSimple({"color": colour, "style": "b_diagonal",
                                                     "outline_color": "#333333", "outline_width": "0.2"})
            categories.append(QgsRendererCategory(control, symbol, control))
        layer.setRenderer(QgsCategorizedSymbolRenderer("control", categories))
        settings = QgsMapSettings()
        settings.setLayers([layer])
        # UTM zone 37N: metres, so the city keeps its shape (plain degrees stretch it east-west).
        utm = QgsCoordinateReferenceSystem("EPSG:32637")
        settings.setDestinationCrs(utm)
        settings.setTransformContext(QgsProject.instance().transformContext())
        settings.setExtent(QgsCoordinateTransform(layer.crs(), utm, QgsProject.instance()).transformBoundingBox(
            layer.extent()))
        settings.setOutputSize(QSize(900, 900))
        settings.setBackgroundColor(QColor("white"))
        settings.setIsTemporal(True)
        settings.setTemporalRange(noon(QDate.fromString(argv[4], "yyyy-MM-dd")))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        job.renderedImage().save(argv[5])
        print("rendered %s for %s" % (argv[5], argv[4]))
    return 1 if bad else 0


if __name__ == "__main__":
    status = main(sys.argv)
    # Debian's QGIS 3.22 can abort while tearing down (json-c's json_object_put assertion, from
    # GDAL's GeoJSON driver, after the check has finished): leave without the teardown.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
