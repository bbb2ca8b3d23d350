// Loader errors: every problem names the file, line and column, all problems
// are reported together, and a package with any problem yields no campaign.
#include "campaignloader.h"

#include "testpackage.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const char *kManifest = R"({
  "format": "aleppo-atlas-campaign",
  "format_version": 1,
  "id": "test",
  "title": {"en": "Test"},
  "start": "2016-09-19",
  "end": "2016-09-30",
  "sides": [
    {"id": "government", "name": {"en": "Gov", "zh": "政府"}, "color": "#D55E00"},
    {"id": "opposition", "name": {"en": "Opp", "zh": "反對派"}, "color": "#009E73"}
  ],
  "files": {"article": "article.md", "districts": "districts.json", "events": "events.json", "control": "control.json"}
}
)";

const char *kDistricts = R"({"districts": [
  {"id": "alpha", "name": {"en": "Alpha", "zh": "甲區"}, "centroid": {"lat": 36.2, "lon": 37.1}},
  {"id": "beta", "name": {"en": "Beta", "zh": "乙區"}, "centroid": {"lat": 36.21, "lon": 37.12}}
]}
)";

const char *kEvents = R"({"events": [
  {"id": "alpha-taken", "date": "2016-09-20", "kind": "capture", "districts": ["alpha"], "paragraph": 1, "quote": "9月20日，甲區被攻佔。", "refs": [1], "summary": {"en": "Alpha taken."}}
]}
)";

const char *kControl = R"({"changes": [
  {"district": "alpha", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
  {"district": "beta", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
  {"district": "alpha", "date": "2016-09-20", "control": "government", "basis": "stated", "sources": [{"paragraph": 1, "quote": "9月20日，甲區被攻佔。", "refs": [1]}]},
  {"district": "beta", "date": "2016-09-21", "control": "contested", "leading": "opposition", "basis": "stated", "sources": [{"paragraph": 2, "quote": "9月21日，乙區部分被攻佔。", "refs": [2]}]}
]}
)";

const char *kArticle = "## 攻勢\n\n9月20日，甲區被攻佔。\\[1\\]\n\n9月21日，乙區部分被攻佔。\\[2\\]\n\n"
                       "## 參考文獻\n\n1.  [A](https://a.example/)\n2.\n";

class LoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.path();
        writeFile(file("campaign.json"), kManifest);
        writeFile(file("districts.json"), kDistricts);
        writeFile(file("events.json"), kEvents);
        writeFile(file("control.json"), kControl);
        writeFile(file("article.md"), kArticle);
    }
    QString file(const char *name) const { return m_path + QLatin1Char('/') + QLatin1String(name); }
    void replace(const char *name, const char *from, const char *to)
    {
        replaceInFile(file(name), QString::fromUtf8(from), QString::fromUtf8(to));
    }
    QStringList problems() const
    {
        const CampaignLoadResult r = CampaignLoader::load(m_path);
        EXPECT_EQ(r.campaign, nullptr) << "a package with problems must not load";
        QStringList out;
        for (const Diagnostic &d : r.problems)
            out.append(d.toString().mid(m_path.size() + 1)); // relative to the package
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(LoaderTest, ValidPackageLoads)
{
    const CampaignLoadResult r = CampaignLoader::load(m_path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(r.campaign->districts.size(), 2);
    EXPECT_EQ(r.campaign->events.size(), 1);
    EXPECT_EQ(r.campaign->changes.size(), 4);
    EXPECT_EQ(r.campaign->events.first().citation.offset, 0);
    EXPECT_EQ(r.campaign->side(QStringLiteral("government"))->color, QColor(QStringLiteral("#D55E00")));
    EXPECT_DOUBLE_EQ(r.campaign->district(QStringLiteral("beta"))->centroid.latitude(), 36.21);
}

TEST_F(LoaderTest, LoadsFromTheManifestPathToo)
{
    EXPECT_TRUE(CampaignLoader::load(file("campaign.json")).ok());
}

TEST_F(LoaderTest, MalformedJsonNamesLineAndColumn)
{
    replace("control.json", R"("control": "opposition", "basis": "approximate"},
  {"district": "beta")",
            R"("control": "opposition" "basis": "approximate"},
  {"district": "beta")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("control.json:2:72: JSON syntax error: unterminated object")});
}

TEST_F(LoaderTest, UnknownDistrictInAChange)
{
    replace("control.json", R"({"district": "alpha", "date": "2016-09-20")",
            R"({"district": "gamma", "date": "2016-09-20")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("control.json:4:16: unknown district \"gamma\"")});
}

