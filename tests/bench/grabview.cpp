// atlas-grab-view: pictures of the map view for a visual check of rendering changes.
//
//   atlas-grab-view OUTPUT_FOLDER [DATE]
//
// Writes OUTPUT_FOLDER/fit.png and zoom8.png: MapView at 1200x800 showing the
// embedded campaign at DATE (default 2016-11-27), at the fitting zoom and at
// 8x that, grabbed with QWidget::grab on the offscreen platform (set
// QT_SCALE_FACTOR=2 for a high-DPI grab).
#include "campaignloader.h"
#include "controltimeline.h"
#include "mapview.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: atlas-grab-view OUTPUT_FOLDER [DATE]\n";
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QDate date = argc > 2 ? QDate::fromString(QString::fromLocal8Bit(argv[2]), Qt::ISODate) : QDate(2016, 11, 27);
    const CampaignLoadResult loaded = CampaignLoader::load(CampaignLoader::embeddedPath());
    if (!loaded.ok()) {
        err << loaded.errorString() << '\n';
        return 1;
    }
    MapView view;
    view.resize(1200, 800);
    QString error;
    if (!view.setCampaign(loaded.campaign, std::make_shared<const ControlTimeline>(loaded.campaign), &error)) {
        err << error << '\n';
        return 1;
    }
    view.setDate(date);
    view.show();
    QCoreApplication::processEvents();
    view.fitToWindow();
    const double fit = view.zoomFactor();
    if (!view.grab().save(out.filePath(QStringLiteral("fit.png"))))
        return 1;
    view.setZoomFactor(fit * 8);
    if (!view.grab().save(out.filePath(QStringLiteral("zoom8.png"))))
        return 1;
    return 0;
}
