#include "commandlineoptions.h"
#include "settingsstore.h"
#include "startupstate.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <limits>

namespace {

std::unique_ptr<QSettings> iniSettings(const QTemporaryDir &dir)
{
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("viewer.ini")), QSettings::IniFormat);
}

} // namespace

TEST(SettingsStore, ValidStateRoundTrips)
{
    const auto campaign = TestSupport::embeddedCampaign();
    ASSERT_TRUE(campaign);
    QTemporaryDir dir;
    SettingsStore::State state;
    state.date = QDate(2016, 11, 27);
    state.district = QStringLiteral("hanano");
    state.zoom = 2.5;
    state.language = QStringLiteral("zh_TW");
    state.speed = 5;
    state.articleOnly = true;
    state.legendCorner = Qt::TopRightCorner;
    state.geometry = QByteArray("geometry");
    state.windowState = QByteArray("state");
    {
        SettingsStore store(iniSettings(dir));
        store.save(state);
    }
    SettingsStore store(iniSettings(dir));
    const SettingsStore::State loaded = store.load(campaign.get());
    EXPECT_EQ(loaded.date, state.date);
    EXPECT_EQ(loaded.district, state.district);
    EXPECT_DOUBLE_EQ(loaded.zoom, 2.5);
    EXPECT_EQ(loaded.language, state.language);
    EXPECT_EQ(loaded.speed, 5);
    EXPECT_TRUE(loaded.articleOnly);
    EXPECT_EQ(loaded.legendCorner, Qt::TopRightCorner);
    EXPECT_EQ(iniSettings(dir)->value(QStringLiteral("viewer/legendCorner")).toString(), QStringLiteral("top-right"))
        << "a word a reader of the file understands";
    EXPECT_EQ(loaded.geometry, state.geometry);
    EXPECT_EQ(loaded.windowState, state.windowState);
}

