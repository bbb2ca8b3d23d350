#include "articlepanel.h"

#include "linkpolicy.h"
#include "viewersession.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace {
const QString kSentenceScheme = QStringLiteral("atlas");
const QString kSentencePath = QStringLiteral("sentence/");

struct Item
{
    int line = 0;
    int order = 0; ///< heading before image before paragraph on one line
    int kind = 0;  ///< 0 heading, 1 image, 2 paragraph
    int index = 0;
};
} // namespace

ArticlePanel::ArticlePanel(ViewerSession *session, LinkPolicy *links, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(links)
    , m_browser(new QTextBrowser(this))
    , m_scrollTimer(new QTimer(this))
{
    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(40);
    connect(m_scrollTimer, &QTimer::timeout, this, &ArticlePanel::scrollToPendingHighlight);
    setObjectName(QStringLiteral("articlePanel"));
    m_browser->setObjectName(QStringLiteral("articleBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->viewport()->installEventFilter(this);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &ArticlePanel::activateLink);
    connect(m_session, &ViewerSession::campaignChanged, this, &ArticlePanel::rebuild);
    connect(m_session, &ViewerSession::currentDateChanged, this, &ArticlePanel::updateHighlight);
    rebuild();
}

void ArticlePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::PaletteChange)
        updateHighlight();
    QWidget::changeEvent(event);
}

void ArticlePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (isOnScreen())
        ensureContent();
    if (m_scrollPending)
        m_scrollTimer->start();
}

bool ArticlePanel::isOnScreen() const
{
    // A dock behind another dock's tab stays "visible" for Qt, moved outside
    // the window: what matters is whether any of it can be seen.
    return isVisible() && !visibleRegion().isEmpty();
}

void ArticlePanel::setOnScreen(bool onScreen)
{
    if (onScreen)
        ensureContent();
}

void ArticlePanel::rebuild()
{
    setAccessibleName(tr("Article"));
    m_browser->setAccessibleName(tr("Article text"));
    m_browser->setAccessibleDescription(tr("The cited Wikipedia article. Dated sentences are links that move "
                                           "the timeline; the current date's sentences are highlighted."));
    m_stale = true;
    // The whole article as rich text costs ~15 M instructions to build and far
    // more to lay out (again on every resize, the first ones while its dock
    // tab is still hidden): build it only when it can be seen.
    if (isOnScreen())
        ensureContent();
}

void ArticlePanel::ensureContent()
{
    if (!m_stale)
        return;
    m_stale = false;
    build();
    // Scroll to the day's sentences once the viewport has its final size.
    if (firstHighlightPosition() >= 0) {
        m_scrollPending = true;
        m_scrollTimer->start();
    }
}

QList<int> ArticlePanel::highlightedEvents()
{
    ensureContent();
    return m_highlightedEvents;
}

bool ArticlePanel::eventFilter(QObject *watched, QEvent *event)
{
    // A panel shown for the first time (a dock tab) gets its real size a little
    // after showEvent: scroll once the resizing has settled.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize && m_scrollPending)
        m_scrollTimer->start();
    return QWidget::eventFilter(watched, event);
}

void ArticlePanel::scrollToPendingHighlight()
{
    const int position = firstHighlightPosition();
    // Not laid out yet: wait for the viewport's real size (the Resize event restarts the timer).
    const QSize viewport = m_browser->viewport()->size();
    if (!isVisible() || position < 0 || viewport.width() < 150 || viewport.height() < 80)
        return;
    m_scrollPending = false;
    scrollToPosition(position);
}

int ArticlePanel::firstHighlightPosition() const
{
    int first = -1;
    for (const Segment &s : m_segments) {
        if (s.start < 0)
            continue;
        for (int e : s.events) {
            if (m_highlightedEvents.contains(e) && (first < 0 || s.start < first))
                first = s.start;
        }
    }
    return first;
}

