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
    // Brackets inside strings (escaped quotes and backslashes too) do not nest.
    const QByteArray json = "{\"a\": [\"[[[\\\"[[\", {\"b\\\\\": [[1]]}],\n \"c\": [[[\"]]]]\"]]]}";
    for (int limit = 1; limit <= 6; ++limit) {
        const JsonLocator locator(json, limit);
        TextPosition at;
        EXPECT_EQ(JsonLocator::nestsDeeperThan(json, limit, &at), locator.tooDeep()) << limit;
        if (locator.tooDeep()) {
            EXPECT_EQ(at.line, locator.tooDeepAt().line) << limit;
            EXPECT_EQ(at.column, locator.tooDeepAt().column) << limit;
        }
    }
    EXPECT_TRUE(JsonLocator::nestsDeeperThan(json, 4));
    EXPECT_FALSE(JsonLocator::nestsDeeperThan(json, 5));
    TextPosition at;
    ASSERT_TRUE(JsonLocator::nestsDeeperThan(QStringLiteral("{\"名\":\n  [[[]]]}").toUtf8(), 3, &at));
    EXPECT_EQ(at.line, 2);
    EXPECT_EQ(at.column, 5); // in characters
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
