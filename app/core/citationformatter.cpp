#include "citationformatter.h"

#include "wording.h"

#include <QLocale>
#include <QStringList>

/// Writes the plain and the HTML form of a citation side by side, so they cannot say different things.
class CitationFormatter::Builder
{
public:
    void text(const QString &s)
    {
        m_plain += s;
        m_html += s.toHtmlEscaped();
    }
    void italic(const QString &s)
    {
        m_plain += s;
        m_html += QStringLiteral("<i>%1</i>").arg(s.toHtmlEscaped());
    }
    void link(const QString &url)
    {
        m_plain += url;
        m_html += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    }
    Text result() const { return {m_plain.trimmed(), m_html.trimmed()}; }

private:
    QString m_plain;
    QString m_html;
};

CitationFormatter::CitationFormatter(const Campaign &campaign, Style style, const QString &language)
    : m_campaign(&campaign)
    , m_style(style)
    , m_language(language)
{
}

QString CitationFormatter::styleKey(Style style)
{
    return style == Style::Apa ? QStringLiteral("apa") : QStringLiteral("chicago");
}

bool CitationFormatter::styleFromKey(const QString &key, Style *style)
{
    if (key == QLatin1String("chicago"))
        *style = Style::Chicago;
    else if (key == QLatin1String("apa"))
        *style = Style::Apa;
    else
        return false;
    return true;
}

QString CitationFormatter::day(QDate date) const
{
    // Both styles write the month in words ("November 27, 2016"); Chinese has its own fixed form.
    if (Wording::contentLanguage(m_language) == QLatin1String("zh"))
        return Wording::date(date, m_language);
    return QLocale(QLocale::English).toString(date, QStringLiteral("MMMM d, yyyy"));
}

CitationFormatter::Text CitationFormatter::event(const CampaignEvent &event) const
{
    Builder b;
    const QString when = event.isRange() ? tr("%1 to %2").arg(day(event.date), day(event.endDate)) : day(event.date);
    const QString summary = Wording::eventSummary(event, m_language);
    b.text(tr("Event of %1: %2").arg(when, summary));
    if (!summary.endsWith(QLatin1Char('.')) && !summary.endsWith(QChar(0x3002)))
        b.text(QStringLiteral("."));
    b.text(QStringLiteral(" "));
    appendArticleLoci(b, {event.citation});
    appendArticle(b);
    return b.result();
}

CitationFormatter::Text CitationFormatter::districtState(const ControlTimeline &timeline, const QString &districtId,
                                                         QDate date) const
{
    Builder b;
    const DistrictAppearance a = timeline.appearanceAt(m_campaign->districtIndex(districtId), date);
    const QString when = tr("at the end of %1").arg(day(date));
    if (!a.isKnown()) {
        b.text(tr("%1, %2: no information.").arg(Wording::districtName(*m_campaign, districtId, m_language), when));
        return b.result();
    }
    appendState(b, districtId, a.control, a.leading, a.basis, when);
    if (a.disputed) {
        // A citation must not present a contested claim as settled.
        const Disagreement d = timeline.disagreementAt(m_campaign->districtIndex(districtId), date);
        b.text(tr("%1: %2 ").arg(Wording::sourcesDisagree(), Wording::disagreementReason(d.reason)));
    }
    appendSources(b, a.change);
    return b.result();
}

CitationFormatter::Text CitationFormatter::change(const ControlChange &change) const
{
    Builder b;
    appendState(b, change.district, change.control, change.leading, change.basis,
                tr("from the end of %1").arg(day(change.date)));
    appendSources(b, &change);
    return b.result();
}

void CitationFormatter::appendState(Builder &b, const QString &districtId, const QString &control,
                                    const QString &leading, Basis basis, const QString &when) const
{
    b.text(tr("%1, %2: %3; %4. ")
               .arg(Wording::districtName(*m_campaign, districtId, m_language), when,
                    Wording::control(*m_campaign, control, leading, m_language), Wording::basis(basis)));
}