TEST_F(LoaderTest, UnknownDistrictInAnEvent)
{
    replace("events.json", R"(["alpha"])", R"(["alpha", "nowhere"])");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("events.json:2:89: unknown district \"nowhere\"")});
}

TEST_F(LoaderTest, ImpossibleDateAndItsConsequenceAreBothReported)
{
    replace("control.json", R"({"district": "alpha", "date": "2016-09-19")",
            R"({"district": "alpha", "date": "2016-02-30")");
    EXPECT_EQ(problems(),
              (QStringList{QStringLiteral("control.json:2:33: impossible date \"2016-02-30\""),
                           QStringLiteral("control.json:4:33: district \"alpha\" has no state on the campaign's first "
                                          "day 2016-09-19 (its first change is 2016-09-20)")}));
}

TEST_F(LoaderTest, MalformedDateText)
{
    replace("events.json", R"("date": "2016-09-20")", R"("date": "20/09/2016")");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("events.json:2:33: \"date\" must be a date YYYY-MM-DD, not \"20/09/2016\"")});
}

TEST_F(LoaderTest, DateOutsideTheCampaign)
{
    replace("events.json", R"("date": "2016-09-20")", R"("date": "2016-10-20")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("events.json:2:33: date 2016-10-20 is outside the campaign "
                                                     "(2016-09-19 to 2016-09-30)")});
}

TEST_F(LoaderTest, ReversedEventRange)
{
    replace("events.json", R"("date": "2016-09-20",)", R"("date": "2016-09-20", "end_date": "2016-09-19",)");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("events.json:2:59: end_date 2016-09-19 is before date 2016-09-20")});
}

TEST_F(LoaderTest, ReversedCampaignRange)
{
    replace("campaign.json", R"("end": "2016-09-30")", R"("end": "2016-09-01")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json:7:10: the campaign ends (2016-09-01) before it "
                                                     "starts (2016-09-19)")});
}

TEST_F(LoaderTest, DuplicateDistrictId)
{
    replace("districts.json", R"({"id": "beta")", R"({"id": "alpha")");
    const QStringList p = problems();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.first(), QStringLiteral("districts.json:3:10: duplicate district id \"alpha\""));
}

TEST_F(LoaderTest, DistrictIdMustBeKebabCase)
{
    replace("districts.json", R"({"id": "beta")", R"({"id": "Beta Town")");
    const QStringList p = problems();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.first(), QStringLiteral("districts.json:3:10: district id \"Beta Town\" is not kebab-case"));
}

TEST_F(LoaderTest, CoordinatesOutsideWgs84)
{
    replace("districts.json", R"("lat": 36.21)", R"("lat": 96.21)");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("districts.json:3:74: latitude must be a number from -90 to 90")});
}

TEST_F(LoaderTest, QuoteThatIsNotInTheArticle)
{
    replace("events.json", R"("quote": "9月20日，甲區被攻佔。")", R"("quote": "9月20日，甲區被收復。")");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("events.json:2:115: quote does not occur in paragraph 1 of the article")});
}

TEST_F(LoaderTest, FootnotesMustMatchTheQuote)
{
    replace("events.json", R"("refs": [1])", R"("refs": [2])");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("events.json:2:139: refs [2] do not match the footnotes of the "
                                                     "quoted text in paragraph 1: [1]")});
}

TEST_F(LoaderTest, ParagraphThatDoesNotExist)
{
    replace("events.json", R"("paragraph": 1)", R"("paragraph": 9)");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("events.json:2:103: paragraph 9 does not exist (the article has 2)")});
}

TEST_F(LoaderTest, UnknownEventKindListsTheKnownOnes)
{
    replace("events.json", R"("kind": "capture")", R"("kind": "battle")");
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().startsWith(
        QStringLiteral("events.json:2:55: unknown kind \"battle\" (one of: airstrikes, ground-attack,")))
        << p.first().toStdString();
}

