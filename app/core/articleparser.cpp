#include "articleparser.h"

#include <QRegularExpression>

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

struct InlineText
{
    QString text;
    QList<FootnoteMarker> markers;
    QList<WikiLink> links;
};

// Reads a link destination `(url "title")` starting at the '('; returns the
// index after the closing ')', or -1 when it is not a well-formed link.
int readLinkDestination(const QString &s, int open, QString *url, QString *title)
{
    int i = open + 1;
    const int n = s.size();
    while (i < n && s.at(i) != QLatin1Char(')') && !s.at(i).isSpace()) {
        if (s.at(i) == QLatin1Char('\\') && i + 1 < n) {
            url->append(s.at(i + 1));
            i += 2;
            continue;
        }
        url->append(s.at(i++));
    }
    while (i < n && s.at(i).isSpace())
        ++i;
    if (i < n && s.at(i) == QLatin1Char('"')) {
        const int end = s.indexOf(QLatin1Char('"'), i + 1);
        if (end < 0)
            return -1;
        *title = s.mid(i + 1, end - i - 1);
        i = end + 1;
        while (i < n && s.at(i).isSpace())
            ++i;
    }
    if (i >= n || s.at(i) != QLatin1Char(')'))
        return -1;
    return i + 1;
}

void appendLineBreak(InlineText *out, const QString &s, int next)
{
    // Markdown joins wrapped lines; Chinese text wraps without a space.
    const QChar before = out->text.isEmpty() ? QChar() : out->text.back();
    const QChar after = next < s.size() ? s.at(next) : QChar();
    if (out->text.isEmpty() || before.isSpace())
        return;
    if (isCjk(before) && !after.isNull() && isCjk(after))
        return;
    out->text.append(QLatin1Char(' '));
}

InlineText parseInline(const QString &s)
{
    static const QRegularExpression marker(QStringLiteral(R"(\G\\\[(\d{1,4})\\\])"));
    InlineText out;
    const int n = s.size();
    int i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n) {
            const auto m = marker.match(s, i);
            if (m.hasMatch()) {
                out.markers.append({m.captured(1).toInt(), int(out.text.size())});
                i += m.capturedLength();
                continue;
            }
            out.text.append(s.at(i + 1));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('*') && i + 1 < n && s.at(i + 1) == QLatin1Char('*')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('[')) {
            int close = i + 1;
            while (close < n && s.at(close) != QLatin1Char(']')) {
                if (s.at(close) == QLatin1Char('\\'))
                    ++close;
                ++close;
            }
            if (close + 1 < n && s.at(close) == QLatin1Char(']') && s.at(close + 1) == QLatin1Char('(')) {
                WikiLink link;
                const int after = readLinkDestination(s, close + 1, &link.url, &link.title);
                if (after > 0) {
                    const InlineText inner = parseInline(s.mid(i + 1, close - i - 1));
                    link.text = inner.text;
                    link.offset = int(out.text.size());
                    link.length = int(inner.text.size());
                    out.text.append(inner.text);
                    out.links.append(link);
                    i = after;
                    continue;
                }
            }
        }
        if (c == QLatin1Char('\n')) {
            appendLineBreak(&out, s, i + 1);
            ++i;
            continue;
        }
        out.text.append(c);
        ++i;
    }
    // Trim surrounding white space and keep every recorded offset pointing at
    // the same character.
    qsizetype lead = 0;
    while (lead < out.text.size() && out.text.at(lead).isSpace())
        ++lead;
    qsizetype end = out.text.size();
    while (end > lead && out.text.at(end - 1).isSpace())
        --end;
    out.text = out.text.mid(lead, end - lead);
    const int size = int(out.text.size());
    auto clampOffset = [&](int offset) { return qBound(0, offset - int(lead), size); };
    for (FootnoteMarker &m : out.markers)
        m.offset = clampOffset(m.offset);
    for (WikiLink &l : out.links) {
        const int start = clampOffset(l.offset);
        l.length = clampOffset(l.offset + l.length) - start;
        l.offset = start;
    }
    return out;
}

bool isReferenceHeading(const QString &heading)
{
    static const QStringList names{QStringLiteral("參考文獻"), QStringLiteral("参考文献"),   QStringLiteral("參考資料"),
                                   QStringLiteral("参考资料"), QStringLiteral("References"), QStringLiteral("注釋"),
                                   QStringLiteral("腳註")};
    return names.contains(heading.trimmed());
}

} // namespace

