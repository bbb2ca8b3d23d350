// The command-line contract, checked by running the real executable.
#include "testpackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ATLAS_EXECUTABLE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << args.join(QLatin1Char(' ')).toStdString();
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject districtIn(const QJsonObject &state, const QString &id)
{
    for (const QJsonValue &d : state.value(QStringLiteral("districts")).toArray()) {
        if (d.toObject().value(QStringLiteral("id")).toString() == id)
            return d.toObject();
    }
    return {};
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const CliRun v = run({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_EQ(v.out.trimmed(), QByteArray("aleppo-atlas " ATLAS_VERSION_STRING));
    const CliRun h = run({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    for (const char *option : {"--campaign", "--state-at", "--history", "--events", "--validate", "--render"})
        EXPECT_TRUE(h.out.contains(option)) << option;
}

TEST(Cli, StateAtFollowsTheContract)
{
    const CliRun r = run({QStringLiteral("--state-at"), QStringLiteral("2016-09-24")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject state = r.json();
    EXPECT_EQ(state.value(QStringLiteral("date")).toString(), QStringLiteral("2016-09-24"));
    const QJsonArray districts = state.value(QStringLiteral("districts")).toArray();
    EXPECT_GE(districts.size(), 12);
    for (const QJsonValue &v : districts) {
        const QJsonObject d = v.toObject();
        for (const char *key : {"id", "name", "control", "basis", "changed", "since", "sources"})
            EXPECT_TRUE(d.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(d.value(QStringLiteral("changed")).isBool());
        EXPECT_TRUE(d.value(QStringLiteral("name")).toObject().contains(QStringLiteral("zh")));
        const QString control = d.value(QStringLiteral("control")).toString();
        EXPECT_TRUE(QStringList({QStringLiteral("government"), QStringLiteral("opposition"), QStringLiteral("kurdish"),
                                 QStringLiteral("contested")})
                        .contains(control));
        EXPECT_EQ(d.contains(QStringLiteral("leading")),
                  control == QStringLiteral("contested") && !d.value(QStringLiteral("leading")).toString().isEmpty());
        EXPECT_EQ(d.contains(QStringLiteral("contestants")), control == QStringLiteral("contested"));
    }
    const QJsonObject h = districtIn(state, QStringLiteral("handarat"));
    EXPECT_EQ(h.value(QStringLiteral("control")).toString(), QStringLiteral("contested"));
    EXPECT_EQ(h.value(QStringLiteral("leading")).toString(), QStringLiteral("opposition"));
    EXPECT_EQ(h.value(QStringLiteral("basis")).toString(), QStringLiteral("stated"));
    EXPECT_EQ(h.value(QStringLiteral("since")).toString(), QStringLiteral("2016-09-24"));
    // The map's rules: contested without a leader the day before, so changed; the leading side first.
    EXPECT_TRUE(h.value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(h.value(QStringLiteral("contestants")).toArray(),
              (QJsonArray{QStringLiteral("opposition"), QStringLiteral("government")}));
    EXPECT_FALSE(districtIn(state, QStringLiteral("hanano")).value(QStringLiteral("changed")).toBool());
    const QJsonObject src = h.value(QStringLiteral("sources")).toArray().first().toObject();
    EXPECT_EQ(src.value(QStringLiteral("paragraph")).toInt(), 5);
    EXPECT_EQ(src.value(QStringLiteral("refs")).toArray(), QJsonArray{10});
}

TEST(Cli, StateAtTheEndOfTheCampaign)
{
    // The article's picture: reports would add their own claims (see the report tests).
    const CliRun r = run(
        {QStringLiteral("--state-at"), QStringLiteral("2016-12-22"), QStringLiteral("--only-article")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject old = districtIn(r.json(), QStringLiteral("old-city"));
    EXPECT_EQ(old.value(QStringLiteral("control")).toString(), QStringLiteral("government"));
    EXPECT_EQ(old.value(QStringLiteral("since")).toString(), QStringLiteral("2016-12-07"));
    EXPECT_FALSE(old.value(QStringLiteral("changed")).toBool());
    const QJsonObject sm = districtIn(r.json(), QStringLiteral("sheikh-maqsoud"));
    EXPECT_EQ(sm.value(QStringLiteral("control")).toString(), QStringLiteral("kurdish"));
    EXPECT_EQ(sm.value(QStringLiteral("basis")).toString(), QStringLiteral("approximate"));
}

TEST(Cli, HistoryCarriesQuotes)
{
    const CliRun r = run({QStringLiteral("--history"), QStringLiteral("hanano"), QStringLiteral("--only-article")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject h = r.json();
    EXPECT_EQ(h.value(QStringLiteral("id")).toString(), QStringLiteral("hanano"));
    const QJsonArray changes = h.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 2);
    const QJsonObject last = changes.at(1).toObject();
    EXPECT_EQ(last.value(QStringLiteral("date")).toString(), QStringLiteral("2016-11-26"));
    EXPECT_EQ(last.value(QStringLiteral("control")).toString(), QStringLiteral("government"));
    const QJsonObject src = last.value(QStringLiteral("sources")).toArray().first().toObject();
    EXPECT_EQ(src.value(QStringLiteral("refs")).toArray(), QJsonArray{32});
    EXPECT_EQ(src.value(QStringLiteral("quote")).toString(),
              QString::fromUtf8("11月26日，政府軍收復阿勒頗東部的哈納諾（Hanano）區。"));
}

TEST(Cli, EventsWithinARange)
{
    const CliRun r = run({QStringLiteral("--events"), QStringLiteral("--from"), QStringLiteral("2016-12-13"),
                          QStringLiteral("--to"), QStringLiteral("2016-12-14")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray events = r.json().value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 4);
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        for (const char *key : {"id", "date", "kind", "districts", "refs", "text"})
            EXPECT_TRUE(e.contains(QLatin1String(key))) << key;
        EXPECT_FALSE(e.value(QStringLiteral("text")).toObject().value(QStringLiteral("zh")).toString().isEmpty());
        EXPECT_FALSE(e.value(QStringLiteral("text")).toObject().value(QStringLiteral("en")).toString().isEmpty());
    }
    const CliRun all = run({QStringLiteral("--events")});
    const QJsonArray allEvents = all.json().value(QStringLiteral("events")).toArray();
    EXPECT_GE(allEvents.size(), 30);
    int ranges = 0;
    for (const QJsonValue &v : allEvents)
        ranges += v.toObject().contains(QStringLiteral("end_date")) ? 1 : 0;
    EXPECT_GT(ranges, 0);
}

TEST(Cli, BadDatesAndIdsAreErrorsNotDefaults)
{
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--state-at"), QStringLiteral("2016-02-30")},
         QStringLiteral("--state-at: impossible date \"2016-02-30\"")},
        {{QStringLiteral("--state-at"), QStringLiteral("yesterday")},
         QStringLiteral("--state-at: \"yesterday\" is not a date in the form YYYY-MM-DD")},
        {{QStringLiteral("--state-at"), QStringLiteral("2016-08-01")},
         QStringLiteral("--state-at: 2016-08-01 is outside the campaign (2016-09-19 to 2016-12-22)")},
        {{QStringLiteral("--events"), QStringLiteral("--from"), QStringLiteral("2016-12-01"), QStringLiteral("--to"),
          QStringLiteral("2016-11-01")},
         QStringLiteral("--to 2016-11-01 is before --from 2016-12-01")},
        {{QStringLiteral("--frobnicate")}, QStringLiteral("Unknown option 'frobnicate'.")},
    };
    for (const Case &c : cases) {
        const CliRun r = run(c.args);
        EXPECT_EQ(r.exitCode, 1) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.trimmed(), c.message);
        EXPECT_TRUE(r.out.isEmpty());
    }
    const CliRun unknown = run({QStringLiteral("--history"), QStringLiteral("atlantis")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(
        unknown.err.startsWith(QStringLiteral("--history: unknown district \"atlantis\"; known ids: handarat,")));
}

TEST(Cli, ValidateAndCampaignReadTheSamePackage)
{
    QTemporaryDir dir;
    const QString pkg = copyEmbeddedPackage(dir);
    const CliRun ok = run({QStringLiteral("--validate"), pkg});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    const CliRun state = run(
        {QStringLiteral("--campaign"), pkg, QStringLiteral("--state-at"), QStringLiteral("2016-11-27")});
    EXPECT_EQ(state.exitCode, 0);
    EXPECT_EQ(districtIn(state.json(), QStringLiteral("jabal-badro")).value(QStringLiteral("control")).toString(),
              QStringLiteral("government"));
    EXPECT_TRUE(districtIn(state.json(), QStringLiteral("jabal-badro")).value(QStringLiteral("changed")).toBool());

    replaceInFile(pkg + QStringLiteral("/control.json"), QStringLiteral("\"district\": \"hanano\""),
                  QStringLiteral("\"district\": \"hanan0\""));
    const CliRun bad = run({QStringLiteral("--validate"), pkg});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.isEmpty());
    const QStringList lines = bad.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(^.*/control\.json:\d+:\d+: unknown district "hanan0"$)"))
                    .match(lines.first())
                    .hasMatch())
        << lines.first().toStdString();
    const CliRun viaCampaign = run(
        {QStringLiteral("--campaign"), pkg, QStringLiteral("--state-at"), QStringLiteral("2016-11-27")});
    EXPECT_EQ(viaCampaign.exitCode, 1);
    EXPECT_EQ(viaCampaign.err, bad.err) << "--validate and --campaign report a broken package identically";
    EXPECT_TRUE(viaCampaign.out.isEmpty());
}

TEST(Cli, MissingCampaignFolder)
{
    const CliRun r = run(
        {QStringLiteral("--campaign"), QStringLiteral("/nonexistent/package"), QStringLiteral("--events")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("/nonexistent/package: no such file or folder"));
}

TEST(Cli, StateAtWithReportsNamesEachReportAndTheDisagreement)
{
    const CliRun r = run({QStringLiteral("--state-at"), QStringLiteral("2016-11-28")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("sources")).toString(), QStringLiteral("with-reports"));
    const QJsonObject sakhour = districtIn(r.json(), QStringLiteral("sakhour"));
    EXPECT_EQ(sakhour.value(QStringLiteral("basis")).toString(), QStringLiteral("reported"));
    const QJsonObject source = sakhour.value(QStringLiteral("sources")).toArray().first().toObject();
    for (const char *key : {"report", "outlet", "url"})
        EXPECT_FALSE(source.value(QLatin1String(key)).toString().isEmpty()) << key;
    EXPECT_TRUE(source.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("http")));
    const QJsonArray disputed = sakhour.value(QStringLiteral("disputed")).toArray();
    ASSERT_GE(disputed.size(), 2);
    EXPECT_TRUE(disputed.first().toObject().value(QStringLiteral("shown")).toBool());
    int shown = 0;
    for (const QJsonValue &v : disputed) {
        shown += v.toObject().value(QStringLiteral("shown")).toBool() ? 1 : 0;
        EXPECT_FALSE(v.toObject().value(QStringLiteral("sources")).toArray().isEmpty());
    }
    EXPECT_EQ(shown, 1);
    EXPECT_FALSE(sakhour.value(QStringLiteral("shown_because")).toString().isEmpty());

    // --only-article: the article's own picture, no reports anywhere.
    const CliRun a = run(
        {QStringLiteral("--state-at"), QStringLiteral("2016-11-28"), QStringLiteral("--only-article")});
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.json().value(QStringLiteral("sources")).toString(), QStringLiteral("article-only"));
    for (const QJsonValue &v : a.json().value(QStringLiteral("districts")).toArray()) {
        const QJsonObject d = v.toObject();
        EXPECT_NE(d.value(QStringLiteral("basis")).toString(), QStringLiteral("reported"));
        EXPECT_FALSE(d.contains(QStringLiteral("disputed")));
    }
    EXPECT_EQ(districtIn(a.json(), QStringLiteral("sakhour")).value(QStringLiteral("control")).toString(),
              QStringLiteral("opposition"));
}

TEST(Cli, FiguresPrintEverySourcesFigureWithTheMapsValue)
{
    const CliRun r = run({QStringLiteral("--figures")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray figures = r.json().value(QStringLiteral("figures")).toArray();
    ASSERT_GE(figures.size(), 40);
    bool article80 = false;
    bool article35 = false;
    for (const QJsonValue &v : figures) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"id", "date", "unit"})
            EXPECT_FALSE(f.value(QLatin1String(key)).toString().isEmpty()) << key;
        EXPECT_TRUE(f.value(QStringLiteral("value")).isDouble());
        EXPECT_FALSE(f.value(QStringLiteral("claim")).toObject().value(QStringLiteral("en")).toString().isEmpty());
        const QJsonObject map = f.value(QStringLiteral("map")).toObject();
        ASSERT_TRUE(map.contains(QStringLiteral("with_reports")));
        ASSERT_TRUE(map.contains(QStringLiteral("article_only")));
        const QJsonObject article =
            f.value(QStringLiteral("source")).toObject().value(QStringLiteral("article")).toObject();
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("old-city-recaptured")) {
            article80 = true;
            EXPECT_EQ(f.value(QStringLiteral("unit")).toString(), QStringLiteral("share"));
            EXPECT_DOUBLE_EQ(f.value(QStringLiteral("value")).toDouble(), 0.8);
            EXPECT_EQ(article.value(QStringLiteral("refs")).toArray(), QJsonArray{35});
            EXPECT_GT(map.value(QStringLiteral("with_reports")).toDouble(),
                      map.value(QStringLiteral("article_only")).toDouble());
        }
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("east-bank-cleared")) {
            article35 = true;
            EXPECT_EQ(f.value(QStringLiteral("unit")).toString(), QStringLiteral("km2"));
            EXPECT_EQ(article.value(QStringLiteral("refs")).toArray(), QJsonArray{36});
        }
    }
    EXPECT_TRUE(article80);
    EXPECT_TRUE(article35);

    const CliRun a = run({QStringLiteral("--figures"), QStringLiteral("--only-article")});
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.json().value(QStringLiteral("figures")).toArray().size(), 3) << "the article's three figures";
    const CliRun wrong = run({QStringLiteral("--events"), QStringLiteral("--only-article")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--only-article")));
}
