#include "svgdistrictreader.h"

#include <QList>
#include <QXmlStreamAttributes>
#include <QtMath>

#include <array>
#include <charconv>
#include <cmath>

namespace {

class Tokens
{
public:
    /// Reads @p text, which must outlive the tokens.
    explicit Tokens(QStringView text)
        : m_text(text)
    {
    }

    void skipSeparators()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos).isSpace() || m_text.at(m_pos) == QLatin1Char(',')))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSeparators();
        return m_pos >= m_text.size();
    }
    bool nextIsNumber()
    {
        skipSeparators();
        if (m_pos >= m_text.size())
            return false;
        const QChar c = m_text.at(m_pos);
        return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.');
    }
    QChar command()
    {
        skipSeparators();
        return m_text.at(m_pos++);
    }
    bool number(double *value)
    {
        skipSeparators();
        // [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?, scanned by hand: a regular
        // expression match per number cost more than the rest of the parse.
        const qsizetype n = m_text.size();
        const auto digit = [&](qsizetype i) {
            return i < n && m_text.at(i) >= QLatin1Char('0') && m_text.at(i) <= QLatin1Char('9');
        };
        const auto is = [&](qsizetype i, char a, char b) {
            return i < n && (m_text.at(i) == QLatin1Char(a) || m_text.at(i) == QLatin1Char(b));
        };
        qsizetype i = m_pos;
        if (is(i, '+', '-'))
            ++i;
        const qsizetype intStart = i;
        while (digit(i))
            ++i;
        bool mantissa = i > intStart;
        if (is(i, '.', '.')) {
            const qsizetype fracStart = ++i;
            while (digit(i))
                ++i;
            mantissa = mantissa || i > fracStart;
        }
        if (!mantissa)
            return false;
        if (is(i, 'e', 'E')) {
            qsizetype e = i + 1;
            if (is(e, '+', '-'))
                ++e;
            if (digit(e)) {
                while (digit(e))
                    ++e;
                i = e;
            }
        }
        // The scanned characters are ASCII: std::from_chars converts them as
        // exactly as QString::toDouble (correctly rounded), without its locale
        // machinery, which cost most of reading a label's transform.
        std::array<char, 64> ascii;
        const qsizetype start = m_text.at(m_pos) == QLatin1Char('+') ? m_pos + 1 : m_pos;
        if (i - start > qsizetype(ascii.size())) {
            bool ok = false;
            *value = m_text.sliced(m_pos, i - m_pos).toDouble(&ok);
            m_pos = i;
            return ok && std::isfinite(*value);
        }
        for (qsizetype k = start; k < i; ++k)
            ascii[size_t(k - start)] = char(m_text.at(k).unicode());
        const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + (i - start), *value);
        m_pos = i;
        return error == std::errc() && end == ascii.data() + (i - start) && std::isfinite(*value);
    }
    // Arc flags may be written without separators ("a1 1 0 00 1 1").
    bool flag(bool *value)
    {
        skipSeparators();
        if (m_pos >= m_text.size())
            return false;
        const QChar c = m_text.at(m_pos);
        if (c != QLatin1Char('0') && c != QLatin1Char('1'))
            return false;
        *value = c == QLatin1Char('1');
        ++m_pos;
        return true;
    }
    qsizetype position() const { return m_pos; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// SVG arc (endpoint parameterisation, SVG 1.1 appendix F.6) as cubic Béziers.
void arcTo(QPainterPath *path, QPointF from, double rx, double ry, double angleDeg, bool largeArc, bool sweep,
           QPointF to)
{
    if (from == to)
        return;
    rx = std::abs(rx);
    ry = std::abs(ry);
    if (rx == 0 || ry == 0) {
        path->lineTo(to);
        return;
    }
    const double phi = qDegreesToRadians(angleDeg);
    const double cosPhi = std::cos(phi);
    const double sinPhi = std::sin(phi);
    const double dx = (from.x() - to.x()) / 2;
    const double dy = (from.y() - to.y()) / 2;
    const double x1 = cosPhi * dx + sinPhi * dy;
    const double y1 = -sinPhi * dx + cosPhi * dy;
    const double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
    if (lambda > 1) {
        rx *= std::sqrt(lambda);
        ry *= std::sqrt(lambda);
    }
    const double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
    const double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
    double coef = den > 0 ? std::sqrt(std::max(0.0, num / den)) : 0.0;
    if (largeArc == sweep)
        coef = -coef;
    const double cx1 = coef * rx * y1 / ry;
    const double cy1 = -coef * ry * x1 / rx;
    const double cx = cosPhi * cx1 - sinPhi * cy1 + (from.x() + to.x()) / 2;
    const double cy = sinPhi * cx1 + cosPhi * cy1 + (from.y() + to.y()) / 2;
    const auto angle = [](double ux, double uy, double vx, double vy) {
        return std::atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    };
    const double theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
    double delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
    if (!sweep && delta > 0)
        delta -= 2 * M_PI;
    else if (sweep && delta < 0)
        delta += 2 * M_PI;
    const int segments = int(std::ceil(std::abs(delta) / (M_PI / 2)));
    const double step = delta / segments;
    const double k = 4.0 / 3.0 * std::tan(step / 4);
    auto point = [&](double t) {
        return QPointF(cx + rx * std::cos(t) * cosPhi - ry * std::sin(t) * sinPhi,
                       cy + rx * std::cos(t) * sinPhi + ry * std::sin(t) * cosPhi);
    };
    auto derivative = [&](double t) {
        return QPointF(-rx * std::sin(t) * cosPhi - ry * std::cos(t) * sinPhi,
                       -rx * std::sin(t) * sinPhi + ry * std::cos(t) * cosPhi);
    };
    double t = theta1;
    for (int i = 0; i < segments; ++i) {
        const double t2 = t + step;
        const QPointF p1 = point(t) + k * derivative(t);
        const QPointF p2 = point(t2) - k * derivative(t2);
        path->cubicTo(p1, p2, i + 1 == segments ? to : point(t2));
        t = t2;
    }
}

QPainterPath polygonPath(const QString &points, bool *ok)
{
    QPainterPath path;
    Tokens tokens(points);
    QList<QPointF> pts;
    *ok = true;
    while (!tokens.atEnd()) {
        double x = 0;
        double y = 0;
        if (!tokens.number(&x) || !tokens.number(&y)) {
            *ok = false;
            return {};
        }
        pts.append(QPointF(x, y));
    }
    if (pts.size() < 3) {
        *ok = false;
        return {};
    }
    path.addPolygon(QPolygonF(pts));
    path.closeSubpath();
    return path;
}

} // namespace