void CitationFormatter::appendSources(Builder &b, const ControlChange *change) const
{
    if (change && change->isReported()) {
        appendReport(b, *change);
        return;
    }
    if (!change || change->sources.isEmpty()) {
        // An approximate state rests on reference geography: there is nothing to cite, and saying so is the point.
        b.text(tr("Not from a source: the package's approximate reference geography."));
        return;
    }
    appendArticleLoci(b, change->sources);
    appendArticle(b);
}

void CitationFormatter::appendArticleLoci(Builder &b, const QList<Citation> &sources) const
{
    QStringList loci;
    for (const Citation &c : sources) {
        QStringList refs;
        for (int n : c.refs)
            refs.append(QStringLiteral("[%1]").arg(n));
        QString locus = tr("paragraph %1").arg(c.paragraph);
        if (refs.size() == 1)
            locus = tr("%1, footnote %2").arg(locus, refs.first());
        else if (refs.size() > 1)
            locus = tr("%1, footnotes %2").arg(locus, refs.join(QString()));
        if (!c.quote.isEmpty())
            locus = tr("%1: \u201C%2\u201D").arg(locus, c.quote);
        loci.append(locus);
    }
    QString source = tr("Source: %1").arg(loci.join(QStringLiteral("; ")));
    // A quote already closes the sentence.
    if (!source.endsWith(QChar(0x201D)))
        source += QLatin1Char('.');
    b.text(source + QLatin1Char(' '));
}

void CitationFormatter::appendArticle(Builder &b) const
{
    const ArticleSource &a = m_campaign->articleSource;
    const QString wiki = Wording::articleSite(a);
    const QString revision = a.revision > 0 ? tr("revision %1").arg(a.revision) : tr("revision not recorded");
    if (m_style == Style::Chicago) {
        // Chicago, note form: "Title," Website, revision, accessed Month D, YYYY, URL.
        b.text(tr("\u201C%1,\u201D %2, %3").arg(a.title, wiki, revision));
        if (a.retrieved.isValid())
            b.text(tr(", accessed %1").arg(day(a.retrieved)));
        b.text(QStringLiteral(", "));
        b.link(a.revisionUrl());
        b.text(QStringLiteral("."));
    } else {
        // APA 7: Title. (n.d.). In Wikipedia (revision). Retrieved Month D, YYYY, from URL
        b.text(tr("%1. (n.d.). In ").arg(a.title));
        b.italic(wiki);
        b.text(QStringLiteral(" (%1). ").arg(revision));
        if (a.retrieved.isValid())
            b.text(tr("Retrieved %1, from ").arg(day(a.retrieved)));
        b.link(a.revisionUrl());
    }
}

void CitationFormatter::appendReport(Builder &b, const ControlChange &change) const
{
    const Report &r = m_campaign->reports.at(change.report);
    const ReportClaim &claim = r.claims.at(change.claim);
    const QString summary = claim.summary.value(Wording::contentLanguage(m_language));
    QString source = tr("Source: a report, not the article, by %1; the package's summary: %2")
                         .arg(r.attribution(claim), summary);
    if (!source.endsWith(QLatin1Char('.')) && !source.endsWith(QChar(0x3002)))
        source += QLatin1Char('.');
    b.text(source + QLatin1Char(' '));
    if (m_style == Style::Chicago) {
        // Chicago: Publication, Month D, YYYY, URL.
        b.italic(r.outlet.name);
        b.text(QStringLiteral(", %1, ").arg(day(r.published)));
        b.link(r.url);
        b.text(QStringLiteral("."));
    } else {
        // APA 7: Author. (YYYY, Month D). URL
        const QString published = Wording::contentLanguage(m_language) == QLatin1String("zh")
                                      ? Wording::date(r.published, m_language)
                                      : QLocale(QLocale::English).toString(r.published, QStringLiteral("yyyy, MMMM d"));
        b.italic(r.outlet.name);
        b.text(QStringLiteral(". (%1). ").arg(published));
        b.link(r.url);
    }
}
