#include "eventpanel.h"

#include "eventfilterproxymodel.h"
#include "eventkindstyle.h"
#include "linkpolicy.h"
#include "textformat.h"
#include "viewersession.h"
#include "wording.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The reports' colour in the panel: a blue none of the event kinds or sides uses.
const QString kReportColor = QStringLiteral("#3B6E9E");
// The second language of a passage: readable, one step behind the first.
const QString kOtherLanguageColor = QStringLiteral("#4A4A4A");
// The anchor that starts an event's passage ("event-" and its index), and the one that starts the reports'.
const QString kEventAnchor = QStringLiteral("event-");
const QString kReportsAnchor = QStringLiteral("reports");
} // namespace

EventPanel::EventPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(links)
    , m_browser(new QTextBrowser(this))
    , m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("eventPanel"));
    m_browser->setObjectName(QStringLiteral("eventBrowser"));
    // The text keeps its width from day to day: a scroll bar that came and
    // went with the day's length would rewrap it (and lay it out twice when a
    // long day first overflows).
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // A new day's text changes the scroll bar's range, and so repaints it.
    // The style fills the whole bar: marked opaque, it spares its parents
    // (up to the main window) repainting their backgrounds under it.
    m_browser->verticalScrollBar()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    m_follow->setSingleShot(true);
    // A coarse timer may fire up to 5% early, before the step that started it
    // is kFollowIntervalMs old, when the next step would still count as a scrub.
    m_follow->setTimerType(Qt::PreciseTimer);
    m_follow->setInterval(kFollowIntervalMs);
    connect(m_follow, &QTimer::timeout, this, &EventPanel::ensureContent);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &EventPanel::activateLink);
    connect(m_session, &ViewerSession::currentDateChanged, this, &EventPanel::followDate);
    connect(m_session, &ViewerSession::campaignChanged, this, &EventPanel::refresh);
    connect(m_session, &ViewerSession::sourcesChanged, this, &EventPanel::refresh);
    connect(m_session, &ViewerSession::hiddenKindsChanged, this, &EventPanel::refresh);
    retranslate();
    refresh();
}

void EventPanel::retranslate()
{
    setAccessibleName(tr("On this date"));
    m_browser->setAccessibleName(tr("Events on the current date"));
}

void EventPanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void EventPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void EventPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureContent();
}

void EventPanel::ensureContent()
{
    m_follow->stop();
    if (!m_stale)
        return;
    m_stale = false;
    build();
}

void EventPanel::activateLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("atlas")) {
        const QString path = url.path();
        if (path.startsWith(QLatin1String("district/"))) {
            emit districtRequested(path.mid(9));
        } else if (path == QLatin1String("kinds/showall")) {
            m_session->eventFilter()->setHiddenKinds({});
        } else if (path == QLatin1String("reports/show") || path == QLatin1String("reports/hide")) {
            setReportsShown(path == QLatin1String("reports/show"));
            m_browser->scrollToAnchor(QStringLiteral("reports"));
        }
        return;
    }
    if (url.scheme().isEmpty() && url.hasFragment() && url.path().isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    m_links->open(url);
}

void EventPanel::setReportsShown(bool shown)
{
    if (shown == m_reportsShown)
        return;
    m_reportsShown = shown;
    refresh();
}

void EventPanel::followDate()
{
    // Rebuilding the document (HTML, then Qt's parse and layout) was a sixth
    // of a day step of a 1,000-district campaign whose every day has events:
    // in a scrub the map keeps every step and the text follows ten times a
    // second, which no one reads faster than.
    const bool scrub = m_lastDateChange.isValid() && m_lastDateChange.elapsed() < kFollowIntervalMs;
    if (!scrub && !m_follow->isActive()) {
        refresh();
    } else {
        m_stale = true;
        if (isVisible() && !m_follow->isActive())
            m_follow->start();
    }
    // Timed from the end of this step: on a machine where a rebuild takes
    // longer than the interval, the next step of a scrub is still one.
    m_lastDateChange.start();
}

void EventPanel::refresh()
{
    m_stale = true;
    if (isVisible())
        ensureContent();
}

