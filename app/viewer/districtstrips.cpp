#include "districtstrips.h"

#include "districtstripdelegate.h"
#include "districtstripheader.h"
#include "districtstripmodel.h"
#include "timelinecontroller.h"
#include "viewersession.h"
#include "wording.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMargin = 6;  // between the viewport's edges and the names or the bands
constexpr int kNameGap = 8; // between a name and its band
constexpr int kMinNameWidth = 60;
constexpr int kMinBandWidth = 120;

} // namespace

DistrictStrips::DistrictStrips(ViewerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DistrictStripModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sortLabel(new QLabel(this))
    , m_sortBox(new QComboBox(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("districtStrips"));
    m_sortBox->setObjectName(QStringLiteral("districtStripsSort"));
    m_view->setObjectName(QStringLiteral("districtStripsView"));
    m_sortLabel->setBuddy(m_sortBox);
    for (int i = 0; i < 3; ++i)
        m_sortBox->addItem(QString());
    m_sortBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(false);
    m_view->setModel(m_proxy);
    m_delegate = new DistrictStripDelegate(this);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // the bands keep their width when rows are added
    m_view->setMouseTracking(true);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_header = new DistrictStripHeader(this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(kMargin, 0, kMargin, 0);
    bar->addWidget(m_sortLabel);
    bar->addWidget(m_sortBox);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_sortBox, &QComboBox::currentIndexChanged, this, &DistrictStrips::applySort);
    connect(m_session, &ViewerSession::campaignChanged, this, &DistrictStrips::syncWithSession);
    connect(m_session, &ViewerSession::sourcesChanged, this, &DistrictStrips::syncWithSession);
    connect(m_session, &ViewerSession::currentDateChanged, this, &DistrictStrips::onDateChanged);
    connect(m_session, &ViewerSession::selectedDistrictChanged, this, &DistrictStrips::onSelectionChanged);
    retranslate();
}

DistrictStrips::~DistrictStrips() = default;

void DistrictStrips::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_header->setLanguage(language);
    updateNameWidth();
    if (sortKey() == SortKey::Name)
        applySort();
}

void DistrictStrips::setSortKey(SortKey key)
{
    m_sortBox->setCurrentIndex(int(key));
}

DistrictStrips::SortKey DistrictStrips::sortKey() const
{
    return SortKey(std::max(0, m_sortBox->currentIndex()));
}

int DistrictStrips::currentDay() const
{
    return m_model->dayOf(m_session->currentDate());
}

QString DistrictStrips::districtId(const QModelIndex &index) const
{
    return index.data(DistrictStripModel::IdRole).toString();
}

bool DistrictStrips::isSelected(const QModelIndex &index) const
{
    const QString selected = m_session->selectedDistrict();
    return !selected.isEmpty() && districtId(index) == selected;
}

QRectF DistrictStrips::bandRect(const QRect &itemRect) const
{
    const double left = dayEdge(0);
    return QRectF(left, itemRect.top() + 2, dayEdge(m_model->dayCount()) - left, itemRect.height() - 4);
}

double DistrictStrips::dayEdge(int day) const
{
    const int left = kMargin + m_nameWidth + kNameGap;
    const int width = std::max(kMinBandWidth, m_view->viewport()->width() - left - kMargin);
    const int days = std::max(1, m_model->dayCount());
    // Whole pixels: neighbouring cells meet without a seam.
    return std::round(left + double(width) * day / days);
}

QRectF DistrictStrips::cellRect(const QModelIndex &index, int day) const
{
    const QRectF band = bandRect(m_view->visualRect(index));
    return QRectF(dayEdge(day), band.top(), dayEdge(day + 1) - dayEdge(day), band.height());
}

