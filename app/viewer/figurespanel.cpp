#include "figurespanel.h"

#include "figurelistmodel.h"
#include "linkpolicy.h"
#include "textformat.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "wording.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

FiguresPanel::FiguresPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(links)
    , m_model(new FigureListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_hint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("figuresPanel"));
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_details->setObjectName(QStringLiteral("figureDetails"));

    m_hint->setWordWrap(true);
    m_hint->setMargin(4);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FigureListModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the details' link instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // One line per row, of a fixed height: nothing to measure row by row, and scrollTo() works before a layout.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_details->setWordWrap(true);
    m_details->setMargin(4);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(false);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_table, &QTableView::clicked, this, &FiguresPanel::goToRow);
    connect(m_table, &QTableView::activated, this, &FiguresPanel::goToRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FiguresPanel::updateDetails);
    connect(m_details, &QLabel::linkActivated, this, &FiguresPanel::openLink);
    connect(m_session, &ViewerSession::campaignChanged, this, &FiguresPanel::onCampaignChanged);
    connect(m_session->controller(), &TimelineController::currentDateChanged, this, &FiguresPanel::onDateChanged);
    retranslate();
    onCampaignChanged();
}

void FiguresPanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_model->setLanguage(language);
    updateDetails();
}

void FiguresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FiguresPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (isOnScreen())
        ensureContent();
}

bool FiguresPanel::isOnScreen() const
{
    // Behind another dock's tab the panel is still "visible" for Qt (moved
    // outside the window); measuring the figures there cost about a tenth of
    // start-up, with the district areas it needs.
    return isVisible() && !visibleRegion().isEmpty();
}

void FiguresPanel::setOnScreen(bool onScreen)
{
    if (onScreen)
        ensureContent();
}

void FiguresPanel::retranslate()
{
    setWindowTitle(tr("Figures"));
    setAccessibleName(tr("Figures"));
    m_hint->setText(tr("Figures the article and the reports give, beside the map's value for the same measure at the "
                       "end of that day. Click a row or press Enter to go to its date."));
    m_table->setAccessibleName(tr("Figures the sources give"));
    m_table->setAccessibleDescription(
        tr("One row per figure: date, source, the figure, what it is of, the map's "
           "value with the reports and from the article alone, and whether each "
           "agrees. Rows of the current date are highlighted. Enter goes to the row's "
           "date; Tab moves to the selected figure's details, and Tab again to the link to its source."));
    m_details->setAccessibleName(tr("Selected figure"));
    m_model->retranslate();
    updateDetails();
}

void FiguresPanel::onCampaignChanged()
{
    m_stale = true;
    if (isOnScreen())
        ensureContent();
}

void FiguresPanel::ensureContent()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_model->setCampaign(m_session->campaign(), m_session->districtAreas());
    m_model->setCurrentDate(m_session->currentDate());
    m_table->resizeColumnsToContents();
    // What a figure is of, and who gives it, can be a sentence: a reading width, the details show them whole.
    constexpr int kTextWidth = 240;
    for (int column : {FigureListModel::OfColumn, FigureListModel::SourceColumn}) {
        if (m_table->columnWidth(column) > kTextWidth)
            m_table->setColumnWidth(column, kTextWidth);
    }
    onDateChanged(m_session->currentDate());
    updateDetails();
}

void FiguresPanel::onDateChanged(QDate date)
{
    m_model->setCurrentDate(date);
    if (m_stale)
        return;
    // A row just clicked or entered stays where it is; otherwise the day's rows come into view,
    // the first one at least when they do not all fit.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(FigureListModel::DateRole).toDate() == date) {
        m_table->scrollTo(current, QAbstractItemView::EnsureVisible);
        return;
    }
    const QList<int> rows = m_model->rowsOn(date);
    if (rows.isEmpty())
        return;
    QList<int> shown;
    for (int row : rows)
        shown.append(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    std::sort(shown.begin(), shown.end());
    m_table->scrollTo(m_proxy->index(shown.last(), 0), QAbstractItemView::EnsureVisible);
    m_table->scrollTo(m_proxy->index(shown.first(), 0), QAbstractItemView::EnsureVisible);
}

void FiguresPanel::goToRow(const QModelIndex &index)
{
    const QDate date = index.data(FigureListModel::DateRole).toDate();
    if (date.isValid())
        m_session->controller()->setCurrentDate(date);
}

void FiguresPanel::openLink(const QString &link)
{
    m_links->open(QUrl(link));
}

void FiguresPanel::updateDetails()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_model->campaign()) {
        m_details->setText(tr("Select a figure to see its source and how the map was measured."));
        return;
    }
    const auto value = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    const auto e = [](const QString &s) { return TextFormat::escape(s); };
    const bool article = index.data(FigureListModel::IsArticleRole).toBool();
    const QString url = index.data(FigureListModel::UrlRole).toString();
    const QString html =
        QStringLiteral("<b>%1</b><br>%2<br><i>%3</i><br>%4<br>%5")
            .arg(e(tr("%1 of %2").arg(value(FigureListModel::FigureColumn), value(FigureListModel::OfColumn))),
                 e(tr("%1 · the figure is for %2")
                       .arg(index.data(FigureListModel::SourceRole).toString(),
                            Wording::date(index.data(FigureListModel::DateRole).toDate(), m_language))),
                 e(index.data(FigureListModel::SummaryRole).toString()),
                 e(tr("Map with the reports: %1 (%2) · from the article alone: %3 (%4)")
                       .arg(value(FigureListModel::MapColumn), value(FigureListModel::MapAgreesColumn),
                            value(FigureListModel::ArticleOnlyColumn),
                            value(FigureListModel::ArticleOnlyAgreesColumn))),
                 url.isEmpty()
                     ? QString()
                     : QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(url.toHtmlEscaped(), e(article ? tr("Open the article") : tr("Open the report"))));
    m_details->setText(html);
}
