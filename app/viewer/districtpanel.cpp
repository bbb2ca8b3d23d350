#include "districtpanel.h"

#include "districthistorydelegate.h"
#include "districthistorytextmodel.h"
#include "linkpolicy.h"
#include "textformat.h"
#include "viewersession.h"
#include "wording.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

DistrictPanel::DistrictPanel(ViewerSession *session, LinkPolicy *links, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_links(links)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_header(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_list(new QListView(this))
    , m_text(new DistrictHistoryTextModel(this))
{
    setObjectName(QStringLiteral("districtPanel"));
    m_placeholder->setObjectName(QStringLiteral("districtPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(16);
    m_header->setObjectName(QStringLiteral("districtHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setMargin(4);
    m_hint->setWordWrap(true);
    m_hint->setMargin(4);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);

    m_list->setObjectName(QStringLiteral("districtHistory"));
    m_list->setModel(m_text);
    m_delegate = new DistrictHistoryDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The reports' links from the keyboard too (the menu key): a menu of the row's links.
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &DistrictPanel::showLinkMenu);
    // The pointer shows where a report's link is.
    m_list->viewport()->setMouseTracking(true);
    m_list->viewport()->installEventFilter(this);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_list, 1);
    contentLayout->addWidget(m_hint);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto goToRow = [this](const QModelIndex &index) {
        const QDate date = index.data(DistrictHistoryTextModel::DateRole).toDate();
        if (date.isValid())
            m_session->setCurrentDate(date);
    };
    connect(m_list, &QListView::clicked, this, [this, goToRow](const QModelIndex &index) {
        const QString anchor = m_delegate->takeClickedAnchor();
        if (anchor.isEmpty())
            goToRow(index);
        else if (m_links)
            m_links->open(QUrl(anchor));
    });
    connect(m_list, &QListView::activated, this, goToRow);
    connect(m_session, &ViewerSession::selectedDistrictChanged, this, &DistrictPanel::refresh);
    connect(m_session, &ViewerSession::campaignChanged, this, &DistrictPanel::refresh);
    connect(m_session, &ViewerSession::sourcesChanged, this, &DistrictPanel::refresh);
    connect(m_session, &ViewerSession::currentDateChanged, this, [this](QDate date) {
        m_text->setCurrentDate(date);
        updateHeader();
        showCurrentRow(QAbstractItemView::EnsureVisible);
        m_list->viewport()->update();
    });
    retranslate();
    refresh();
}

void DistrictPanel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_text->setLanguage(language);
    refresh();
}

void DistrictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DistrictPanel::retranslate()
{
    setAccessibleName(tr("District"));
    m_list->setAccessibleName(tr("Control history"));
    m_list->setAccessibleDescription(tr("The article's changes of control and the reports' claims, by date; "
                                        "the row in force is highlighted. Press Enter or click a row to move the "
                                        "timeline to its date; click a report's link, or use the row's context "
                                        "menu, to open it."));
    m_hint->setText(tr("Click a row to move the timeline to its date."));
    m_text->refreshTexts();
    refresh();
}

bool DistrictPanel::isShowingDistrict() const
{
    return m_stack->currentIndex() == 1;
}

QString DistrictPanel::headerText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

void DistrictPanel::refresh()
{
    const auto campaign = m_session->campaign();
    const QString id = m_session->selectedDistrict();
    m_text->setTimeline(m_session->timeline());
    m_text->setDistrict(id);
    m_text->setCurrentDate(m_session->currentDate());
    if (!campaign) {
        m_placeholder->setText(tr("No campaign loaded."));
        m_stack->setCurrentIndex(0);
        return;
    }
    if (id.isEmpty() || !campaign->district(id)) {
        m_placeholder->setText(tr("No district selected.\n\nClick a district on the map, or press Tab on the map "
                                  "to move through the districts and Enter to show one's history here."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    updateHeader();
    // Every row is a rich-text card measured by laying it out: a hidden list
    // (the panel not shown yet, at its default size) would lay them all out
    // for a width it never shows. It is laid out when it is shown.
    if (m_list->isVisible()) {
        centreCurrentRow();
    } else {
        m_centrePending = true;
    }
}

void DistrictPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_centrePending && m_list->isVisible())
        centreCurrentRow();
}

void DistrictPanel::centreCurrentRow()
{
    m_centrePending = false;
    m_list->doItemsLayout();
    showCurrentRow(QAbstractItemView::PositionAtCenter);
}

void DistrictPanel::showCurrentRow(QAbstractItemView::ScrollHint hint)
{
    const QModelIndex index = m_text->index(m_text->currentRow(), 0);
    if (!index.isValid())
        return;
    // A row taller than the list (a day of many reports) is read from its top.
    if (m_list->visualRect(index).height() > m_list->viewport()->height())
        hint = QAbstractItemView::PositionAtTop;
    m_list->scrollTo(index, hint);
}

void DistrictPanel::updateHeader()
{
    const auto campaign = m_session->campaign();
    const QString id = m_session->selectedDistrict();
    const District *district = campaign ? campaign->district(id) : nullptr;
    if (!district)
        return;
    const bool zh = Wording::contentLanguage(m_language) == QLatin1String("zh");
    const QString primary = zh ? district->name.value(QStringLiteral("zh")) : district->name.en;
    QStringList others;
    for (const QString &n : {district->name.en, district->name.zh, district->name.ar}) {
        if (!n.isEmpty() && n != primary)
            others.append(n.toHtmlEscaped());
    }
    QString html = QStringLiteral("<h2 style='margin:0'>%1</h2><div>%2</div>")
                       .arg(primary.toHtmlEscaped(), others.join(QStringLiteral(" · ")));

    const QDate date = m_session->currentDate();
    const DistrictAppearance a = m_session->timeline()->appearanceAt(campaign->districtIndex(id), date);
    const QString when = tr("Control at the end of %1:").arg(Wording::date(date, m_language));
    if (a.isKnown()) {
        QString detail =
            tr("since %1 · %2").arg(Wording::date(a.since, m_language), Wording::basis(a.basis)).toHtmlEscaped();
        if (a.changedToday)
            detail += QStringLiteral("<br><i>%1</i>").arg(Wording::changedToday().toHtmlEscaped());
        if (a.disputed) {
            const Disagreement d = m_session->timeline()->disagreementAt(campaign->districtIndex(id), date);
            detail += QStringLiteral("<br><span style='color:#CC79A7'>&#9646;</span> <b>%1</b>")
                          .arg(Wording::sourcesDisagree().toHtmlEscaped());
            if (d.shown)
                detail += QStringLiteral(" ")
                          + tr("The map shows %1 (%2); the claims are listed below.")
                                .arg(Wording::control(*campaign, d.shown->control, d.shown->leading, m_language),
                                     Wording::source(*campaign, *d.shown, m_language))
                                .toHtmlEscaped();
        }
        html += QStringLiteral("<p style='margin-top:6px'>%1 <span style='color:%2'>&#9632;</span> <b>%3</b><br>%4</p>")
                    .arg(when.toHtmlEscaped(), TextFormat::controlColor(*campaign, a.control, a.leading).name(),
                         Wording::control(*campaign, a, m_language).toHtmlEscaped(), detail);
    } else {
        html += QStringLiteral("<p style='margin-top:6px; color:gray'>%1 %2</p>")
                    .arg(when.toHtmlEscaped(), Wording::control(*campaign, a, m_language).toHtmlEscaped());
    }
    m_header->setText(html);
    m_header->setAccessibleName(tr("Selected district"));
    m_header->setAccessibleDescription(headerText());
}

bool DistrictPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::MouseMove) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = m_list->indexAt(pos);
        const QString anchor = m_delegate->anchorAt(index, m_list->visualRect(index), pos);
        if (anchor.isEmpty()) {
            m_list->viewport()->unsetCursor();
            m_list->viewport()->setToolTip(QString());
        } else {
            m_list->viewport()->setCursor(Qt::PointingHandCursor);
            m_list->viewport()->setToolTip(anchor);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DistrictPanel::showLinkMenu(const QPoint &pos)
{
    QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        index = m_list->currentIndex();
    if (!index.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("historyLinkMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QDate date = index.data(DistrictHistoryTextModel::DateRole).toDate();
    menu->addAction(tr("&Go to %1").arg(Wording::date(date, m_language)), this,
                    [this, date] { m_session->setCurrentDate(date); });
    const QStringList links = index.data(DistrictHistoryTextModel::LinksRole).toStringList();
    if (!links.isEmpty())
        menu->addSeparator();
    for (const QString &link : links) {
        const QString shown = fontMetrics().elidedText(link, Qt::ElideMiddle, 60 * fontMetrics().averageCharWidth());
        QAction *open = menu->addAction(tr("Open %1").arg(shown), this, [this, link] {
            if (m_links)
                m_links->open(QUrl(link));
        });
        open->setData(link);
    }
    const QRect rect = m_list->visualRect(index);
    const QPoint at = m_list->viewport()->rect().contains(pos) && m_list->indexAt(pos).isValid()
                          ? pos
                          : rect.topLeft() + QPoint(12, std::min(rect.height(), 24));
    menu->popup(m_list->viewport()->mapToGlobal(at));
}