TEST_F(LoaderTest, UnknownControlSide)
{
    replace("control.json", R"("control": "government")", R"("control": "kurdish")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("control.json:4:58: unknown control \"kurdish\" (a side id or "
                                                     "\"contested\")")});
}

TEST_F(LoaderTest, LeadingOnlyWithContested)
{
    replace("control.json", R"("control": "government", "basis")",
            R"("control": "government", "leading": "opposition", "basis")");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("control.json:4:83: \"leading\" is only meaningful with \"contested\"")});
}

TEST_F(LoaderTest, StatedChangeNeedsASource)
{
    replace("control.json", R"(, "sources": [{"paragraph": 1, "quote": "9月20日，甲區被攻佔。", "refs": [1]}])", "");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("control.json:4:3: a stated change needs at least one source in "
                                                     "the article")});
}

TEST_F(LoaderTest, DistrictWithoutAnInitialState)
{
    replace("control.json",
            R"(  {"district": "beta", "date": "2016-09-19", "control": "opposition", "basis": "approximate"},
)",
            "");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("control.json:4:32: district \"beta\" has no state on the campaign's "
                                         "first day 2016-09-19 (its first change is 2016-09-21)")});
}

TEST_F(LoaderTest, UnknownKeysAreTypos)
{
    replace("control.json", R"({"district": "beta", "date": "2016-09-19")",
            R"({"district": "beta", "dat": "2016-09-19")");
    const QStringList p = problems();
    ASSERT_GE(p.size(), 2);
    EXPECT_EQ(p.at(0), QStringLiteral("control.json:3:31: unknown key \"dat\""));
    EXPECT_EQ(p.at(1), QStringLiteral("control.json:3:3: missing \"date\""));
}

TEST_F(LoaderTest, FilesMustStayInsideThePackage)
{
    replace("campaign.json", R"("article": "article.md")", R"("article": "../../etc/passwd")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json:12:24: \"../../etc/passwd\" must be a relative "
                                                     "path inside the package")});
}

// The manifest's summary (shown by Start Here) is optional; when there, it is
// text like the title, with English required.
TEST_F(LoaderTest, ManifestSummaryIsReadWhenPresent)
{
    replace("campaign.json", R"("title": {"en": "Test"},)",
            R"("title": {"en": "Test"}, "summary": {"en": "It happened.", "zh": "事情發生了。"},)");
    const CampaignLoadResult r = CampaignLoader::load(m_path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(r.campaign->summary.en, QStringLiteral("It happened."));
    EXPECT_EQ(r.campaign->summary.zh, QStringLiteral("事情發生了。"));
}

TEST_F(LoaderTest, ManifestSummaryIsOptional)
{
    const CampaignLoadResult r = CampaignLoader::load(m_path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_TRUE(r.campaign->summary.en.isEmpty());
    EXPECT_TRUE(r.campaign->summary.zh.isEmpty());
}

TEST_F(LoaderTest, ManifestSummaryMustBeText)
{
    replace("campaign.json", R"("title": {"en": "Test"},)", R"("title": {"en": "Test"}, "summary": "It happened.",)");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json:5:39: \"summary\" must be a JSON object")});
}

TEST_F(LoaderTest, ManifestSummaryNeedsEnglish)
{
    replace("campaign.json", R"("title": {"en": "Test"},)",
            R"("title": {"en": "Test"}, "summary": {"zh": "事情發生了。"},)");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json:5:39: missing \"en\"")});
}

TEST_F(LoaderTest, BadSideColour)
{
    replace("campaign.json", R"("color": "#009E73")", R"("color": "green")");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json:10:71: color must be #RRGGBB, not \"green\"")});
}

TEST_F(LoaderTest, OversizedFileIsRefusedUnread)
{
    writeFile(file("events.json"), QByteArray(CampaignLoader::kMaxJsonBytes + 1, ' '));
    const QStringList p = problems();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.first(), QStringLiteral("events.json: file is 16777217 bytes; the limit is 16777216 bytes"));
}