bool SvgDistrictReader::parsePathData(const QString &data, QPainterPath *path, QString *error)
{
    Tokens tokens(data);
    QPointF current;
    QPointF start;
    QPointF lastControl;
    QChar lastCommand;
    QChar command;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    while (!tokens.atEnd()) {
        if (!tokens.nextIsNumber()) {
            command = tokens.command();
        } else if (command.isNull()) {
            return fail(SvgDistrictReader::tr("path data must start with a command"));
        } else if (command == QLatin1Char('M')) {
            command = QLatin1Char('L'); // extra pairs after a moveto are linetos
        } else if (command == QLatin1Char('m')) {
            command = QLatin1Char('l');
        } else if (command.toUpper() == QLatin1Char('Z')) {
            return fail(SvgDistrictReader::tr("numbers after a closepath at offset %1").arg(tokens.position()));
        }
        const bool rel = command.isLower();
        const QPointF base = rel ? current : QPointF();
        double v[7] = {};
        auto numbers = [&](int n) {
            for (int i = 0; i < n; ++i) {
                if (!tokens.number(&v[i]))
                    return false;
            }
            return true;
        };
        const char c = command.toUpper().toLatin1();
        switch (c) {
        case 'M':
            if (!numbers(2))
                return fail(SvgDistrictReader::tr("bad moveto at offset %1").arg(tokens.position()));
            current = base + QPointF(v[0], v[1]);
            start = current;
            path->moveTo(current);
            break;
        case 'L':
            if (!numbers(2))
                return fail(SvgDistrictReader::tr("bad lineto at offset %1").arg(tokens.position()));
            current = base + QPointF(v[0], v[1]);
            path->lineTo(current);
            break;
        case 'H':
            if (!numbers(1))
                return fail(SvgDistrictReader::tr("bad horizontal lineto at offset %1").arg(tokens.position()));
            current.setX(rel ? current.x() + v[0] : v[0]);
            path->lineTo(current);
            break;
        case 'V':
            if (!numbers(1))
                return fail(SvgDistrictReader::tr("bad vertical lineto at offset %1").arg(tokens.position()));
            current.setY(rel ? current.y() + v[0] : v[0]);
            path->lineTo(current);
            break;
        case 'C': {
            if (!numbers(6))
                return fail(SvgDistrictReader::tr("bad curveto at offset %1").arg(tokens.position()));
            const QPointF c1 = base + QPointF(v[0], v[1]);
            const QPointF c2 = base + QPointF(v[2], v[3]);
            current = base + QPointF(v[4], v[5]);
            path->cubicTo(c1, c2, current);
            lastControl = c2;
            break;
        }
        case 'S': {
            if (!numbers(4))
                return fail(SvgDistrictReader::tr("bad smooth curveto at offset %1").arg(tokens.position()));
            const bool reflect = QStringLiteral("CcSs").contains(lastCommand);
            const QPointF c1 = reflect ? 2 * current - lastControl : current;
            const QPointF c2 = base + QPointF(v[0], v[1]);
            current = base + QPointF(v[2], v[3]);
            path->cubicTo(c1, c2, current);
            lastControl = c2;
            break;
        }
        case 'Q': {
            if (!numbers(4))
                return fail(SvgDistrictReader::tr("bad quadratic curveto at offset %1").arg(tokens.position()));
            const QPointF c1 = base + QPointF(v[0], v[1]);
            current = base + QPointF(v[2], v[3]);
            path->quadTo(c1, current);
            lastControl = c1;
            break;
        }
        case 'T': {
            if (!numbers(2))
                return fail(SvgDistrictReader::tr("bad smooth quadratic curveto at offset %1").arg(tokens.position()));
            const bool reflect = QStringLiteral("QqTt").contains(lastCommand);
            const QPointF c1 = reflect ? 2 * current - lastControl : current;
            current = base + QPointF(v[0], v[1]);
            path->quadTo(c1, current);
            lastControl = c1;
            break;
        }
        case 'A': {
            bool large = false;
            bool sweep = false;
            if (!numbers(3) || !tokens.flag(&large) || !tokens.flag(&sweep) || !tokens.number(&v[5])
                || !tokens.number(&v[6]))
                return fail(SvgDistrictReader::tr("bad arc at offset %1").arg(tokens.position()));
            const QPointF to = base + QPointF(v[5], v[6]);
            arcTo(path, current, v[0], v[1], v[2], large, sweep, to);
            current = to;
            break;
        }
        case 'Z':
            path->closeSubpath();
            current = start;
            break;
        default:
            return fail(SvgDistrictReader::tr("unknown path command \"%1\"").arg(command));
        }
        lastCommand = command;
    }
    return true;
}

