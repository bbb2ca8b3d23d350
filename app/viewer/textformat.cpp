#include "textformat.h"

#include "wording.h"

#include <QColor>
#include <QUrl>

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

QString TextFormat::claimHtml(const Campaign &campaign, int report, int claim, const QString &language)
{
    if (report < 0 || report >= campaign.reports.size())
        return {};
    const Report &r = campaign.reports.at(report);
    if (claim < 0 || claim >= r.claims.size())
        return {};
    const ReportClaim &c = r.claims.at(claim);
    const QString host = QUrl(r.url).host();
    QString html = QStringLiteral("<b>%1</b>, %2")
                       .arg(escape(r.attribution(c)), escape(Wording::date(r.published, language)));
    if (!r.url.isEmpty())
        html += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(escape(r.url), escape(host.isEmpty() ? r.url : host));
    const QString summary = c.summary.value(Wording::contentLanguage(language));
    if (!summary.isEmpty())
        html += QStringLiteral("<br>%1").arg(escape(summary));
    return html;
}

QString TextFormat::claimText(const Campaign &campaign, int report, int claim, const QString &language)
{
    if (report < 0 || report >= campaign.reports.size())
        return {};
    const Report &r = campaign.reports.at(report);
    if (claim < 0 || claim >= r.claims.size())
        return {};
    const ReportClaim &c = r.claims.at(claim);
    return tr("%1: %2 (%3)").arg(Wording::claimSource(r, c, language), c.summary.value(Wording::contentLanguage(language)),
                                r.url);
}
