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

    /// The text view. Its document is filled when the panel is first on screen (see ensureContent()).
    QTextBrowser *browser() const { return m_browser; }
    /// Viewport rectangle of the (first part of the) sentence that event @p eventId quotes.
    QRect sentenceRect(const QString &eventId);
    /// The link of the (first part of the) sentence that event @p eventId quotes, or empty.
    QString sentenceHref(const QString &eventId);
    /// Events whose sentences are highlighted now.
    QList<int> highlightedEvents();
    void activateLink(const QUrl &url);
    /**
     * Builds the document for the current campaign, language and date if it
     * is not up to date. The panel does this itself when it comes on screen
     * (shown, or its dock tab raised: see setOnScreen()); until then a change
     * of campaign or language only marks the document out of date.
     */
    void ensureContent();
    /// True when the document matches the current campaign and language.
    bool hasContent() const { return !m_stale; }
    /// Told by the window when the panel's dock comes on screen or leaves it (a tab raised or lowered).
    void setOnScreen(bool onScreen);

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
    void build();
    bool isOnScreen() const;
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
    bool m_stale = true;          ///< the document does not match the campaign and language yet
};
