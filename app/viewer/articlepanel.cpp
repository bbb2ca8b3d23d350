#include "articlepanel.h"

#include "linkpolicy.h"
#include "searchpanel.h"
#include "symbolicon.h"
#include "textformat.h"
#include "viewersession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace {
const QString kSentenceScheme = QStringLiteral("atlas");
const QString kSentencePath = QStringLiteral("sentence/");
const QString kFootnotePath = QStringLiteral("footnote/");
const QString kReferenceAnchor = QStringLiteral("ref-");
// A followed footnote's reference: the day's yellow would say "today".
const QColor kReferenceHighlight(0xCF, 0xE3, 0xFF);

// Text under a highlight stays dark whatever the background's colour.
const QColor kHighlightedText(0x20, 0x20, 0x20);

/// A highlight of the characters from @p start to @p end of @p document.
QTextEdit::ExtraSelection highlight(QTextDocument *document, int start, int end, const QColor &background)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(start);
    selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
    selection.format.setBackground(background);
    selection.format.setForeground(kHighlightedText);
    return selection;
}

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
    , m_backButton(new QToolButton(this))
    , m_backAction(new QAction(this))
{
    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(40);
    connect(m_scrollTimer, &QTimer::timeout, this, &ArticlePanel::scrollToPendingHighlight);
    setObjectName(QStringLiteral("articlePanel"));
    m_browser->setObjectName(QStringLiteral("articleBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_backButton->setObjectName(QStringLiteral("articleBackButton"));
    m_backButton->setIconSize(QSize(16, 16));
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setAutoRaise(true);
    m_backAction->setObjectName(QStringLiteral("actionArticleBack"));
    m_backAction->setIcon(SymbolIconEngine::icon(SymbolIconEngine::Symbol::Back));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    // The panel's own: Alt+Left goes back in the article wherever its focus is inside it.
    m_backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_backAction->setEnabled(false);
    addAction(m_backAction);
    m_backButton->setDefaultAction(m_backAction);
    connect(m_backAction, &QAction::triggered, this, &ArticlePanel::goBack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_backButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_browser);
    m_browser->viewport()->installEventFilter(this);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &ArticlePanel::activateLink);
    connect(m_session, &ViewerSession::campaignChanged, this, &ArticlePanel::rebuild);
    connect(m_session, &ViewerSession::currentDateChanged, this, &ArticlePanel::updateHighlight);
    connect(m_session, &ViewerSession::hiddenKindsChanged, this, &ArticlePanel::updateHighlight);
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
    m_backAction->setText(tr("Back to the text"));
    m_backAction->setToolTip(tr("Back to the sentence of the footnote you followed (Alt+Left)"));
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
    m_pendingPosition = -1; // a position in the document built before
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

bool ArticlePanel::showParagraph(int number, int offset, int length)
{
    ensureContent();
    const auto campaign = m_session->campaign();
    const Paragraph *paragraph = campaign ? campaign->article.paragraph(number) : nullptr;
    if (!paragraph || !SearchPanel::revealInArticle(m_browser, *paragraph, offset, length))
        return false;
    // Just on screen, the viewport has not its final size yet: the scroll
    // that waits for it goes to the selection, not to the day's sentences.
    m_pendingPosition = m_browser->textCursor().selectionStart();
    m_scrollPending = true;
    m_scrollTimer->start();
    return true;
}

void ArticlePanel::scrollToPendingHighlight()
{
    const int position = m_pendingPosition >= 0 ? m_pendingPosition : firstHighlightPosition();
    // Not laid out yet: wait for the viewport's real size (the Resize event restarts the timer).
    const QSize viewport = m_browser->viewport()->size();
    if (!isVisible() || position < 0 || viewport.width() < 150 || viewport.height() < 80)
        return;
    m_scrollPending = false;
    m_pendingPosition = -1;
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
    if (url.scheme() == kSentenceScheme && url.path().startsWith(kFootnotePath)) {
        const QStringList parts = url.path().mid(kFootnotePath.size()).split(QLatin1Char('/'));
        followFootnote(parts.value(0).toInt(), parts.value(1, QStringLiteral("-1")).toInt());
        return;
    }
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
        if (url.fragment().startsWith(kReferenceAnchor))
            followFootnote(url.fragment().mid(kReferenceAnchor.size()).toInt(), -1);
        else
            m_browser->scrollToAnchor(url.fragment());
        return;
    }
    m_links->open(url);
}

void ArticlePanel::followFootnote(int reference, int marker)
{
    const auto found = m_references.constFind(reference);
    if (found == m_references.cend())
        return;
    // Where the reader was, to come back to: the view as it was and the marker clicked.
    m_back.append(BackStop{m_browser->verticalScrollBar()->value(), m_markers.value(marker, {-1, -1})});
    m_backAction->setEnabled(true);
    m_followedReference = reference;
    m_returnedMarker = {-1, -1};
    applySelections();
    // The reference a third of the way down, with the ones around it in view.
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(found->first);
    const QRect r = m_browser->cursorRect(cursor);
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - m_browser->viewport()->height() / 3);
}

