#include "legend.h"

#include "districtlook.h"
#include "mapscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {

DistrictAppearance makeState(const QString &control, Basis basis, const QString &leading = QString(),
                             const QStringList &contestants = {}, bool changedToday = false, bool disputed = false)
{
    // A legend swatch needs a known state: any change will do, it is never read.
    static const ControlChange dummy;
    DistrictAppearance s;
    s.control = control;
    s.leading = leading;
    s.basis = basis;
    s.change = &dummy;
    s.contestants = contestants;
    s.changedToday = changedToday;
    s.disputed = disputed;
    return s;
}

struct Metrics
{
    double em;
    double line;
    double padding;
    double swatchW;
    double swatchH;
    double gap;
    double row;
    double sectionGap;
};

Metrics metrics(const QFontMetricsF &fm)
{
    const double em = fm.height();
    return {em, fm.lineSpacing(), 0.6 * em, 2.3 * em, 1.25 * em, 0.55 * em, 1.55 * em, 0.35 * em};
}

} // namespace

void Legend::setScene(const MapScene &scene)
{
    setSides(scene.campaign().sides);
    setShowUnknown(scene.hasUnknownDistricts());
    setShowReports(scene.timeline().sources() == ControlTimeline::Sources::WithReports
                   && !scene.campaign().reports.isEmpty());
    setShowLand(scene.hasBaseMap());
    setShowCompare(scene.compareDate().isValid());
}

void Legend::setShowCompare(bool show)
{
    m_showCompare = show;
}

void Legend::setSides(const QList<Side> &sides)
{
    m_sides = sides;
}

void Legend::setLanguage(const QString &language)
{
    m_language = language;
}

void Legend::setShowSelection(bool show)
{
    m_showSelection = show;
}

void Legend::setShowUnknown(bool show)
{
    m_showUnknown = show;
}

void Legend::setShowReports(bool show)
{
    m_showReports = show;
}

void Legend::setShowLand(bool show)
{
    m_showLand = show;
}

QColor Legend::landFill()
{
    return QColor(0xE6, 0xE6, 0xE3);
}

QColor Legend::landOutline()
{
    return QColor(0x8C, 0x8C, 0x86);
}

QList<Legend::Entry> Legend::entries() const
{
    QList<Entry> out;
    out.append({tr("Control at the end of the day"), {}, {}});
    for (const Side &side : m_sides)
        out.append(
            {{}, DistrictLook::forState(makeState(side.id, Basis::Stated), m_sides), side.name.value(m_language)});
    if (m_sides.size() >= 2) {
        const QStringList pair{m_sides.at(0).id, m_sides.at(1).id};
        out.append({{},
                    DistrictLook::forState(makeState(kContested, Basis::Stated, pair.at(0), pair), m_sides),
                    tr("Contested: the base colour holds most")});
        out.append({{},
                    DistrictLook::forState(makeState(kContested, Basis::Stated, QString(), pair), m_sides),
                    tr("Contested: no side known to hold most")});
    }
    if (m_showUnknown)
        out.append({{}, DistrictLook::forState(DistrictAppearance(), m_sides), tr("No information for this day")});

    // The basis swatches use a neutral grey: the strength and pattern mean the
    // same for every side.
    const QList<Side> neutral{{QStringLiteral("neutral"), {}, QColor(0x70, 0x70, 0x70)}};
    out.append({tr("How it is known"), {}, {}});
    out.append({{},
                DistrictLook::forState(makeState(QStringLiteral("neutral"), Basis::Stated), neutral),
                tr("Stated in the article")});
    if (m_showReports)
        out.append({{},
                    DistrictLook::forState(makeState(QStringLiteral("neutral"), Basis::Reported), neutral),
                    tr("Reported, not in the article: medium, dash-dot")});
    out.append({{},
                DistrictLook::forState(makeState(QStringLiteral("neutral"), Basis::Inferred), neutral),
                tr("Inferred from the article: lighter, dashed")});
    out.append({{},
                DistrictLook::forState(makeState(QStringLiteral("neutral"), Basis::Approximate), neutral),
                tr("Approximate, not from the article: pale, dotted")});

    out.append({tr("Outlines"), {}, {}});
    // A highlight as the map draws it, over a pale district.
    const DistrictAppearance none = makeState(QStringLiteral("neutral"), Basis::Stated);
    const DistrictAppearance changed = makeState(QStringLiteral("neutral"), Basis::Stated, {}, {}, true);
    const QList<Side> pale{{QStringLiteral("neutral"), {}, QColor(0xF2, 0xF2, 0xF2)}};
    if (m_showCompare && m_sides.size() >= 2) {
        // Compare mode draws the change itself: new side's fill, the former side as the outline.
        const DistrictAppearance now = makeState(m_sides.at(0).id, Basis::Stated);
        const DistrictAppearance then = makeState(m_sides.at(1).id, Basis::Stated);
        out.append({{},
                    DistrictLook::forComparison(now, then, m_sides),
                    tr("Changed: new side's fill, outline of the side before")});
        out.append({{}, DistrictLook::forComparison(now, now, m_sides), tr("Unchanged between the two dates (muted)")});
    } else {
        out.append({{}, DistrictLook::forState(changed, pale), tr("Control changed on this day")});
    }
    if (m_showReports) {
        // Over a held district: the side's colour stays visible inside the outline.
        const DistrictAppearance disputed = makeState(QStringLiteral("neutral"), Basis::Reported, {}, {}, false, true);
        out.append({{}, DistrictLook::forState(disputed, neutral), tr("Sources disagree: the map shows one claim")});
    }
    if (m_showSelection)
        out.append({{}, DistrictLook::forState(none, pale, true), tr("Selected district")});
    if (m_showLand)
        out.append({{}, {}, tr("Land in no district (boundaries approximate)"), landFill(), landOutline()});
    return out;
}

