#pragma once

#include "languagemanager.h"
#include "mainwindow.h"
#include "viewersession.h"

#include <QList>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

/**
 * A test with the embedded campaign in a shown, active main window, as a user has it. Links the
 * window would open in a browser are recorded in @ref opened instead. A fixture that needs more
 * calls WindowTest::SetUp() first and returns on HasFatalFailure(); beforeShow() sets the session
 * up before the window exists.
 */
class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;
    /// Called after the campaign is loaded, before the window is made.
    virtual void beforeShow() { }

    std::unique_ptr<ViewerSession> session;
    std::unique_ptr<LanguageManager> language;
    std::unique_ptr<MainWindow> window;
    QList<QUrl> opened; ///< links the window asked to open, in order
};
