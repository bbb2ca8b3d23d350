#pragma once

#include "campaign.h"
#include "controltimeline.h"
#include "mapscene.h"
#include "syntheticcampaign.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QRegion>
#include <QString>

#include <gtest/gtest.h>

#include <memory>

/// Shared helpers of the map tests.
namespace MapTest {

/// The embedded Aleppo campaign (loaded once; the test fails if it does not load).
std::shared_ptr<const Campaign> aleppo();
std::shared_ptr<const ControlTimeline> aleppoTimeline();
/// A fresh scene of the Aleppo campaign.
std::unique_ptr<MapScene> aleppoScene();
/// A path inside the source tree.
QString sourcePath(const QString &relative);
/// The CSR neighbourhoods file in ../shared, or empty when it is absent.
QString csrNeighbourhoodsPath();
/// A temporary directory that lives as long as the test program.
QString tempDir();
/// A synthetic campaign written into tempDir()/@p name and loaded; null (the test failed) when either fails.
std::shared_ptr<const Campaign> syntheticCampaign(const QString &name, const SyntheticCampaign::Options &options);
/// Copies the embedded Aleppo package's files into @p dir, writable, all but one named @p leaveOut.
::testing::AssertionResult copyAleppoPackage(const QString &dir, const QString &leaveOut = QString());
/// Replaces @p from with @p to in the file at @p path; fails unless @p from occurs exactly @p times times.
::testing::AssertionResult replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to, int times);

/// Pixels of @p b outside the range of @p a's 3x3 neighbourhood (per channel, plus
/// @p slack levels): content moved by less than a pixel passes, anything
/// missing, added, recoloured or moved further does not.
int pixelsBeyondOnePixel(const QImage &a, const QImage &b, int slack = 8);
/// Pixels that differ at all.
int differentPixels(const QImage &a, const QImage &b);

/// Installed as a widget's event filter: the union of the regions its paint events repainted.
class PaintRegions : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace MapTest
