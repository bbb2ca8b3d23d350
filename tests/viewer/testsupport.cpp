#include "testsupport.h"

#include "campaignloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

namespace TestSupport {

std::shared_ptr<const Campaign> embeddedCampaign()
{
    static const std::shared_ptr<const Campaign> campaign = CampaignLoader::load(CampaignLoader::embeddedPath())
                                                                .campaign;
    return campaign;
}

bool copyEmbeddedPackage(const QTemporaryDir &dir)
{
    QDirIterator it(CampaignLoader::embeddedPath(), QDir::Files);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir.filePath(it.fileName());
        if (!QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        ++copied;
    }
    return copied > 0;
}

bool editPackageFile(const QTemporaryDir &dir, const QString &name, const QString &before, const QString &after)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const int at = int(text.indexOf(before));
    if (at < 0)
        return false;
    text.replace(at, before.size(), after);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

bool clickAnchor(QTextBrowser *browser, const std::function<bool(const QString &)> &match)
{
    const QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || !match(fragment.charFormat().anchorHref()))
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + qMin(1, fragment.length() - 1));
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            QRect r = browser->cursorRect(cursor);
            cursor.setPosition(fragment.position() + qMin(2, fragment.length() - 1));
            r = r.united(browser->cursorRect(cursor));
            const QPoint pos(r.center().x(), r.center().y());
            QTest::mouseMove(browser->viewport(), pos);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
            return true;
        }
    }
    return false;
}

QImage shownOnScreen(QWidget &widget)
{
    QApplication::processEvents();
    QApplication::processEvents();
    const QImage window = widget.screen()->grabWindow(widget.window()->winId()).toImage();
    const QPoint at = widget.mapTo(widget.window(), QPoint(0, 0)) * widget.devicePixelRatioF();
    return window.copy(QRect(at, widget.size() * widget.devicePixelRatioF()))
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

std::unique_ptr<MainWindow> showMainWindow(ViewerSession *session, LanguageManager *language)
{
    auto window = std::make_unique<MainWindow>(session, language);
    window->resize(1500, 950);
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    QApplication::processEvents();
    return window;
}

} // namespace TestSupport
