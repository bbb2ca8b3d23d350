#include "linkpolicy.h"

#include <QDesktopServices>

LinkPolicy::LinkPolicy(QObject *parent)
    : QObject(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

bool LinkPolicy::isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

void LinkPolicy::setOpener(Opener opener)
{
    if (opener)
        m_opener = std::move(opener);
}

bool LinkPolicy::open(const QUrl &url)
{
    if (!isAllowed(url)) {
        emit linkRefused(url);
        return false;
    }
    const bool opened = m_opener(url);
    if (opened)
        emit linkOpened(url);
    else
        emit linkFailed(url);
    return opened;
}
