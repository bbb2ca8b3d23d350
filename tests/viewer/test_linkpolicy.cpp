#include "linkpolicy.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(LinkPolicy, AllowsOnlyAbsoluteHttpAndHttpsLinks)
{
    EXPECT_TRUE(LinkPolicy::isAllowed(QUrl(QStringLiteral("http://www.chinanews.com/gj/2016/09-23/8013036.shtml"))));
    EXPECT_TRUE(LinkPolicy::isAllowed(QUrl(QStringLiteral("https://zh.wikipedia.org/wiki/阿勒頗"))));
    EXPECT_TRUE(LinkPolicy::isAllowed(QUrl(QStringLiteral("HTTPS://example.org/"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl(QStringLiteral("javascript:alert(1)"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl(QStringLiteral("ftp://example.org/file"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl(QStringLiteral("../Page/阿勒颇古城.md"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl(QStringLiteral("http:///no-host"))));
    EXPECT_FALSE(LinkPolicy::isAllowed(QUrl()));
}

TEST(LinkPolicy, HandsAllowedLinksToTheInjectedOpenerAndRefusesTheRest)
{
    LinkPolicy policy;
    QList<QUrl> opened;
    policy.setOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QSignalSpy refused(&policy, &LinkPolicy::linkRefused);

    EXPECT_TRUE(policy.open(QUrl(QStringLiteral("https://example.org/a"))));
    EXPECT_FALSE(policy.open(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(policy.open(QUrl(QStringLiteral("mailto:someone@example.org"))));

    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first(), QUrl(QStringLiteral("https://example.org/a")));
    EXPECT_EQ(refused.count(), 2);
}
