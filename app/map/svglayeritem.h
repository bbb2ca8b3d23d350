#pragma once

#include <QGraphicsSvgItem>

/**
 * @brief One layer of the SVG base map (a top-level group, or the whole drawing).
 *
 * A QGraphicsSvgItem whose bounding rect covers everything the layer may
 * draw: QtSvg's element bounds miss parts of transformed text, and a cached
 * item (QGraphicsItem::DeviceCoordinateCache, which the map's scene uses for
 * its layers) keeps only what lies inside its bounding rect. The drawing is
 * QtSvg's, mapped onto the element's own bounds as QGraphicsSvgItem maps it.
 */
class SvgLayerItem : public QGraphicsSvgItem
{
public:
    explicit SvgLayerItem(QGraphicsItem *parent = nullptr);

    /// Widens the bounding rect to @p itemRect (item coordinates), united with the element's bounds.
    void setDrawingBounds(const QRectF &itemRect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;

private:
    QRectF m_bounds;
};
