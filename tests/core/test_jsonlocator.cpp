#include "jsonlocator.h"
#include "testpackage.h"

#include <gtest/gtest.h>

TEST(JsonLocator, FindsNestedValuesByPointer)
{
    const QByteArray json = "{\n  \"a\": [1,\n    {\"b\": \"x\"}],\n  \"c\": true\n}";
    const JsonLocator loc(json);
    EXPECT_EQ(loc.position(QStringLiteral("/a")).line, 2);
    EXPECT_EQ(loc.position(QStringLiteral("/a")).column, 8);
    EXPECT_EQ(loc.position(QStringLiteral("/a/1/b")).line, 3);
    EXPECT_EQ(loc.position(QStringLiteral("/a/1/b")).column, 11);
    EXPECT_EQ(loc.position(QStringLiteral("/c")).line, 4);
    // A missing member falls back to its nearest existing parent.
    EXPECT_EQ(loc.position(QStringLiteral("/a/1/missing")).column, 5);
    EXPECT_EQ(loc.position(QString()).line, 1);
}

TEST(JsonLocator, CountsColumnsInCharactersNotBytes)
{
    const QByteArray json = QStringLiteral("{\"名\": \"漢達拉特\", \"x\": 1}").toUtf8();
    const JsonLocator loc(json);
    EXPECT_EQ(loc.position(QStringLiteral("/x")).column, 20);
    EXPECT_EQ(JsonLocator::positionOfOffset(json, json.indexOf("\"x\"")).column, 15);
}

TEST(JsonLocator, EscapesSlashAndTildeInKeys)
{
    const QByteArray json = "{\"a/b\": 1, \"c~d\": 2, \"q\\\"\": 3}";
    const JsonLocator loc(json);
    EXPECT_EQ(loc.position(QStringLiteral("/a~1b")).column, 9);
    EXPECT_EQ(loc.position(QStringLiteral("/c~0d")).column, 19);
    EXPECT_EQ(loc.position(QStringLiteral("/q\"")).column, 29);
}

TEST(JsonLocator, ReportsNestingDeeperThanTheLimit)
{
    const QByteArray json = QByteArray(10, '[') + QByteArray(10, ']');
    EXPECT_FALSE(JsonLocator(json, 10).tooDeep());
    const JsonLocator deep(json, 9);
    EXPECT_TRUE(deep.tooDeep());
    EXPECT_EQ(deep.tooDeepAt().column, 10);
}

TEST(JsonLocator, DepthCheckAloneAgreesWithTheLocator)
{
    using Kind = JsonLocator::StructureProblem::Kind;
    // Brackets inside strings (escaped quotes and backslashes too) do not nest.
    const QByteArray json = "{\"a\": [\"[[[\\\"[[\", {\"b\\\\\": [[1]]}],\n \"c\": [[[\"]]]]\"]]]}";
    for (int limit = 1; limit <= 6; ++limit) {
        const JsonLocator locator(json, limit);
        const JsonLocator::StructureProblem p = JsonLocator::checkStructure(json, limit);
        EXPECT_EQ(p.kind == Kind::TooDeep, locator.tooDeep()) << limit;
        if (locator.tooDeep()) {
            EXPECT_EQ(p.at.line, locator.tooDeepAt().line) << limit;
            EXPECT_EQ(p.at.column, locator.tooDeepAt().column) << limit;
        }
    }
    EXPECT_EQ(JsonLocator::checkStructure(json, 4).kind, Kind::TooDeep);
    EXPECT_EQ(JsonLocator::checkStructure(json, 5).kind, Kind::None);
    const JsonLocator::StructureProblem p = JsonLocator::checkStructure(QStringLiteral("{\"名\":\n  [[[]]]}").toUtf8(),
                                                                        3);
    ASSERT_EQ(p.kind, Kind::TooDeep);
    EXPECT_EQ(p.at.line, 2);
    EXPECT_EQ(p.at.column, 5); // in characters
}