QList<DateMention> ArticleParser::findDates(const QString &text, int *year)
{
    // One alternation keeps years and dates in document order: a bare year
    // ("2016年9月") only updates the context.
    static const QRegularExpression re(QStringLiteral(
        R"((?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*(至|到|和|及|、)\s*(?:(?:(\d{4})年)?(\d{1,2})月)?(\d{1,2})日)?|(\d{4})年)"));
    QList<DateMention> dates;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(8).isEmpty()) {
            *year = m.captured(8).toInt();
            continue;
        }
        if (!m.captured(1).isEmpty())
            *year = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        const QDate start(*year, month, m.captured(3).toInt());
        if (!start.isValid())
            continue; // not a calendar day ("2月30日"): not a date mention
        const QString joiner = m.captured(4);
        if (joiner.isEmpty()) {
            dates.append({start, start, int(m.capturedStart()), int(m.capturedLength())});
            continue;
        }
        int endYear = m.captured(5).isEmpty() ? *year : m.captured(5).toInt();
        const int endMonth = m.captured(6).isEmpty() ? month : m.captured(6).toInt();
        if (!m.captured(5).isEmpty())
            *year = endYear;
        QDate end(endYear, endMonth, m.captured(7).toInt());
        if (!end.isValid()) {
            dates.append({start, start, int(m.capturedStart()), int(m.capturedEnd(3) + 1 - m.capturedStart())});
            continue;
        }
        if (joiner == QStringLiteral("至") || joiner == QStringLiteral("到")) {
            if (end < start && endYear == start.year())
                end = end.addYears(1); // "12月30日至1月2日" crosses the new year
            dates.append({start, end, int(m.capturedStart()), int(m.capturedLength())});
        } else {
            // "9月23日和24日": two days named together.
            dates.append({start, start, int(m.capturedStart()), int(m.capturedEnd(3) + 1 - m.capturedStart())});
            dates.append({end, end, int(m.capturedStart(4) + 1), int(m.capturedEnd() - m.capturedStart(4) - 1)});
        }
    }
    return dates;
}

ArticleParseResult ArticleParser::parse(const QString &markdown, const QString &fileName, int defaultYear)
{
    static const QRegularExpression headingRe(QStringLiteral(R"(^(#{1,6})\s+(.+?)\s*#*\s*$)"));
    static const QRegularExpression imageRe(
        QStringLiteral(R"(^\[([^\]\n]+\.(?:svg|png|jpe?g|gif|webp))\]\((\S+)\s+"fig:[^"]*"\)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression categoryRe(QStringLiteral(R"(^\[Category:([^\]\n]+)\]\()"));
    static const QRegularExpression refItemRe(QStringLiteral(R"(^(\d{1,4})\.(?:\s+(.*))?$)"));

    ArticleParseResult result;
    Article &article = result.article;
    article.markdown = markdown;

    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    int year = defaultYear;
    int section = -1;
    bool inReferences = false;
    QStringList block;
    int blockLine = 0;
    int currentRef = -1; // index into article.references while continuation lines may follow

    auto flushParagraph = [&]() {
        if (block.isEmpty())
            return;
        Paragraph p;
        p.number = int(article.paragraphs.size()) + 1;
        p.section = section;
        p.line = blockLine;
        p.markdown = block.join(QLatin1Char('\n'));
        InlineText inl = parseInline(p.markdown);
        p.text = inl.text;
        p.markers = inl.markers;
        p.links = inl.links;
        p.dates = findDates(p.text, &year);
        article.paragraphs.append(p);
        block.clear();
    };
    auto finishReference = [&]() {
        if (currentRef < 0)
            return;
        Reference &r = article.references[currentRef];
        const InlineText inl = parseInline(r.text);
        r.text = inl.text;
        if (!inl.links.isEmpty()) {
            r.title = inl.links.first().text;
            r.url = inl.links.first().url;
        } else {
            r.title = inl.text;
        }
        currentRef = -1;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = i + 1;
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        if (const auto h = headingRe.match(line); h.hasMatch()) {
            flushParagraph();
            finishReference();
            article.sections.append({h.captured(2), lineNo});
            section = int(article.sections.size()) - 1;
            inReferences = isReferenceHeading(h.captured(2));
            continue;
        }
        if (const auto c = categoryRe.match(line); c.hasMatch()) {
            flushParagraph();
            finishReference();
            article.categories.append(c.captured(1));
            continue;
        }
        if (const auto img = imageRe.match(line); img.hasMatch() && block.isEmpty()) {
            article.images.append({img.captured(1), img.captured(2), lineNo, section});
            continue;
        }
        if (inReferences) {
            if (const auto r = refItemRe.match(line); r.hasMatch()) {
                finishReference();
                Reference ref;
                ref.number = r.captured(1).toInt();
                ref.line = lineNo;
                ref.text = r.captured(2);
                const int expected = article.references.isEmpty() ? 1 : article.references.constLast().number + 1;
                if (ref.number != expected) {
                    result.problems.append(
                        {fileName, lineNo, 1,
                         tr("reference %1 is out of sequence (expected %2)").arg(ref.number).arg(expected)});
                }
                article.references.append(ref);
                currentRef = int(article.references.size()) - 1;
                continue;
            }
            if (currentRef >= 0 && line.startsWith(QLatin1Char(' '))) {
                Reference &ref = article.references[currentRef];
                ref.text += QLatin1Char('\n') + line.trimmed();
                continue;
            }
        }
        if (block.isEmpty())
            blockLine = lineNo;
        block.append(line);
    }
    flushParagraph();
    finishReference();

    // Every marker must point into the reference list.
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        for (const FootnoteMarker &m : p.markers) {
            if (!article.reference(m.ref)) {
                result.problems.append(
                    {fileName, p.line, 1,
                     tr("footnote [%1] in paragraph %2 has no entry in the reference list").arg(m.ref).arg(p.number)});
            }
        }
    }
    return result;
}