TEST_F(LoaderTest, InvalidUtf8)
{
    writeFile(file("districts.json"), QByteArray(kDistricts)
                                          .replace("Beta", "B\xFE"
                                                           "ta"));
    const QStringList p = problems();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.first(), QStringLiteral("districts.json:3:35: invalid UTF-8 (byte 0xfe)"));
}

TEST_F(LoaderTest, DeepNestingIsRefused)
{
    writeFile(file("events.json"), "{\"events\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}");
    const QStringList p = problems();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.first(), QStringLiteral("events.json:1:43: JSON nests deeper than 32 levels"));
}

TEST_F(LoaderTest, AKeyWrittenTwiceIsRefusedWithBothPlaces)
{
    // A parser keeps one of the two dates silently; which one the author meant is not ours to guess.
    writeFile(file("control.json"),
              QByteArray(kControl).replace(R"("date": "2016-09-20", "control": "government")",
                                           R"("date": "2016-09-20", "control": "government", "date": "2016-09-22")"));
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 1) << p.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(p.first(), QStringLiteral("control.json:4:72: key \"date\" appears twice in one object (first at "
                                        "line 4, column 25); which value is meant?"));
}

TEST_F(LoaderTest, MissingManifestAndMissingFolder)
{
    QFile::remove(file("campaign.json"));
    EXPECT_EQ(problems(), QStringList{QStringLiteral("campaign.json: file not found")});
    const CampaignLoadResult r = CampaignLoader::load(m_path + QStringLiteral("/nope"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems.first().toString().endsWith(QStringLiteral("/nope: no such file or folder")));
}

TEST_F(LoaderTest, ReportsEveryProblemAtOnce)
{
    replace("districts.json", R"("lat": 36.21)", R"("lat": 96.21)");
    replace("events.json", R"("kind": "capture")", R"("kind": "battle")");
    replace("control.json", R"("control": "government")", R"("control": "kurdish")");
    const QStringList p = problems();
    ASSERT_EQ(p.size(), 3);
    EXPECT_TRUE(p.at(0).startsWith(QStringLiteral("districts.json:3:74:")));
    EXPECT_TRUE(p.at(1).startsWith(QStringLiteral("events.json:2:55:")));
    EXPECT_TRUE(p.at(2).startsWith(QStringLiteral("control.json:4:58:")));
}

TEST_F(LoaderTest, ContestantsAreSidesOfAContestedChange)
{
    replace("control.json", R"("control": "contested", "leading": "opposition",)",
            R"("control": "contested", "leading": "opposition", "contestants": ["government", "opposition"],)");
    const CampaignLoadResult r = CampaignLoader::load(m_path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(r.campaign->changes.last().contestants,
              (QStringList{QStringLiteral("government"), QStringLiteral("opposition")}));
}

TEST_F(LoaderTest, ContestantsMustBeKnownAndIncludeTheLeadingSide)
{
    replace("control.json", R"("control": "contested", "leading": "opposition",)",
            R"("control": "contested", "leading": "opposition", "contestants": ["government", "kurdish"],)");
    EXPECT_EQ(problems(), QStringList{QStringLiteral("control.json:5:125: unknown side \"kurdish\"")});
}

TEST_F(LoaderTest, ContestantsOnlyWithContested)
{
    replace("control.json", R"("control": "government", "basis")",
            R"("control": "government", "contestants": ["government", "opposition"], "basis")");
    EXPECT_EQ(problems(),
              QStringList{QStringLiteral("control.json:4:87: \"contestants\" is only meaningful with \"contested\"")});
}

// Positions are computed only when a file has a problem: a problem far into a
// real package's file, after hundreds of valid values, still names the exact
// line and column (found here independently, from the text).
TEST_F(LoaderTest, AMapWithoutGeoJsonIsReadOnceWithItsDistrictsAndLabels)
{
    // Everything drawing needs comes from the campaign loader's one pass over the map.
    replace("campaign.json", R"("control": "control.json")", R"("control": "control.json", "map": "map.svg")");
    const QByteArray map =
        R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:atlas="urn:aleppo-atlas:map:1" viewBox="0 0 200 100"
     atlas:projection="equirectangular" atlas:standard-parallel="0" atlas:west="37" atlas:east="37.2" atlas:south="36.1" atlas:north="36.2">
<g id="districts">
  <path id="alpha" d="M0,0 L100,0 L100,100 Z"/>
  <polygon id="beta" points="100,0 200,0 200,100"/>
</g>
<g id="labels"><text x="50" y="50" font-size="10" font-family="DejaVu Sans" fill="#000">甲區</text></g>
</svg>
)svg";
    writeFile(file("map.svg"), map);
    const CampaignLoadResult r = CampaignLoader::load(m_path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(r.map.layerIds, QStringList({QStringLiteral("districts"), QStringLiteral("labels")}));
    ASSERT_EQ(r.map.districtPaths.size(), 2);
    EXPECT_EQ(r.map.districtPaths.value(QStringLiteral("alpha")).boundingRect(), QRectF(0, 0, 100, 100));
    EXPECT_EQ(r.map.districtPaths.value(QStringLiteral("beta")).boundingRect(), QRectF(100, 0, 100, 100));
    ASSERT_TRUE(r.map.labels.ok()) << r.map.labels.unsupported.toStdString();
    ASSERT_EQ(r.map.labels.labels.size(), 1);
    EXPECT_EQ(r.map.labels.labels.first().text(), QStringLiteral("甲區"));
    EXPECT_NE(r.map.renderer, nullptr);

    // A district outline the app cannot read refuses the package, at its element.
    replace("map.svg", R"(<polygon id="beta" points="100,0 200,0 200,100"/>)",
            R"(<polygon id="beta" points="100,0 200"/>)");
    replace("map.svg", R"(<path id="alpha")", R"(<circle id="alpha")");
    EXPECT_EQ(problems(), QStringList({QStringLiteral("map.svg:4:3: district \"alpha\" is a <circle>; use a <path>, "
                                                      "<polygon> or <rect>"),
                                       QStringLiteral("map.svg:5:3: district \"beta\": bad points")}));
}

TEST(LoaderPositions, ProblemLateInARealPackageIsPlacedExactly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString package = copyEmbeddedPackage(dir);
    ASSERT_TRUE(CampaignLoader::load(package).ok());

    const QString controlPath = package + QStringLiteral("/control.json");
    QString control = QString::fromUtf8(readFile(controlPath));
    const QString key = QStringLiteral("\"district\": \"");
    const qsizetype keyAt = control.lastIndexOf(key);
    ASSERT_GT(keyAt, 0);
    const qsizetype valueAt = keyAt + key.size() - 1; // the value's opening quote
    const qsizetype valueEnd = control.indexOf(QLatin1Char('"'), valueAt + 1);
    control.replace(valueAt + 1, valueEnd - valueAt - 1, QStringLiteral("nowhere"));
    writeFile(controlPath, control.toUtf8());

    const QString before = control.left(valueAt);
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(valueAt - before.lastIndexOf(QLatin1Char('\n')));
    const CampaignLoadResult r = CampaignLoader::load(package);
    EXPECT_EQ(r.campaign, nullptr);
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_EQ(r.problems.first().toString(),
              QStringLiteral("%1:%2:%3: unknown district \"nowhere\"").arg(controlPath).arg(line).arg(column));
}

// A change's side and district ids are the sides' and districts' own strings,
// not copies: a day step copies them into every district's appearance.
TEST(CampaignLoaderIds, ChangesShareTheIdsOfTheSidesAndDistrictsTheyName)
{
    const CampaignLoadResult r = CampaignLoader::load(CampaignLoader::embeddedPath());
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    int checked = 0;
    for (const ControlChange &c : r.campaign->changes) {
        const District *district = r.campaign->district(c.district);
        ASSERT_NE(district, nullptr);
        EXPECT_EQ(c.district.constData(), district->id.constData()) << c.district.toStdString();
        if (const Side *side = r.campaign->side(c.control)) {
            EXPECT_EQ(c.control.constData(), side->id.constData()) << c.control.toStdString();
            ++checked;
        }
        for (const QString &contestant : c.contestants)
            EXPECT_EQ(contestant.constData(), r.campaign->side(contestant)->id.constData());
    }
    EXPECT_GT(checked, 50);
}
