#include "comparepanel.h"

#include "linkpolicy.h"
#include "timelinediff.h"
#include "viewersession.h"
#include "wording.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const QString kDistrictScheme = QStringLiteral("district");
} // namespace

ComparePanel::ComparePanel(ViewerSession *session, LinkPolicy *links, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(links)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("comparePanel"));
    m_browser->setObjectName(QStringLiteral("compareBrowser"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kDistrictScheme)
            emit districtRequested(url.path());
        else
            m_links->open(url);
    });
    connect(m_session, &ViewerSession::compareDateChanged, this, &ComparePanel::refresh);
    connect(m_session, &ViewerSession::currentDateChanged, this, &ComparePanel::refresh);
    connect(m_session, &ViewerSession::sourcesChanged, this, &ComparePanel::refresh);
    connect(m_session, &ViewerSession::campaignChanged, this, &ComparePanel::refresh);
    refresh();
}

void ComparePanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_stale = true;
    refresh();
}

void ComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Changes"));
        m_browser->setAccessibleName(tr("Districts changed between the compared dates"));
        m_stale = true;
        refresh();
    }
    QWidget::changeEvent(event);
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ComparePanel::refresh()
{
    setWindowTitle(tr("Changes"));
    const auto campaign = m_session->campaign();
    const auto timeline = m_session->timeline();
    const QDate then = m_session->compareDate();
    const QDate now = m_session->currentDate();
    const bool comparing = campaign && timeline && then.isValid() && now.isValid();
    if (!comparing)
        m_changed = 0;
    // Behind another tab, or off with its hint already shown, a date step costs nothing.
    if (!isVisible() && comparing) {
        m_stale = true;
        return;
    }
    if (!comparing && m_showsHint && !m_stale)
        return;
    m_stale = false;
    m_showsHint = !comparing;
    m_changed = 0;
    if (!comparing) {
        m_browser->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Go › Compare With Date… (Ctrl+Shift+G) shows what changed between two "
                                       "dates; Esc leaves compare mode.")
                                        .toHtmlEscaped()));
        return;
    }
    const QDate from = std::min(then, now);
    const QDate to = std::max(then, now);
    const QList<DistrictDiff> diffs = TimelineDiff::compute(*timeline, from, to);
    m_changed = int(diffs.size());
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((m_changed == 1 ? tr("1 district changed from the end of %1 to the end of %2")
                                            : tr("%3 districts changed from the end of %1 to the end of %2"))
                                .arg(Wording::date(from, m_language), Wording::date(to, m_language))
                                .arg(m_changed)
                                .toHtmlEscaped());
    const QString content = Wording::contentLanguage(m_language);
    for (const DistrictDiff &d : diffs) {
        const District &district = campaign->districts.at(d.district);
        const QString name = Wording::districtName(*campaign, district.id, m_language);
        html += QStringLiteral("<p><a href=\"%1:%2\"><b>%3</b></a>: %4 → %5%6<br/>")
                    .arg(kDistrictScheme, district.id, name.toHtmlEscaped(),
                         Wording::control(*campaign, d.from, m_language).toHtmlEscaped(),
                         Wording::control(*campaign, d.to, m_language).toHtmlEscaped(),
                         d.returned()
                             ? QStringLiteral(" <i>(%1)</i>").arg(tr("changed and changed back").toHtmlEscaped())
                             : QString());
        QStringList days;
        for (const auto &[date, change] : d.changes) {
            QString source = Wording::source(*campaign, *change, m_language).toHtmlEscaped();
            if (change->isReported()) {
                const Report &r = campaign->reports.at(change->report);
                source = QStringLiteral("<a href=\"%1\">%2</a> — %3")
                             .arg(r.url.toHtmlEscaped(), source,
                                  r.claims.at(change->claim).summary.value(content).toHtmlEscaped());
            }
            days.append(
                QStringLiteral("&nbsp;&nbsp;%1: %2 (%3)")
                    .arg(Wording::date(date, m_language).toHtmlEscaped(),
                         Wording::control(*campaign, change->control, change->leading, m_language).toHtmlEscaped(),
                         source));
        }
        html += days.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    m_browser->setHtml(html);
}
