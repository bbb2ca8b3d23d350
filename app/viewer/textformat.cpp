#include "textformat.h"

#include "wording.h"

#include <QColor>
#include <QUrl>
#include <QUrlQuery>

namespace {

const ReportClaim *claimAt(const Campaign &campaign, int report, int claim)
{
    if (report < 0 || report >= campaign.reports.size())
        return nullptr;
    const QList<ReportClaim> &claims = campaign.reports.at(report).claims;
    return claim >= 0 && claim < claims.size() ? &claims.at(claim) : nullptr;
}

} // namespace

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

QUrl TextFormat::articleHistoryUrl(const ArticleSource &source)
{
    const QUrl article(source.url);
    const QString wikiPath = QStringLiteral("/wiki/");
    if (!article.isValid() || !article.path().startsWith(wikiPath))
        return {};
    QUrl history(article);
    history.setPath(QStringLiteral("/w/index.php"));
    history.setFragment(QString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("title"), article.path().mid(wikiPath.size()));
    query.addQueryItem(QStringLiteral("action"), QStringLiteral("history"));
    history.setQuery(query);
    return history;
}

QString TextFormat::emptyReferenceHtml(const ArticleSource &source)
{
    QString html = QStringLiteral("<i style='color:gray'>%1</i>")
                       .arg(escape(tr("No text for this reference in the article's copy.")));
    if (source.url.isEmpty())
        return html;
    const QUrl article(source.url);
    html += QStringLiteral("<br>%1 <a href=\"%2\">%3</a>")
                .arg(escape(tr("Look it up in the article on Chinese Wikipedia:")),
                     escape(article.toString(QUrl::FullyEncoded)), escape(source.url));
    const QUrl history = articleHistoryUrl(source);
    if (history.isValid())
        html += QStringLiteral(" <span style='color:gray'>%1</span>")
                    .arg(tr("(this copy is one revision of it: see the <a href=\"%1\">revision history</a>)")
                             .arg(escape(history.toString(QUrl::FullyEncoded))));
    return html;
}

QString TextFormat::claimHtml(const Campaign &campaign, int report, int claim, const QString &language)
{
    const ReportClaim *found = claimAt(campaign, report, claim);
    if (!found)
        return {};
    const Report &r = campaign.reports.at(report);
    const ReportClaim &c = *found;
    const QString host = QUrl(r.url).host();
    QString html = QStringLiteral("<b>%1</b>, %2")
                       .arg(escape(r.attribution(c)), escape(Wording::date(r.published, language)));
    if (!r.url.isEmpty())
        html += QStringLiteral(" · <a href=\"%1\">%2</a>").arg(escape(r.url), escape(host.isEmpty() ? r.url : host));
    const QString summary = c.summary.value(Wording::contentLanguage(language));
    if (!summary.isEmpty())
        html += QStringLiteral("<br>%1").arg(escape(summary));
    return html;
}

QString TextFormat::claimText(const Campaign &campaign, int report, int claim, const QString &language)
{
    const ReportClaim *c = claimAt(campaign, report, claim);
    if (!c)
        return {};
    const Report &r = campaign.reports.at(report);
    return tr("%1: %2 (%3)")
        .arg(Wording::claimSource(r, *c, language), c->summary.value(Wording::contentLanguage(language)), r.url);
}