void EventPanel::build()
{
    const auto campaign = m_session->campaign();
    const QDate date = m_session->currentDate();
    if (!campaign || !date.isValid()) {
        m_document.clear();
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("No campaign loaded. Use File › Open campaign… to open one.").toHtmlEscaped()));
        return;
    }
    const QString lang = Wording::contentLanguage(m_language);
    bool earlier = false;
    const QList<int> rows = m_session->eventsForDay(date, &earlier);
    const int hidden = int(m_session->hiddenEventsForDay(date).size());

    const QString heading = QLocale().toString(date, QLocale::LongFormat);
    QString status;
    QString statusStyle = QStringLiteral("color:gray");
    if (rows.isEmpty()) {
        status = hidden > 0 ? tr("No event of the kinds shown is dated on or before this day.")
                            : tr("Nothing in the article is dated on or before this day yet.");
    } else if (earlier && hidden > 0) {
        const CampaignEvent &first = campaign->events.at(rows.first());
        const QDate shown = first.isRange() ? first.endDate : first.date;
        status = tr("No event of the kinds shown is dated %1. Showing the latest earlier one(s), from %2.")
                     .arg(date.toString(Qt::ISODate), shown.toString(Qt::ISODate));
        statusStyle = QStringLiteral("background:#fff3cd; color:#5c4400; padding:4px");
    } else if (earlier) {
        const CampaignEvent &first = campaign->events.at(rows.first());
        const QDate shown = first.isRange() ? first.endDate : first.date;
        status = tr("No event is dated %1. Showing the latest earlier one(s), from %2.")
                     .arg(date.toString(Qt::ISODate), shown.toString(Qt::ISODate));
        statusStyle = QStringLiteral("background:#fff3cd; color:#5c4400; padding:4px");
    } else {
        status = rows.size() == 1 ? tr("One event on this day.") : tr("%1 events on this day.").arg(rows.size());
    }

    QString html;
    // Said at the top, with the way back: a reader is never misled into
    // thinking the day had nothing of a hidden kind.
    if (hidden > 0)
        html += QStringLiteral("<p style='background:#eef2f7; padding:4px'>%1 <a href='atlas:kinds/showall'>%2</a></p>")
                    .arg((hidden == 1 ? tr("1 event of this day is hidden by the kind filter.")
                                      : tr("%1 events of this day are hidden by the kind filter.").arg(hidden))
                             .toHtmlEscaped(),
                         tr("Show all kinds").toHtmlEscaped());
    const QList<QPair<int, int>> claims = claimsAbout(date);
    if (!claims.isEmpty() && !m_session->isArticleOnly())
        html += QStringLiteral("<p><a href='%1'>%2</a></p>")
                    .arg(m_reportsShown ? QStringLiteral("#reports") : QStringLiteral("atlas:reports/show"))
                    .arg((claims.size() == 1
                              ? tr("1 report claim about this day, after the article ↓")
                              : tr("%1 report claims about this day, after the article ↓").arg(claims.size()))
                             .toHtmlEscaped());

    const QFontMetrics metrics(m_browser->document()->defaultFont()); // the references' hanging numbers
    for (int row : rows) {
        const CampaignEvent &e = campaign->events.at(row);
        const QString prefix = QStringLiteral("#e%1-r").arg(row);
        QString when = e.date.toString(Qt::ISODate);
        if (e.isRange())
            when = tr("%1 to %2").arg(when, e.endDate.toString(Qt::ISODate));
        html += QStringLiteral("<hr><h3><a name='%1%2'></a><span style='color:%3'>&#9632;</span> %4 · %5</h3>")
                    .arg(kEventAnchor)
                    .arg(row)
                    .arg(EventKindStyle::color(e.kind).name(), when.toHtmlEscaped(),
                         EventKindStyle::displayName(e.kind).toHtmlEscaped());
        if (e.dateFromContext)
            html += QStringLiteral("<p style='color:gray'><i>%1</i></p>")
                        .arg(tr("The sentence itself carries no date; the date comes from its context.")
                                 .toHtmlEscaped());
        // The reader's language first; the other one right after it, quieter.
        const QString quote = QStringLiteral("%1 <span style='color:gray'>%2</span>")
                                  .arg(TextFormat::quoteHtml(campaign->article, e.citation, prefix),
                                       tr("(article, paragraph %1)").arg(e.citation.paragraph).toHtmlEscaped());
        if (lang == QLatin1String("zh")) {
            html += QStringLiteral("<p lang='zh-Hant' style='font-size:large'>%1</p>").arg(quote);
            if (!e.summary.zh.isEmpty())
                html += QStringLiteral("<p lang='zh-Hant'>%1</p>").arg(e.summary.zh.toHtmlEscaped());
            html += QStringLiteral("<p lang='en' style='color:%1'>%2</p>")
                        .arg(kOtherLanguageColor, e.summary.en.toHtmlEscaped());
        } else {
            html += QStringLiteral("<p style='font-size:large'>%1</p>").arg(e.summary.value(lang).toHtmlEscaped());
            html += QStringLiteral("<p lang='zh-Hant' style='color:%1'>%2</p>").arg(kOtherLanguageColor, quote);
        }
        if (!e.districts.isEmpty()) {
            QStringList links;
            for (const QString &id : e.districts)
                links.append(
                    QStringLiteral("<a href='atlas:district/%1'>%2</a>")
                        .arg(id.toHtmlEscaped(), Wording::districtName(*campaign, id, m_language).toHtmlEscaped()));
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Districts:").toHtmlEscaped(), links.join(QStringLiteral(", ")));
        }
        if (!e.citation.refs.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("References").toHtmlEscaped());
            // Each reference a paragraph with its number hanging in the margin,
            // as wide as the number, so the lines below start where its text does:
            // a table per event made the document's layout half as long again
            // (1.8 against 1.2 ms for a day of five events), on every day step.
            for (int ref : e.citation.refs) {
                const Reference *r = campaign->article.reference(ref);
                QString body;
                if (!r || r->isEmpty()) {
                    body = TextFormat::emptyReferenceHtml(campaign->articleSource);
                } else {
                    body = r->title.toHtmlEscaped();
                    if (!r->url.isEmpty())
                        body += QStringLiteral("<br><a href='%1'>%2</a>")
                                    .arg(r->url.toHtmlEscaped(), r->url.toHtmlEscaped());
                    if (r->text != r->title)
                        body += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(r->text.toHtmlEscaped());
                }
                const QString number = QStringLiteral("[%1] ").arg(ref);
                html += QStringLiteral("<p style='margin-top:0px; margin-bottom:2px; margin-left:%1px; "
                                       "text-indent:-%1px'><a name='e%2-r%3'></a>[%3] %4</p>")
                            .arg(metrics.horizontalAdvance(number))
                            .arg(row)
                            .arg(ref)
                            .arg(body);
            }
        }
    }
    html += reportsHtml(claims);
    // The events below the day's heading often stay the same from one day to
    // the next (the latest earlier ones): then only the heading's words are
    // replaced, and the rest is neither laid out nor painted again (setting
    // the whole document was most of a day step's cost).
    const QString body = statusStyle + QLatin1Char('\n') + html;
    QTextDocument *document = m_browser->document();
    if (body == m_document && document->blockCount() > 2) {
        replaceBlockText(document->firstBlock(), heading);
        replaceBlockText(document->firstBlock().next(), status);
        return;
    }
    m_document = body;
    m_browser->setHtml(QStringLiteral("<h2>%1</h2><p style='%2'>%3</p>")
                           .arg(heading.toHtmlEscaped(), statusStyle, status.toHtmlEscaped())
                       + html);
}

