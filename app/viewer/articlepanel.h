#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTextEdit>
#include <QUrl>
#include <QWidget>

class LinkPolicy;
class QAction;
class QTextBrowser;
class QTimer;
class QToolButton;
class ViewerSession;

/**
 * @brief "Article": the whole cited article, readable, with its footnotes
 * and reference list. Sentences that events quote are links: clicking one
 * moves the timeline to its date and highlights its districts. The current
 * date's sentences are highlighted and scrolled into view.
 *
 * A footnote marker scrolls its reference into view and highlights it; Back
 * (the panel's tool bar, or Alt+Left) returns to where the reader was and
 * marks the footnote followed. A reference that is empty in the article's
 * copy says where to read it: the article on Chinese Wikipedia.
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
    /// Back to where the reader was before the last footnote followed (Alt+Left).
    void goBack();
    QAction *backAction() const { return m_backAction; }
    /// The reference the last followed footnote leads to, highlighted; -1 when none is.
    int followedReference() const;
    /// Document positions (first, last) of reference @p reference in the list; (-1, -1) when absent.
    QPair<int, int> referenceRange(int reference) const;
    /**
     * Selects @p length characters from @p offset of paragraph @p number and
     * scrolls them into view; the panel's own scroll to the day's sentences,
     * still to come when it has just come on screen, goes to them instead.
     * False when the paragraph or the text is not there.
     */
    bool showParagraph(int number, int offset, int length);

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

    /// Where Back returns to.
    struct BackStop
    {
        int scroll = 0;         ///< the view's scroll position
        QPair<int, int> marker; ///< document positions of the footnote marker followed, or (-1, -1)
    };

    void rebuild();
    void build();
    void followFootnote(int reference, int marker);
    /// The day's sentences, then the followed reference or the marker returned to.
    void applySelections();
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
    QToolButton *m_backButton = nullptr; ///< over the text: a tool bar would ask the icon theme for its extension arrow
    QAction *m_backAction = nullptr;
    QList<Segment> m_segments;
    QHash<int, QPair<int, int>> m_markers;    ///< footnote marker serial → its document positions
    QHash<int, QPair<int, int>> m_references; ///< reference number → its document positions in the list
    QList<BackStop> m_back;
    QList<QTextEdit::ExtraSelection> m_daySelections;
    int m_followedReference = -1;
    QPair<int, int> m_returnedMarker{-1, -1};
    QList<int> m_highlightedEvents;
    bool m_highlightEarlier = false;
    bool m_scrollPending = false; ///< the highlight moved while the panel was hidden
    int m_pendingPosition = -1;   ///< where the pending scroll goes instead of the day's sentences (showParagraph())
    bool m_stale = true;          ///< the document does not match the campaign and language yet
};
