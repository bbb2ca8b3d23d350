#include "testpackage.h"
#include "jsonlocator.h"

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