int EventPanel::eventAt(const QTextCursor &cursor) const
{
    if (cursor.isNull() || cursor.document() != m_browser->document())
        return -1;
    // The passage a position is in starts at the last event or reports anchor before it.
    const auto passageAt = [this](int position) {
        int event = -1;
        for (QTextBlock block = m_browser->document()->begin(); block.isValid() && block.position() <= position;
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.position() > position)
                    break;
                for (const QString &name : fragment.charFormat().anchorNames()) {
                    if (name == kReportsAnchor)
                        event = -1;
                    else if (name.startsWith(kEventAnchor))
                        event = QStringView(name).mid(kEventAnchor.size()).toInt();
                }
            }
        }
        return event;
    };
    const int first = passageAt(cursor.selectionStart());
    const int last = cursor.hasSelection() ? passageAt(cursor.selectionEnd()) : first;
    const auto campaign = m_session->campaign();
    if (first != last || !campaign || first < 0 || first >= campaign->events.size())
        return -1;
    return first;
}

int EventPanel::currentEvent() const
{
    return eventAt(m_browser->textCursor());
}

void EventPanel::replaceBlockText(const QTextBlock &block, const QString &text)
{
    if (block.text() == text)
        return;
    QTextCursor cursor(block);
    const QTextCharFormat format = block.begin().fragment().charFormat();
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(text, format);
}