void ArticlePanel::activateLink(const QUrl &url)
{
    ensureContent();
    if (url.scheme() == kSentenceScheme) {
        const QString path = url.path();
        if (!path.startsWith(kSentencePath))
            return;
        const int k = path.mid(kSentencePath.size()).toInt();
        const auto campaign = m_session->campaign();
        if (!campaign || k < 0 || k >= m_segments.size() || m_segments.at(k).events.isEmpty())
            return;
        QStringList districts;
        QDate date;
        for (int e : m_segments.at(k).events) {
            const CampaignEvent &event = campaign->events.at(e);
            if (!date.isValid() || event.date < date)
                date = event.date;
            for (const QString &d : event.districts) {
                if (!districts.contains(d))
                    districts.append(d);
            }
        }
        m_session->setCurrentDate(date);
        m_session->setHighlightedDistricts(districts);
        return;
    }
    if (url.scheme().isEmpty() && url.hasFragment() && url.path().isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    m_links->open(url);
}

void ArticlePanel::build()
{
    m_segments.clear();
    m_highlightedEvents.clear();
    const auto campaign = m_session->campaign();
    if (!campaign) {
        m_browser->setHtml(
            QStringLiteral("<p style='color:gray'>%1</p>").arg(tr("No campaign loaded.").toHtmlEscaped()));
        return;
    }
    const Article &article = campaign->article;
    if (article.paragraphs.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("This campaign has no article text.").toHtmlEscaped()));
        return;
    }

    // Which events quote which paragraph.
    QHash<int, QList<int>> eventsByParagraph;
    for (int i = 0; i < campaign->events.size(); ++i) {
        const Citation &c = campaign->events.at(i).citation;
        if (c.offset >= 0)
            eventsByParagraph[c.paragraph].append(i);
    }

    QString html;
    html += QStringLiteral("<h1 lang='zh-Hant'>%1</h1>").arg(campaign->articleSource.title.toHtmlEscaped());
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("From Chinese Wikipedia, %1. Underlined sentences are dated events: click one to move "
                        "the timeline there.")
                         .arg(campaign->articleSource.license)
                         .toHtmlEscaped());

    QList<Item> items;
    for (int i = 0; i < article.sections.size(); ++i)
        items.append(Item{article.sections.at(i).line, 0, 0, i});
    for (int i = 0; i < article.images.size(); ++i)
        items.append(Item{article.images.at(i).line, 1, 1, i});
    for (int i = 0; i < article.paragraphs.size(); ++i)
        items.append(Item{article.paragraphs.at(i).line, 2, 2, i});
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.line != b.line ? a.line < b.line : a.order < b.order;
    });

    for (const Item &item : items) {
        if (item.kind == 0) {
            html += QStringLiteral("<h2 lang='zh-Hant'>%1</h2>")
                        .arg(article.sections.at(item.index).heading.toHtmlEscaped());
            continue;
        }
        if (item.kind == 1) {
            const ArticleImage &image = article.images.at(item.index);
            html += QStringLiteral("<p style='color:gray'>%1 <a href='%2'>%3</a></p>")
                        .arg(tr("Figure (not included):").toHtmlEscaped(), image.url.toHtmlEscaped(),
                             image.file.toHtmlEscaped());
            continue;
        }
        const Paragraph &p = article.paragraphs.at(item.index);
        const QList<int> events = eventsByParagraph.value(p.number);
        // Cut the paragraph at every quote boundary and footnote marker.
        std::set<int> cuts{0, int(p.text.size())};
        for (int e : events) {
            const Citation &c = campaign->events.at(e).citation;
            cuts.insert(qBound(0, c.offset, int(p.text.size())));
            cuts.insert(qBound(0, c.offset + int(c.quote.size()), int(p.text.size())));
        }
        for (const FootnoteMarker &m : p.markers)
            cuts.insert(qBound(0, m.offset, int(p.text.size())));

        QString body;
        QList<int> previousSet;
        int previousSegment = -1;
        const auto markersAt = [&p](int offset) {
            QString out;
            for (const FootnoteMarker &m : p.markers) {
                if (m.offset == offset)
                    out += QStringLiteral("<sup><a href='#ref-%1'>[%1]</a></sup>").arg(m.ref);
            }
            return out;
        };
        const std::vector<int> bounds(cuts.begin(), cuts.end());
        for (size_t b = 0; b + 1 < bounds.size(); ++b) {
            const int from = bounds[b];
            const int to = bounds[b + 1];
            body += markersAt(from);
            QList<int> covering;
            for (int e : events) {
                const Citation &c = campaign->events.at(e).citation;
                if (c.offset <= from && c.offset + c.quote.size() >= to)
                    covering.append(e);
            }
            const QString text = p.text.mid(from, to - from).toHtmlEscaped();
            if (covering.isEmpty()) {
                body += text;
                previousSet.clear();
                continue;
            }
            if (covering != previousSet) {
                m_segments.append(Segment{covering, -1, -1});
                previousSegment = int(m_segments.size()) - 1;
                previousSet = covering;
            }
            // Quiet: a faint tint marks a dated sentence; a wall of blue underlined
            // links would drown the text. The day's sentences are highlighted over it.
            body += QStringLiteral("<a href='atlas:%1%2' style='color:#1b2f4a; text-decoration:none; "
                                   "background-color:#eef2f8'>%3</a>")
                        .arg(kSentencePath)
                        .arg(previousSegment)
                        .arg(text);
        }
        body += markersAt(int(p.text.size()));
        html += QStringLiteral("<p lang='zh-Hant' style='line-height:140%'>%1</p>").arg(body);
    }

    html += QStringLiteral("<h2>%1</h2><table cellspacing='2'>").arg(tr("References").toHtmlEscaped());
    for (const Reference &r : article.references) {
        QString body;
        if (r.isEmpty()) {
            body = QStringLiteral("<i style='color:gray'>%1</i>")
                       .arg(tr("No text for this reference in the article's copy.").toHtmlEscaped());
        } else {
            body = r.text.toHtmlEscaped();
            if (!r.url.isEmpty())
                body += QStringLiteral("<br><a href='%1'>%1</a>").arg(r.url.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td valign='top'><a name='ref-%1'></a>%1.</td><td>%2</td></tr>")
                    .arg(r.number)
                    .arg(body);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:gray'>%1</p>").arg(campaign->articleSource.attribution.toHtmlEscaped());
    m_browser->setHtml(html);

    // Find where each sentence link ended up in the document.
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            const QString href = format.anchorHref();
            const QString prefix = kSentenceScheme + QLatin1Char(':') + kSentencePath;
            if (!href.startsWith(prefix))
                continue;
            const int k = href.mid(prefix.size()).toInt();
            if (k < 0 || k >= m_segments.size())
                continue;
            Segment &s = m_segments[k];
            const int start = fragment.position();
            const int end = fragment.position() + fragment.length();
            s.start = s.start < 0 ? start : qMin(s.start, start);
            s.end = qMax(s.end, end);
        }
    }
    updateHighlight();
}

