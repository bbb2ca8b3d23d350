#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <vector>

class DistrictItem;

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
 * The stack does not own the districts: the scene does.
 */
class DistrictStackItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1702 };

    /// @p districts are items of the same scene, all at the scene's origin; the stack paints them.
    explicit DistrictStackItem(const QList<DistrictItem *> &districts, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    /// A district's look changed (@p reordered: and its z value): repaint where it is.
    void districtChanged(const DistrictItem *district, bool reordered);
    /// The districts' outline margins changed (the view's scale): the stack's bounds follow.
    void marginsChanged();

    QRectF boundingRect() const override;
    /// Empty: a point on the map is its district's, never the stack's.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

private:
    QList<DistrictItem *> m_districts;
    std::vector<DistrictItem *> m_order; ///< by z value, then campaign order
    bool m_orderStale = true;
    QRectF m_bounds;
};
