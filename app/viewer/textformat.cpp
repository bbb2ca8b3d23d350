#include "textformat.h"

#include <QColor>

QString TextFormat::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QColor TextFormat::controlColor(const Campaign &campaign, const QString &control, const QString &leading)
{
    if (control == kContested && !leading.isEmpty())
        return Side::colorOf(campaign.sides, leading).lighter(130);
    return Side::colorOf(campaign.sides, control);
}

QString TextFormat::quoteHtml(const Article &article, const Citation &citation, const QString &hrefPrefix)
{
    const Paragraph *paragraph = article.paragraph(citation.paragraph);
    if (!paragraph || citation.offset < 0) {
        QString html = escape(citation.quote);
        for (int ref : citation.refs)
            html += QStringLiteral("<sup><a href=\"%1%2\">[%2]</a></sup>").arg(hrefPrefix).arg(ref);
        return html;
    }
    const int start = citation.offset;
    const int end = start + int(citation.quote.size());
    QString html;
    int pos = start;
    for (const FootnoteMarker &m : paragraph->markers) {
        if (m.offset <= start || m.offset > end)
            continue;
        html += escape(paragraph->text.mid(pos, m.offset - pos));
        pos = m.offset;
        html += QStringLiteral("<sup><a href=\"%1%2\">[%2]</a></sup>").arg(hrefPrefix).arg(m.ref);
    }
    html += escape(paragraph->text.mid(pos, end - pos));
    return html;
}