bool SvgDistrictReader::parseTransform(const QString &text, QTransform *transform)
{
    // A list of "name(numbers)" items, separated by white space and at most
    // one comma, read by hand: a regular expression per item cost more than
    // the rest of reading a label.
    QTransform result;
    const QStringView all(text);
    qsizetype pos = 0;
    const auto skipSpace = [&] {
        while (pos < all.size() && all.at(pos).isSpace())
            ++pos;
    };
    skipSpace();
    while (pos < all.size()) {
        const qsizetype nameStart = pos;
        while (pos < all.size() && all.at(pos).isLetter())
            ++pos;
        const QStringView name = all.sliced(nameStart, pos - nameStart);
        skipSpace();
        if (name.isEmpty() || pos >= all.size() || all.at(pos) != QLatin1Char('('))
            return false;
        const qsizetype close = all.indexOf(QLatin1Char(')'), pos + 1);
        if (close < 0)
            return false;
        QList<double> args;
        Tokens tokens(all.sliced(pos + 1, close - pos - 1));
        while (!tokens.atEnd()) {
            double v = 0;
            if (!tokens.number(&v))
                return false;
            args.append(v);
        }
        QTransform t;
        if (name == QLatin1String("matrix") && args.size() == 6)
            t = QTransform(args[0], args[1], args[2], args[3], args[4], args[5]);
        else if (name == QLatin1String("translate") && (args.size() == 1 || args.size() == 2))
            t.translate(args[0], args.value(1, 0.0));
        else if (name == QLatin1String("scale") && (args.size() == 1 || args.size() == 2))
            t.scale(args[0], args.size() == 2 ? args[1] : args[0]);
        else if (name == QLatin1String("rotate") && args.size() == 1)
            t.rotate(args[0]);
        else if (name == QLatin1String("rotate") && args.size() == 3)
            t.translate(args[1], args[2]).rotate(args[0]).translate(-args[1], -args[2]);
        else if (name == QLatin1String("skewX") && args.size() == 1)
            t.shear(std::tan(qDegreesToRadians(args[0])), 0);
        else if (name == QLatin1String("skewY") && args.size() == 1)
            t.shear(0, std::tan(qDegreesToRadians(args[0])));
        else
            return false;
        // "A B" applies B first: with Qt's row vectors that is B * A.
        result = t * result;
        pos = close + 1;
        skipSpace();
        if (pos < all.size() && all.at(pos) == QLatin1Char(',')) {
            ++pos;
            skipSpace();
            if (pos >= all.size())
                return false; // a trailing comma
        }
    }
    *transform = result;
    return true;
}

