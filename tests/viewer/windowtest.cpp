#include "windowtest.h"

#include "campaignloader.h"
#include "linkpolicy.h"
#include "testsupport.h"

void WindowTest::SetUp()
{
    session = std::make_unique<ViewerSession>();
    ASSERT_TRUE(session->loadCampaign(CampaignLoader::embeddedPath()));
    beforeShow();
    language = std::make_unique<LanguageManager>();
    window = TestSupport::showMainWindow(session.get(), language.get());
    ASSERT_NE(window, nullptr);
    window->linkPolicy()->setOpener([this](const QUrl &url) {
        opened.append(url);
        return true;
    });
}

void WindowTest::TearDown()
{
    // A test may have given the window a store of its own; the window must not write to it while
    // it goes.
    if (window)
        window->setSettingsStore(nullptr);
    window.reset();
    language.reset();
    session.reset();
}