void ArticlePanel::goBack()
{
    if (m_back.isEmpty())
        return;
    const BackStop stop = m_back.takeLast();
    m_backAction->setEnabled(!m_back.isEmpty());
    m_followedReference = -1;
    m_returnedMarker = stop.marker;
    applySelections();
    m_browser->verticalScrollBar()->setValue(stop.scroll);
}

int ArticlePanel::followedReference() const
{
    return m_followedReference;
}

QPair<int, int> ArticlePanel::referenceRange(int reference) const
{
    return m_references.value(reference, {-1, -1});
}

void ArticlePanel::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections = m_daySelections;
    const auto mark = [this, &selections](QPair<int, int> range, const QColor &colour) {
        if (range.first < 0 || range.second <= range.first)
            return;
        selections.append(highlight(m_browser->document(), range.first, range.second, colour));
    };
    mark(m_references.value(m_followedReference, {-1, -1}), kReferenceHighlight);
    mark(m_returnedMarker, kReferenceHighlight);
    m_browser->setExtraSelections(selections);
}

void ArticlePanel::build()
{
    m_segments.clear();
    m_highlightedEvents.clear();
    m_markers.clear();
    m_references.clear();
    m_back.clear();
    m_backAction->setEnabled(false);
    m_followedReference = -1;
    m_returnedMarker = {-1, -1};
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
                .arg(tr("From Chinese Wikipedia, %1. Tinted sentences are dated events: click one to move the "
                        "timeline there. A footnote leads to its reference; Back (Alt+Left) returns.")
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

    int markerCount = 0; // each marker's link is its own: Back returns to the one followed
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
        const auto markersAt = [&p, &markerCount](int offset) {
            QString out;
            for (const FootnoteMarker &m : p.markers) {
                if (m.offset == offset)
                    out += QStringLiteral("<sup><a href='atlas:%1%2/%3'>[%2]</a></sup>")
                               .arg(kFootnotePath)
                               .arg(m.ref)
                               .arg(markerCount++);
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
            body = TextFormat::emptyReferenceHtml(campaign->articleSource);
        } else {
            body = r.text.toHtmlEscaped();
            if (!r.url.isEmpty())
                body += QStringLiteral("<br><a href='%1'>%1</a>").arg(r.url.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td valign='top'><a name='%1%2'></a>%2.</td><td>%3</td></tr>")
                    .arg(kReferenceAnchor)
                    .arg(r.number)
                    .arg(body);
    }
    // The attribution after the list is marked: the last reference's text ends where it starts.
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:gray'><a name='%1end'></a>%2</p>")
                .arg(kReferenceAnchor, campaign->articleSource.attribution.toHtmlEscaped());
    m_browser->setHtml(html);

    // Find where each sentence link, footnote marker and reference ended up in the document.
    const QTextDocument *document = m_browser->document();
    const QString footnotePrefix = kSentenceScheme + QLatin1Char(':') + kFootnotePath;
    QList<QPair<int, int>> referenceStarts; // (position, number) in document order
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor())
                continue;
            for (const QString &name : format.anchorNames()) {
                if (name.startsWith(kReferenceAnchor))
                    referenceStarts.append({fragment.position(), name.mid(kReferenceAnchor.size()).toInt()});
            }
            const QString href = format.anchorHref();
            if (href.startsWith(footnotePrefix)) {
                const int marker = href.section(QLatin1Char('/'), -1).toInt();
                m_markers.insert(marker, {fragment.position(), fragment.position() + fragment.length()});
                continue;
            }
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
    // A reference runs from its number to the next one's (the end mark after the last).
    for (int k = 0; k + 1 < referenceStarts.size(); ++k)
        m_references.insert(referenceStarts.at(k).second,
                            {referenceStarts.at(k).first, referenceStarts.at(k + 1).first - 1});
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

    QList<QTextEdit::ExtraSelection> &selections = m_daySelections;
    selections.clear();
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
        selections.append(highlight(m_browser->document(), s.start, s.end, background));
        if (first < 0 || s.start < first)
            first = s.start;
    }
    applySelections();
    if (changed && first >= 0) {
        m_pendingPosition = -1; // another day: its sentences matter now
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