SvgDistrictReader::SvgDistrictReader(QSet<QString> ids)
    : m_ids(std::move(ids))
{
}

QStringList SvgDistrictReader::startElement(QStringView name, const QXmlStreamAttributes &attributes)
{
    QStringList problems;
    QTransform own;
    const QString transformText = attributes.value(QLatin1String("transform")).toString();
    if (!transformText.isEmpty() && !parseTransform(transformText, &own))
        problems.append(tr("cannot read transform \"%1\"").arg(transformText));
    // The root <svg>'s viewBox defines the user units the map uses; its own
    // size never scales them.
    const QTransform total = m_transforms.isEmpty() ? QTransform() : own * m_transforms.last();
    m_transforms.append(total);
    const QString id = attributes.value(QLatin1String("id")).toString();
    if (id.isEmpty() || !m_ids.contains(id))
        return problems;
    QPainterPath path;
    bool ok = true;
    QString error;
    if (name == QLatin1String("path")) {
        ok = parsePathData(attributes.value(QLatin1String("d")).toString(), &path, &error);
    } else if (name == QLatin1String("polygon")) {
        path = polygonPath(attributes.value(QLatin1String("points")).toString(), &ok);
        error = tr("bad points");
    } else if (name == QLatin1String("rect")) {
        bool okW = false;
        bool okH = false;
        const double w = attributes.value(QLatin1String("width")).toDouble(&okW);
        const double h = attributes.value(QLatin1String("height")).toDouble(&okH);
        ok = okW && okH && w > 0 && h > 0;
        path.addRect(attributes.value(QLatin1String("x")).toDouble(), attributes.value(QLatin1String("y")).toDouble(),
                     w, h);
        error = tr("bad width or height");
    } else {
        problems.append(tr("district \"%1\" is a <%2>; use a <path>, <polygon> or <rect>").arg(id, name.toString()));
        return problems;
    }
    if (!ok) {
        problems.append(tr("district \"%1\": %2").arg(id, error));
        return problems;
    }
    path.setFillRule(attributes.value(QLatin1String("fill-rule")) == QLatin1String("nonzero") ? Qt::WindingFill
                                                                                              : Qt::OddEvenFill);
    m_paths.insert(id, total.isIdentity() ? path : total.map(path));
    return problems;
}

void SvgDistrictReader::endElement()
{
    if (!m_transforms.isEmpty())
        m_transforms.removeLast();
}
