#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

/**
 * @brief Decides which links may leave the application, and opens them.
 *
 * Only absolute http and https URLs with a host are opened; everything else
 * (file:, javascript:, relative wiki paths, ...) is refused and reported via
 * linkRefused(). The opener defaults to QDesktopServices::openUrl and can be
 * replaced, so tests never launch a browser.
 */
class LinkPolicy : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &)>;

    explicit LinkPolicy(QObject *parent = nullptr);

    /// True when @p url may be opened in the browser.
    static bool isAllowed(const QUrl &url);

    void setOpener(Opener opener);
    /// Opens @p url when allowed; returns whether it was handed to the opener.
    bool open(const QUrl &url);

signals:
    void linkOpened(const QUrl &url);
    void linkRefused(const QUrl &url);
    /// An allowed link the opener could not open (no browser, for one).
    void linkFailed(const QUrl &url);

private:
    Opener m_opener;
};
