#include "citationcontroller.h"

#include "districthistorytextmodel.h"
#include "districtpanel.h"
#include "eventpanel.h"
#include "viewersession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMenu>
#include <QMimeData>

CitationController::CitationController(ViewerSession *session, EventPanel *events, DistrictPanel *district,
                                       QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_events(events)
    , m_district(district)
    , m_window(window)
{
    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("actionCopyCitation"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Window-wide, like the window's other shortcuts: it cites whatever has the focus.
    m_copy->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &CitationController::copy);

    m_styleMenu = new QMenu(window);
    m_styleMenu->setObjectName(QStringLiteral("menuCitationStyle"));
    m_styleGroup = new QActionGroup(this);
    m_chicago = m_styleMenu->addAction(QString());
    m_chicago->setObjectName(QStringLiteral("actionCitationChicago"));
    m_apa = m_styleMenu->addAction(QString());
    m_apa->setObjectName(QStringLiteral("actionCitationApa"));
    for (QAction *a : {m_chicago, m_apa}) {
        a->setCheckable(true);
        m_styleGroup->addAction(a);
    }
    m_chicago->setChecked(true);
    connect(m_chicago, &QAction::triggered, this, [this] { setStyle(CitationFormatter::Style::Chicago); });
    connect(m_apa, &QAction::triggered, this, [this] { setStyle(CitationFormatter::Style::Apa); });
    retranslate();
}

void CitationController::retranslate()
{
    m_copy->setText(tr("Copy &Citation"));
    m_copy->setStatusTip(tr("Copy a citation of the selected event, district state or history row"));
    m_styleMenu->setTitle(tr("Citation &Style"));
    m_chicago->setText(tr("&Chicago"));
    m_apa->setText(tr("&APA"));
}

void CitationController::setStyle(CitationFormatter::Style style)
{
    m_style = style;
    (style == CitationFormatter::Style::Apa ? m_apa : m_chicago)->setChecked(true);
}

void CitationController::setStyleKey(const QString &key)
{
    CitationFormatter::Style style = m_style;
    if (CitationFormatter::styleFromKey(key, &style))
        setStyle(style);
}

CitationFormatter::Text CitationController::currentCitation() const
{
    const auto campaign = m_session->campaign();
    const auto timeline = m_session->timeline();
    if (!campaign || !timeline)
        return {};
    const CitationFormatter formatter(*campaign, m_style, m_language);
    const QWidget *focus = QApplication::focusWidget();
    const bool inHistory = focus && m_district
                           && (focus == m_district->historyView() || m_district->historyView()->isAncestorOf(focus));
    if (inHistory) {
        const CitationFormatter::Text row = historyRowCitation(formatter);
        if (!row.plain.isEmpty())
            return row;
    }
    if (focus && m_events && m_events->isAncestorOf(focus)) {
        // The event the reader clicked in or selected, else all the day's.
        const int event = m_events->currentEvent();
        if (event >= 0)
            return formatter.event(campaign->events.at(event));
        return eventsCitation(formatter);
    }
    const QString district = m_session->selectedDistrict();
    if (!district.isEmpty())
        return formatter.districtState(*timeline, district, m_session->currentDate());
    return eventsCitation(formatter);
}

CitationFormatter::Text CitationController::historyRowCitation(const CitationFormatter &formatter) const
{
    const QListView *view = m_district->historyView();
    QModelIndex index = view->currentIndex();
    if (!index.isValid() && view->model() && m_district->historyModel()->currentRow() >= 0)
        index = view->model()->index(m_district->historyModel()->currentRow(), 0);
    const QString districtId = m_session->selectedDistrict();
    const auto timeline = m_session->timeline();
    const int districtIndex = m_session->campaign()->districtIndex(districtId);
    if (!index.isValid() || districtIndex < 0)
        return {};
    const QDate day = index.data(DistrictHistoryTextModel::DateRole).toDate();
    // A row is one day of the district's history: cite the change the map shows at its end,
    // or the day's first when the day's last word is another (a denial, a weaker claim).
    const DistrictAppearance shown = timeline->appearanceAt(districtIndex, day);
    if (shown.change && shown.change->date == day)
        return formatter.change(*shown.change);
    for (int change : timeline->history(districtIndex)) {
        const ControlChange &c = m_session->campaign()->changes.at(change);
        if (c.date == day)
            return formatter.change(c);
    }
    return {};
}

CitationFormatter::Text CitationController::eventsCitation(const CitationFormatter &formatter) const
{
    const auto campaign = m_session->campaign();
    CitationFormatter::Text all;
    for (int i : m_session->eventsForDay(m_session->currentDate())) {
        const CitationFormatter::Text one = formatter.event(campaign->events.at(i));
        if (!all.plain.isEmpty()) {
            all.plain += QStringLiteral("\n\n");
            all.html += QStringLiteral("\n");
        }
        all.plain += one.plain;
        all.html += QStringLiteral("<p>%1</p>").arg(one.html);
    }
    return all;
}

void CitationController::copy()
{
    const CitationFormatter::Text citation = currentCitation();
    if (citation.plain.isEmpty()) {
        emit message(tr("Nothing to cite: select a district, a history row or an event."));
        return;
    }
    auto mime = std::make_unique<QMimeData>();
    mime->setText(citation.plain);
    mime->setHtml(citation.html);
    // The clipboard takes ownership of the data.
    QGuiApplication::clipboard()->setMimeData(mime.release());
    emit message(m_style == CitationFormatter::Style::Apa ? tr("Copied the citation (APA).")
                                                          : tr("Copied the citation (Chicago)."));
}