TEST(JsonLocator, FindsAKeyWrittenTwiceInOneObject)
{
    using Kind = JsonLocator::StructureProblem::Kind;
    const auto check = [](const char *json) { return JsonLocator::checkStructure(QByteArray(json), 32); };
    // The same key in other objects, as a value, or inside a string is no repetition.
    EXPECT_EQ(check(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}], "d": "a", "e": ["a", "a"]})").kind,
              Kind::None);
    EXPECT_EQ(check(R"({"a\"": 1, "a": 2, "x": "\"a\": 1"})").kind, Kind::None);
    // Closing an object forgets its keys, whatever its depth.
    EXPECT_EQ(check(R"({"a": {"b": {"c": 1}}, "b": {"c": 2}, "c": 3})").kind, Kind::None);

    const JsonLocator::StructureProblem p = check("{\"date\": \"2016-11-27\",\n \"to\": {\"x\": 1, \"x\" : 2}}");
    ASSERT_EQ(p.kind, Kind::RepeatedKey);
    EXPECT_EQ(p.key, QStringLiteral("x"));
    EXPECT_EQ(p.at.line, 2);
    EXPECT_EQ(p.at.column, 17);
    EXPECT_EQ(p.first.line, 2);
    EXPECT_EQ(p.first.column, 9);
    const JsonLocator::StructureProblem outer = check(R"({"date": 1, "to": {"x": 1}, "date": 2})");
    ASSERT_EQ(outer.kind, Kind::RepeatedKey);
    EXPECT_EQ(outer.key, QStringLiteral("date"));
    EXPECT_EQ(outer.first.column, 2);
    EXPECT_EQ(outer.at.column, 29);

    // An object with many keys: the repeated one is still found (past the linear comparisons), and
    // one without a repetition is clean.
    QByteArray many = "{";
    for (int i = 0; i < 5000; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
    EXPECT_EQ(JsonLocator::checkStructure(many + "\"last\": 0}", 32).kind, Kind::None);
    const JsonLocator::StructureProblem late = JsonLocator::checkStructure(many + "\"k4321\": 0}", 32);
    ASSERT_EQ(late.kind, Kind::RepeatedKey);
    EXPECT_EQ(late.key, QStringLiteral("k4321"));
    EXPECT_EQ(late.first.column, many.indexOf("\"k4321\"") + 1);
}

TEST(JsonLocator, WantedPointersAreFoundAsWhenEveryValueIsRecorded)
{
    const QByteArray json = QStringLiteral("{\"名\": [\"[{\\\"\", {\"a/b\": [[1, 2], {\"c~d\": null}]}],\n"
                                           " \"skipped\": [[[[{\"x\": \"]}\"}]]]],\n"
                                           "  \"z\": {\"y\": [true, false,\n   \"漢\"]}}")
                                .toUtf8();
    const JsonLocator all(json);
    const QStringList pointers{QString(),
                               QStringLiteral("/名"),
                               QStringLiteral("/名/0"),
                               QStringLiteral("/名/1/a~1b/0/1"),
                               QStringLiteral("/名/1/a~1b/1/c~0d"),
                               QStringLiteral("/skipped/0/0"),
                               QStringLiteral("/z/y/2")};
    for (const QString &pointer : pointers) {
        const JsonLocator one(json, {pointer});
        EXPECT_EQ(one.position(pointer).line, all.position(pointer).line) << pointer.toStdString();
        EXPECT_EQ(one.position(pointer).column, all.position(pointer).column) << pointer.toStdString();
    }
    EXPECT_EQ(all.position(QStringLiteral("/z/y/2")).line, 4);
    EXPECT_EQ(all.position(QStringLiteral("/z/y/2")).column, 4);
    // A pointer to no value falls back to its nearest parent, which is recorded on the way.
    const JsonLocator missing(json, {QStringLiteral("/z/y/7/w")});
    EXPECT_EQ(missing.position(QStringLiteral("/z/y/7/w")).line, 3);
    EXPECT_EQ(missing.position(QStringLiteral("/z/y/7/w")).column, 14);
    EXPECT_EQ(all.position(QStringLiteral("/z/y/7/w")).column, 14);
    // Values outside the wanted paths are skipped, however deep they nest.
    const QByteArray deep = "{\"deep\": " + QByteArray(200, '[') + QByteArray(200, ']') + ",\n \"after\": 1}";
    EXPECT_TRUE(JsonLocator(deep).tooDeep());
    const JsonLocator after(deep, {QStringLiteral("/after")});
    EXPECT_FALSE(after.tooDeep());
    EXPECT_EQ(after.position(QStringLiteral("/after")).line, 2);
    EXPECT_EQ(after.position(QStringLiteral("/after")).column, 11);
}
