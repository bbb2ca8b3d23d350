#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QThreadPool>

#include <memory>
#include <vector>

class DistrictItem;
class QImage;

/**
 * @brief Paints every district of a scene on screen, in the order Qt would paint them.
 *
 * On screen a day step restyles most districts of a large campaign, and
 * Qt's scene paints each item with a saved painter state, its transform and
 * exposed area worked out, and its view bounds recorded: a seventh of a
 * 1,000-district step before a pixel was drawn. The districts stay in the
 * scene for hit testing, hovering and accessibility, without contents
 * (QGraphicsItem::ItemHasNoContents); this one item paints them all, each
 * with DistrictItem::paint(), lowest z value first and in the campaign's
 * order among equals, as the scene would. A district whose look changes
 * tells the stack (districtChanged()), which asks the views to repaint the
 * district's bounds: the rects stay apart, as the districts' own updates
 * would.
 *
 * A repaint with many districts over many rows (bandsFor()) is painted in
 * bands of rows side by side, one per processor: the GUI thread plans every
 * district (DistrictItem::plan(): the sprites live in QPixmapCache), then
 * paints the first band while the stack's thread pool paints the others,
 * each with a painter of its own on an image over the same pixels, clipped
 * to its rows as the window's painter is clipped to the repainted region.
 * Each band paints the districts that reach into it, in the same order, so
 * the pixels are those one painter paints.
 *
 * The stack does not own the districts: the scene does.
 */
class DistrictStackItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1702 };

    /// @p districts are items of the same scene, all at the scene's origin; the stack paints them.
    explicit DistrictStackItem(const QList<DistrictItem *> &districts, QGraphicsItem *parent = nullptr);
    ~DistrictStackItem() override;

    /// The most bands of rows painted side by side (one per processor, up to this).
    static constexpr int kMostBands = 4;
    /// A band is painted beside the others only with this many districts to paint per band...
    static constexpr int kMinDistrictsPerBand = 32;
    /// ... and this many device rows.
    static constexpr int kMinRowsPerBand = 96;

    int type() const override { return Type; }
    /// A district's look changed (@p reordered: and its z value): repaint where it is.
    void districtChanged(const DistrictItem *district, bool reordered);
    /// The districts' outline margins changed (the view's scale): the stack's bounds follow.
    void marginsChanged();

    /**
     * How many bands of rows a paint of @p districts over @p rows device rows
     * takes with @p processors: one per processor, up to kMostBands, each
     * with at least kMinDistrictsPerBand districts and kMinRowsPerBand rows.
     */
    static int bandsFor(int districts, int rows, int processors);

    QRectF boundingRect() const override;
    /// Empty: a point on the map is its district's, never the stack's.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

private:
    /// A district to paint and its device rect.
    struct Shown
    {
        DistrictItem *district = nullptr;
        QRect rect;
    };
    /// The image @p painter paints into, when bands may paint it side by side; else null.
    static QImage *sharedImage(const QPainter *painter);

    QList<DistrictItem *> m_districts;
    std::unique_ptr<QThreadPool> m_pool; ///< paints the bands beyond the first
    std::vector<DistrictItem *> m_order; ///< by z value, then campaign order
    bool m_orderStale = true;
    QRectF m_bounds;
};