QList<QPair<int, int>> EventPanel::claimsAbout(QDate date) const
{
    const auto campaign = m_session->campaign();
    QList<QPair<int, int>> claims;
    for (int r = 0; r < campaign->reports.size(); ++r) {
        const QList<ReportClaim> &list = campaign->reports.at(r).claims;
        for (int k = 0; k < list.size(); ++k) {
            if (list.at(k).date == date)
                claims.append({r, k});
        }
    }
    // Reports in the order they were published; a report's claims in its own order.
    std::stable_sort(claims.begin(), claims.end(), [&](const QPair<int, int> &a, const QPair<int, int> &b) {
        return campaign->reports.at(a.first).published < campaign->reports.at(b.first).published;
    });
    return claims;
}

QString EventPanel::reportsHtml(const QList<QPair<int, int>> &claims) const
{
    const auto campaign = m_session->campaign();
    if (claims.isEmpty())
        return {};
    // The article's picture alone: the reports are hidden, and the panel says how many.
    if (m_session->isArticleOnly())
        return QStringLiteral("<hr><p style='color:gray'>%1</p>")
            .arg((claims.size() == 1
                      ? tr("1 report claim about this day is hidden (View › Article Only).")
                      : tr("%1 report claims about this day are hidden (View › Article Only).").arg(claims.size()))
                     .toHtmlEscaped());
    QString html = QStringLiteral("<hr><a name='%1'></a><h3 style='color:%2'>%3</h3><p style='color:gray'>%4</p>")
                       .arg(kReportsAnchor, kReportColor,
                            (claims.size() == 1 ? tr("1 report claim about this day")
                                                : tr("%1 report claims about this day").arg(claims.size()))
                                .toHtmlEscaped(),
                            tr("Public reports of the time, not the article: who said what, in the package's own "
                               "words.")
                                .toHtmlEscaped());
    // Folded until asked for: a day has up to ~50 claims, and their text
    // (built and laid out again on every day step) was most of the panel's cost.
    if (!m_reportsShown)
        return html
               + QStringLiteral("<p><a href='atlas:reports/show'>%1</a></p>")
                     .arg((claims.size() == 1 ? tr("Show the report claim")
                                              : tr("Show the %1 report claims").arg(claims.size()))
                              .toHtmlEscaped());
    html += QStringLiteral("<p><a href='atlas:reports/hide'>%1</a></p>")
                .arg(tr("Hide the report claims").toHtmlEscaped());
    for (const QPair<int, int> &at : claims) {
        const ReportClaim &claim = campaign->reports.at(at.first).claims.at(at.second);
        QStringList what;
        if (!claim.control.isEmpty())
            what.append(
                QStringLiteral("<span style='color:%1'>&#9632;</span> %2")
                    .arg(TextFormat::controlColor(*campaign, claim.control, claim.leading).name(),
                         Wording::control(*campaign, claim.control, claim.leading, m_language).toHtmlEscaped()));
        if (!claim.denies.isEmpty()) {
            int r = -1;
            int k = -1;
            const QString denied = campaign->findClaim(claim.denies, &r, &k)
                                       ? tr("denies what %1 said")
                                             .arg(campaign->reports.at(r).attribution(
                                                 campaign->reports.at(r).claims.at(k)))
                                       : tr("denies another claim");
            what.append(QStringLiteral("<b>%1</b>").arg(denied.toHtmlEscaped()));
        }
        if (claim.part)
            what.append(tr("part of the district").toHtmlEscaped());
        QStringList districts;
        for (const QString &id : claim.districts)
            districts.append(
                QStringLiteral("<a href='atlas:district/%1'>%2</a>")
                    .arg(id.toHtmlEscaped(), Wording::districtName(*campaign, id, m_language).toHtmlEscaped()));
        QString body = TextFormat::claimHtml(*campaign, at.first, at.second, m_language);
        if (!districts.isEmpty())
            what.append(districts.join(QStringLiteral(", ")));
        if (!what.isEmpty())
            body += QStringLiteral("<br>%1").arg(what.join(QStringLiteral(" · ")));
        // A tinted box with a bar: a report is never mistaken for the article.
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:6px'><tr>"
                               "<td width='4' bgcolor='%1'></td><td bgcolor='#F1F5FA'>%2</td></tr></table>")
                    .arg(kReportColor, body);
    }
    return html;
}