TEST(SettingsStore, OutOfRangeAndWrongTypedValuesFallBackToDefaults)
{
    const auto campaign = TestSupport::embeddedCampaign();
    QTemporaryDir dir;
    {
        auto settings = iniSettings(dir);
        settings->setValue(QStringLiteral("viewer/date"), QStringLiteral("2015-01-01"));
        settings->setValue(QStringLiteral("viewer/district"), QStringLiteral("atlantis"));
        settings->setValue(QStringLiteral("viewer/zoom"), std::numeric_limits<double>::quiet_NaN());
        settings->setValue(QStringLiteral("viewer/language"), QStringLiteral("tlh"));
        settings->setValue(QStringLiteral("viewer/speed"), 3);
        settings->setValue(QStringLiteral("viewer/articleOnly"), QStringLiteral("maybe"));
        settings->setValue(QStringLiteral("viewer/legendCorner"), QStringLiteral("middle"));
        settings->setValue(QStringLiteral("window/geometry"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
        settings->setValue(QStringLiteral("window/state"), 42);
    }
    SettingsStore store(iniSettings(dir));
    const SettingsStore::State loaded = store.load(campaign.get());
    const SettingsStore::State defaults;
    EXPECT_FALSE(loaded.date.isValid());
    EXPECT_TRUE(loaded.district.isEmpty());
    EXPECT_EQ(loaded.zoom, 0.0);
    EXPECT_EQ(loaded.language, defaults.language);
    EXPECT_EQ(loaded.speed, defaults.speed);
    EXPECT_FALSE(loaded.articleOnly);
    EXPECT_EQ(loaded.legendCorner, Qt::BottomLeftCorner);
    EXPECT_TRUE(loaded.geometry.isEmpty());
    EXPECT_TRUE(loaded.windowState.isEmpty());

    for (const char *zoom : {"1e9", "-2", "inf", "abc", "0"}) {
        auto settings = iniSettings(dir);
        settings->setValue(QStringLiteral("viewer/zoom"), QString::fromLatin1(zoom));
        settings->sync();
        EXPECT_EQ(SettingsStore(iniSettings(dir)).load(campaign.get()).zoom, 0.0) << zoom;
    }
}

TEST(SettingsStore, CorruptFileFallsBackToDefaults)
{
    const auto campaign = TestSupport::embeddedCampaign();
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("viewer.ini")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray garbage(
        "[viewer\ndate=\xff\xfe\x00\x01 2016-99-99\nzoom=\"\n[[[\x80\x81\nspeed=@Variant(\x00\x00\x00\x7f)\n");
    garbage.append(QByteArray(4096, '\xa5'));
    file.write(garbage);
    file.close();

    SettingsStore store(iniSettings(dir));
    const SettingsStore::State loaded = store.load(campaign.get());
    EXPECT_FALSE(loaded.date.isValid());
    EXPECT_TRUE(loaded.district.isEmpty());
    EXPECT_EQ(loaded.zoom, 0.0);
    EXPECT_EQ(loaded.language, QStringLiteral("en"));
    EXPECT_EQ(loaded.speed, 1);
}

TEST(StartupState, CommandLineWinsOverSavedState)
{
    const auto campaign = TestSupport::embeddedCampaign();
    SettingsStore::State saved;
    saved.date = QDate(2016, 10, 6);
    saved.district = QStringLiteral("bustan-al-basha");
    saved.language = QStringLiteral("zh_TW");

    StartupState state;
    QString error;
    CommandLineOptions none;
    ASSERT_TRUE(StartupState::resolve(*campaign, saved, none, &state, &error)) << error.toStdString();
    EXPECT_EQ(state.date, QDate(2016, 10, 6));
    EXPECT_EQ(state.district, QStringLiteral("bustan-al-basha"));
    EXPECT_EQ(state.language, QStringLiteral("zh_TW"));

    const CommandLineOptions options = CommandLineOptions::parse(
        {QStringLiteral("aleppo-atlas"), QStringLiteral("--date"), QStringLiteral("2016-12-13"),
         QStringLiteral("--district"), QStringLiteral("old-city"), QStringLiteral("--language"), QStringLiteral("en")});
    ASSERT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    ASSERT_TRUE(StartupState::resolve(*campaign, saved, options, &state, &error)) << error.toStdString();
    EXPECT_EQ(state.date, QDate(2016, 12, 13));
    EXPECT_EQ(state.district, QStringLiteral("old-city"));
    EXPECT_EQ(state.language, QStringLiteral("en"));
}

TEST(StartupState, DefaultsToTheCampaignStart)
{
    const auto campaign = TestSupport::embeddedCampaign();
    StartupState state;
    QString error;
    ASSERT_TRUE(StartupState::resolve(*campaign, SettingsStore::State(), CommandLineOptions(), &state, &error));
    EXPECT_EQ(state.date, campaign->start);
    EXPECT_TRUE(state.district.isEmpty());
    EXPECT_EQ(state.language, QStringLiteral("en"));
}

TEST(StartupState, RejectsDateOutsideTheCampaignAndUnknownDistrict)
{
    const auto campaign = TestSupport::embeddedCampaign();
    StartupState state;
    QString error;
    CommandLineOptions options;
    options.dateText = QStringLiteral("2017-01-05");
    EXPECT_FALSE(StartupState::resolve(*campaign, SettingsStore::State(), options, &state, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--date"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("2016-09-19"))) << error.toStdString();

    options = CommandLineOptions();
    options.districtId = QStringLiteral("atlantis");
    error.clear();
    EXPECT_FALSE(StartupState::resolve(*campaign, SettingsStore::State(), options, &state, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("atlantis")));
    EXPECT_TRUE(error.contains(QStringLiteral("hanano"))) << "the error lists the known ids";
    EXPECT_TRUE(error.contains(QStringLiteral("old-city")));

    options = CommandLineOptions();
    options.language = QStringLiteral("fr");
    EXPECT_FALSE(StartupState::resolve(*campaign, SettingsStore::State(), options, &state, &error));
}