int DistrictStrips::dayAt(double x) const
{
    const int days = m_model->dayCount();
    if (days == 0 || x < dayEdge(0) || x >= dayEdge(days))
        return -1;
    // The edges are rounded: search them rather than divide.
    int lo = 0;
    int hi = days - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (dayEdge(mid) <= x)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

QSize DistrictStrips::sizeHint() const
{
    return sizeForRows(12);
}

QSize DistrictStrips::minimumSizeHint() const
{
    return sizeForRows(6);
}

QSize DistrictStrips::sizeForRows(int rows) const
{
    const int width = kMargin * 2 + kMinNameWidth + kNameGap + kMinBandWidth;
    return QSize(width, m_sortBox->sizeHint().height() + m_header->sizeHint().height()
                            + rows * DistrictStripDelegate::rowHeight(m_view->fontMetrics()) + 16);
}

void DistrictStrips::syncWithSession()
{
    m_stale = m_model->timeline() != m_session->timeline();
    if (m_stale && isVisible())
        rebuild();
}

void DistrictStrips::rebuild()
{
    const auto timeline = m_session->timeline();
    m_model->setTimeline(timeline, m_session->districtAreas());
    m_stale = false;
    updateNameWidth();
    applySort();
    m_shownDay = currentDay();
    onSelectionChanged(m_session->selectedDistrict());
    m_header->update();
}

void DistrictStrips::applySort()
{
    switch (sortKey()) {
    case SortKey::Name:
        m_proxy->setSortRole(DistrictStripModel::NameRole);
        m_proxy->sort(0, Qt::AscendingOrder);
        break;
    case SortKey::FirstChange:
        m_proxy->setSortRole(DistrictStripModel::FirstChangeRole);
        m_proxy->sort(0, Qt::AscendingOrder);
        break;
    case SortKey::Area:
        // Largest first: where most of the ground changed hands.
        m_proxy->setSortRole(DistrictStripModel::AreaRole);
        m_proxy->sort(0, Qt::DescendingOrder);
        break;
    }
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->scrollTo(current);
}

void DistrictStrips::updateNameWidth()
{
    const QFontMetrics metrics(m_view->font());
    int widest = kMinNameWidth;
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest = std::max(widest, metrics.horizontalAdvance(m_model->index(r).data(Qt::DisplayRole).toString()));
    // Long names are elided rather than squeezing the bands.
    m_nameWidth = std::min(widest, std::max(kMinNameWidth, m_view->viewport()->width() / 4));
    m_view->viewport()->update();
    m_header->update();
}

void DistrictStrips::onDateChanged(QDate date)
{
    if (m_stale)
        return;
    const int day = m_model->dayOf(date);
    if (day == m_shownDay)
        return;
    // Only the old and the new line are painted again: the rows do not change with the date.
    const int old = m_shownDay;
    m_shownDay = day;
    repaintDateLine(old);
    repaintDateLine(day);
}

void DistrictStrips::repaintDateLine(int day)
{
    if (day < 0)
        return;
    const int left = int(std::floor(dayEdge(day))) - 2;
    const int right = int(std::ceil(dayEdge(day + 1))) + 2;
    m_view->viewport()->update(QRect(left, 0, right - left, m_view->viewport()->height()));
    // The header's marker is wider than a day.
    const int offset = m_view->viewport()->mapTo(this, QPoint(0, 0)).x() - m_header->x();
    m_header->update(QRect(left + offset - 6, 0, right - left + 12, m_header->height()));
}

QRect DistrictStrips::exposedRect() const
{
    return m_exposed;
}

void DistrictStrips::onSelectionChanged(const QString &districtId)
{
    const int row = m_model->rowOf(districtId);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_view->viewport()->update();
}

void DistrictStrips::activate(const QModelIndex &index, int day)
{
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_session->setSelectedDistrict(districtId(index));
    if (day >= 0)
        m_session->setCurrentDate(m_model->date(day));
}

bool DistrictStrips::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
        m_session->stepDays(-1);
        return true;
    case Qt::Key_Right:
        m_session->stepDays(1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_view->currentIndex(), -1);
        return true;
    default:
        return false;
    }
}

QString DistrictStrips::toolTipAt(const QPoint &pos) const
{
    const QModelIndex index = m_view->indexAt(pos);
    const Campaign *campaign = m_model->campaign();
    const int day = dayAt(pos.x());
    if (!index.isValid() || !campaign || day < 0)
        return {};
    const int row = m_proxy->mapToSource(index).row();
    const DistrictAppearance a = m_model->appearance(row, day);
    QString text = tr("%1, %2: %3")
                       .arg(index.data(Qt::DisplayRole).toString(), Wording::date(m_model->date(day), m_language),
                            Wording::control(*campaign, a, m_language));
    if (a.isKnown())
        text += tr(" (%1)").arg(Wording::basis(a.basis));
    if (a.disputed && a.isKnown())
        text += QLatin1Char('\n') + Wording::sourcesDisagree();
    return text;
}

bool DistrictStrips::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        // The window's Left and Right shortcuts step the day too; here the
        // keys also work where the panel stands alone, and Enter selects.
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (event->type() == QEvent::ShortcutOverride) {
                const int k = key->key();
                if ((k == Qt::Key_Left || k == Qt::Key_Right || k == Qt::Key_Return || k == Qt::Key_Enter)
                    && !(key->modifiers() & ~Qt::KeypadModifier)) {
                    event->accept();
                    return true;
                }
                return false;
            }
            return handleKey(key);
        }
        return false;
    }
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return false;
        m_view->setFocus(Qt::MouseFocusReason);
        const int day = dayAt(pos.x());
        m_dragging = day >= 0;
        activate(index, day);
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_dragging || !(mouse->buttons() & Qt::LeftButton))
            return false;
        // A drag scrubs the timeline along the row.
        const int day = dayAt(std::clamp<double>(mouse->position().x(), dayEdge(0), dayEdge(m_model->dayCount()) - 1));
        if (day >= 0)
            m_session->setCurrentDate(m_model->date(day));
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            return true;
        }
        return false;
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_view->viewport());
        return true;
    }
    case QEvent::Paint:
        // The rows draw only what this paint shows: a date step repaints two narrow columns.
        m_exposed = static_cast<QPaintEvent *>(event)->rect();
        return false;
    case QEvent::Resize:
        updateNameWidth();
        return false;
    default:
        return false;
    }
}

void DistrictStrips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DistrictStrips::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_model->timeline() != m_session->timeline())
        rebuild();
}

void DistrictStrips::retranslate()
{
    setWindowTitle(tr("District Strips"));
    m_sortLabel->setText(tr("&Sort by:"));
    m_sortBox->setItemText(int(SortKey::Name), tr("Name"));
    m_sortBox->setItemText(int(SortKey::FirstChange), tr("First change"));
    m_sortBox->setItemText(int(SortKey::Area), tr("Area"));
    m_sortBox->setAccessibleName(tr("Sort districts by"));
    m_view->setAccessibleName(tr("District strips"));
    m_view->setAccessibleDescription(
        tr("One row per district with its control on every day of the campaign, coloured as on the map. "
           "Up and Down move between districts, Left and Right move the date, Enter selects the district."));
    m_header->setAccessibleName(tr("Months of the campaign"));
}
