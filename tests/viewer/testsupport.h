#pragma once

#include "campaign.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class LanguageManager;
class MainWindow;
class QImage;
class QTextBrowser;
class QWidget;
class ViewerSession;

#include <QDate>

#include <ostream>

// Readable values in GoogleTest messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(QDate d, std::ostream *os)
{
    *os << d.toString(Qt::ISODate).toStdString();
}

/// Helpers shared by the viewer tests.
namespace TestSupport {

/// The embedded campaign (loaded once).
std::shared_ptr<const Campaign> embeddedCampaign();

/// Copies the embedded package into @p dir; returns false on I/O errors.
bool copyEmbeddedPackage(const QTemporaryDir &dir);

/// Replaces the first @p before in file @p name of the package in @p dir by @p after.
bool editPackageFile(const QTemporaryDir &dir, const QString &name, const QString &before, const QString &after);

/// Clicks (press and release) the first anchor of @p browser whose href satisfies @p match.
bool clickAnchor(QTextBrowser *browser, const std::function<bool(const QString &)> &match);

/**
 * What the window shows of @p widget: its window's pixels, once the pending
 * events (and so the pending repaints) are processed, cut to the widget.
 */
QImage shownOnScreen(QWidget &widget);

/// A main window over @p session, shown at 1500x950 and active, as a user has it; null if it could not be.
std::unique_ptr<MainWindow> showMainWindow(ViewerSession *session, LanguageManager *language);

} // namespace TestSupport