void ArticlePanel::updateHighlight()
{
    if (m_stale)
        return; // ensureContent() highlights the day when it builds the document
    bool earlier = false;
    const QList<int> events = m_session->eventsForDay(m_session->currentDate(), &earlier);
    const bool changed = events != m_highlightedEvents || earlier != m_highlightEarlier;
    m_highlightedEvents = events;
    m_highlightEarlier = earlier;

    QList<QTextEdit::ExtraSelection> selections;
    QColor background = earlier ? QColor(0xFF, 0xF3, 0xCD) : QColor(0xFF, 0xE0, 0x66);
    int first = -1;
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.start < 0)
            continue;
        bool hit = false;
        for (int e : s.events)
            hit = hit || events.contains(e);
        if (!hit)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_browser->document());
        selection.cursor.setPosition(s.start);
        selection.cursor.setPosition(s.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selection.format.setForeground(QColor(0x20, 0x20, 0x20));
        selections.append(selection);
        if (first < 0 || s.start < first)
            first = s.start;
    }
    m_browser->setExtraSelections(selections);
    if (changed && first >= 0) {
        if (isVisible())
            scrollToPosition(first);
        else
            m_scrollPending = true;
    }
}

void ArticlePanel::scrollToPosition(int position)
{
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(position);
    const QRect r = m_browser->cursorRect(cursor);
    const int viewportHeight = m_browser->viewport()->height();
    if (r.top() >= 0 && r.bottom() <= viewportHeight - 20)
        return;
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - viewportHeight / 4);
}

QString ArticlePanel::sentenceHref(const QString &eventId)
{
    ensureContent();
    const auto campaign = m_session->campaign();
    const int e = campaign ? campaign->eventIndex(eventId) : -1;
    for (int k = 0; k < m_segments.size(); ++k) {
        if (m_segments.at(k).events.contains(e))
            return kSentenceScheme + QLatin1Char(':') + kSentencePath + QString::number(k);
    }
    return {};
}

QRect ArticlePanel::sentenceRect(const QString &eventId)
{
    ensureContent();
    const auto campaign = m_session->campaign();
    if (!campaign)
        return {};
    const int e = campaign->eventIndex(eventId);
    for (const Segment &s : m_segments) {
        if (s.start < 0 || !s.events.contains(e))
            continue;
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(s.start + 1);
        const QRect a = m_browser->cursorRect(cursor);
        cursor.setPosition(qMin(s.end - 1, s.start + 3));
        const QRect b = m_browser->cursorRect(cursor);
        return a.united(b);
    }
    return {};
}
