#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QUrl>
#include <QWidget>

class LinkPolicy;
class QTextBrowser;
class QTimer;
class ViewerSession;

/**
 * @brief "Article": the whole cited article, readable, with its footnotes
 * and reference list. Sentences that events quote are links: clicking one
 * moves the timeline to its date and highlights its districts. The current
 * date's sentences are highlighted and scrolled into view.
 */
class ArticlePanel : public QWidget
{
    Q_OBJECT

public:
    ArticlePanel(ViewerSession *session, LinkPolicy *links, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// Viewport rectangle of the (first part of the) sentence that event @p eventId quotes.
    QRect sentenceRect(const QString &eventId) const;
    /// The link of the (first part of the) sentence that event @p eventId quotes, or empty.
    QString sentenceHref(const QString &eventId) const;
    /// Events whose sentences are highlighted now.
    QList<int> highlightedEvents() const { return m_highlightedEvents; }
    void activateLink(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Segment
    {
        QList<int> events; ///< indices into Campaign::events quoting this text
        int start = -1;    ///< document positions, filled after layout
        int end = -1;
    };

    void rebuild();
    void updateHighlight();
    void scrollToPosition(int position);
    void scrollToPendingHighlight();
    /// Document position of the first highlighted sentence, or -1.
    int firstHighlightPosition() const;

    ViewerSession *m_session = nullptr;
    LinkPolicy *m_links = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_scrollTimer = nullptr;
    QList<Segment> m_segments;
    QList<int> m_highlightedEvents;
    bool m_highlightEarlier = false;
    bool m_scrollPending = false; ///< the highlight moved while the panel was hidden
};