QSizeF Legend::size(const QFont &font) const
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const QFontMetricsF fmBold(bold);
    const Metrics m = metrics(fm);
    double width = 0;
    double height = m.padding;
    bool firstSection = true;
    for (const Entry &e : entries()) {
        if (!e.section.isEmpty()) {
            width = std::max(width, fmBold.horizontalAdvance(e.section));
            height += (firstSection ? 0.0 : m.sectionGap) + m.row;
            firstSection = false;
        } else {
            width = std::max(width, m.swatchW + m.gap + fm.horizontalAdvance(e.text));
            height += m.row;
        }
    }
    return {width + 2 * m.padding, height + m.padding};
}

void Legend::paint(QPainter *painter, const QPointF &topLeft, const QFont &font) const
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font);
    const Metrics m = metrics(fm);
    const QSizeF total = size(font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF panel(topLeft, total);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.0));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(panel, m.em * 0.3, m.em * 0.3);

    double y = topLeft.y() + m.padding;
    const double x = topLeft.x() + m.padding;
    bool firstSection = true;
    for (const Entry &e : entries()) {
        if (!e.section.isEmpty()) {
            y += firstSection ? 0.0 : m.sectionGap;
            firstSection = false;
            painter->setFont(bold);
            painter->setPen(QColor(0x22, 0x22, 0x22));
            painter->drawText(QRectF(x, y, total.width() - 2 * m.padding, m.row), Qt::AlignLeft | Qt::AlignVCenter,
                              e.section);
            y += m.row;
            continue;
        }
        const QRectF swatch(x + 0.15 * m.em, y + (m.row - m.swatchH) / 2, m.swatchW - 0.3 * m.em, m.swatchH);
        QPainterPath path;
        path.addRect(swatch);
        if (e.fill.isValid()) {
            painter->setPen(QPen(e.outline, 1.0));
            painter->setBrush(e.fill);
            painter->drawPath(path);
        } else {
            e.look.paint(painter, path, swatch);
        }
        painter->setFont(font);
        painter->setPen(QColor(0x22, 0x22, 0x22));
        painter->drawText(QRectF(x + m.swatchW + m.gap, y, total.width(), m.row), Qt::AlignLeft | Qt::AlignVCenter,
                          e.text);
        y += m.row;
    }
    painter->restore();
}
