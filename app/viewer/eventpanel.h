#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QWidget>

class LinkPolicy;
class QTextBlock;
class QTextCursor;
class QTextBrowser;
class QTimer;
class ViewerSession;

/**
 * @brief "On this date": the events of the current day, or the latest earlier
 * ones (marked as such), each with the article's sentence verbatim and its
 * footnotes as clickable superscripts, the English summary and the references.
 *
 * In the English interface each event leads with its English summary and
 * keeps the article's sentence after it; in the Chinese interface the
 * sentence leads and the English summary follows.
 *
 * After them, set apart, the claims the package's reports make about the
 * day: who said it, where, a link and the paraphrase (hidden, and counted,
 * when the viewer shows the article alone). They are folded behind a "Show
 * the N report claims" link until the reader unfolds them (the choice holds
 * from day to day): a day has up to ~50 of them.
 *
 * Footnote superscripts scroll to their reference; reference and report links
 * go through the LinkPolicy (http/https only); district names select the district.
 *
 * A date that moves faster than anyone reads (a key held down, the timeline
 * dragged, playback at speed) rebuilds the document at most every
 * kFollowIntervalMs: the map follows every step, and the panel shows the
 * last date once the dates stop. A single step rebuilds it at once.
 */
class EventPanel : public QWidget
{
    Q_OBJECT

public:
    /// Dates less than this apart are a scrub: the document follows them this often.
    static constexpr int kFollowIntervalMs = 100;

    EventPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    QTextBrowser *browser() const { return m_browser; }
    /// Acts on a link of the panel as a click would.
    void activateLink(const QUrl &url);
    /**
     * Builds the document for the current date, campaign and language if it
     * is out of date. The panel does this itself while it is visible (within
     * kFollowIntervalMs of a date in a scrub), and when it is shown again;
     * while it is hidden (its dock closed) a change only marks the document
     * out of date.
     */
    void ensureContent();
    /// True when the document matches the current date, campaign and language.
    bool hasContent() const { return !m_stale; }
    /// Unfolds (or folds) the reports' claims, as their Show/Hide link does.
    void setReportsShown(bool shown);
    bool reportsShown() const { return m_reportsShown; }
    /**
     * The event (an index into Campaign::events) whose passage holds @p cursor,
     * or its whole selection; -1 when that is the heading, the reports' claims
     * or a selection across events.
     */
    int eventAt(const QTextCursor &cursor) const;
    /// eventAt() the browser's text cursor: the event the reader clicked in or selected.
    int currentEvent() const;

signals:
    void districtRequested(const QString &districtId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The panel's accessible names, in the interface's language.
    void retranslate();
    void refresh();
    /// A new current date: the document now, or (in a scrub) when the follow timer fires.
    void followDate();
    void build();
    /// Replaces the words of @p block, keeping their format.
    static void replaceBlockText(const QTextBlock &block, const QString &text);
    /// (report, claim) of the reports' claims about @p date, in the order the reports were published.
    QList<QPair<int, int>> claimsAbout(QDate date) const;
    /// The reports' @p claims about the day, after the article's events.
    QString reportsHtml(const QList<QPair<int, int>> &claims) const;

    ViewerSession *m_session = nullptr;
    LinkPolicy *m_links = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer *m_follow = nullptr;     ///< single shot: the document catches up with a scrub
    QElapsedTimer m_lastDateChange; ///< since the date last changed: less than kFollowIntervalMs is a scrub
    QString m_document;             ///< the document below its heading, as HTML: set again only when it changes
    QString m_language = QStringLiteral("en");
    bool m_stale = true;         ///< the document does not match the date, campaign and language yet
    bool m_reportsShown = false; ///< the reports' claims are unfolded
};
