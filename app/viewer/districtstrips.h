#pragma once

#include <QDate>
#include <QListView> // complete for callers that treat view() as a QWidget
#include <QModelIndex>
#include <QRectF>
#include <QWidget>

class DistrictStripDelegate;
class DistrictStripHeader;
class DistrictStripModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class ViewerSession;

/**
 * @brief "District strips": one row per district, a band of its control over
 * the whole campaign, one cell per day, each drawn as the map draws the
 * district on that day (DistrictLook).
 *
 * A vertical line marks the current date; a header above the bands marks the
 * months. The rows sort by name, by first change or by area. A click on a
 * band selects the district and moves the timeline to the clicked day (a drag
 * scrubs along the row); a click on a name selects the district. Keyboard:
 * Up and Down move between rows, Left and Right move the date by a day,
 * Enter selects the row's district.
 *
 * The rows are built when the panel is first shown, and again when the
 * session's campaign or sources change while it is on screen; moving the date
 * repaints only the old and the new date line.
 */
class DistrictStrips : public QWidget
{
    Q_OBJECT

public:
    /// The orders of the rows, in the order of the sort box.
    enum class SortKey { Name, FirstChange, Area };
    Q_ENUM(SortKey)

    explicit DistrictStrips(ViewerSession *session, QWidget *parent = nullptr);
    ~DistrictStrips() override;

    void setLanguage(const QString &language);
    void setSortKey(SortKey key);
    SortKey sortKey() const;

    QListView *view() const { return m_view; }
    QComboBox *sortBox() const { return m_sortBox; }
    /// The rows in their source order (the view shows them through a sorting proxy).
    DistrictStripModel *model() const { return m_model; }
    /// The session's current date as a day index of the model (-1 without a campaign).
    int currentDay() const;
    /// The id of the district of the view's row @p index.
    QString districtId(const QModelIndex &index) const;
    /// True when the view's row @p index is the session's selected district.
    bool isSelected(const QModelIndex &index) const;

    /// The band of a row whose item rectangle is @p itemRect (viewport coordinates).
    QRectF bandRect(const QRect &itemRect) const;
    /// The left edge of day @p day in the band (viewport x; day dayCount() gives the right edge).
    double dayEdge(int day) const;
    /// The cell of day @p day on the view's row @p index, in viewport coordinates.
    QRectF cellRect(const QModelIndex &index, int day) const;
    /// The day under viewport x @p x, or -1 outside the band.
    int dayAt(double x) const;
    /// The part of the viewport the current paint covers (the rows paint only their runs there).
    QRect exposedRect() const;
    /// The width of the names at the left of the rows, in pixels.
    int nameWidth() const { return m_nameWidth; }

    /// Reads the session's timeline again when it changed (another campaign or other sources).
    void syncWithSession();

    /// Room for about a dozen rows.
    QSize sizeHint() const override;
    /// Room for a few rows: a dock never opens too low to compare districts.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void applySort();
    void updateNameWidth();
    void onDateChanged(QDate date);
    void onSelectionChanged(const QString &districtId);
    void activate(const QModelIndex &index, int day);
    bool handleKey(QKeyEvent *event);
    QString toolTipAt(const QPoint &pos) const;
    void repaintDateLine(int day);
    QSize sizeForRows(int rows) const;

    ViewerSession *m_session = nullptr;
    DistrictStripModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sortBox = nullptr;
    DistrictStripHeader *m_header = nullptr;
    QListView *m_view = nullptr;
    DistrictStripDelegate *m_delegate = nullptr;
    QString m_language = QStringLiteral("en");
    int m_nameWidth = 120;
    QRect m_exposed;     ///< the viewport's part being painted
    int m_shownDay = -1; ///< the day whose line is drawn
    bool m_stale = true; ///< the model does not hold the session's timeline yet
    bool m_dragging = false;
};
