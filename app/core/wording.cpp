#include "wording.h"

#include <QLocale>
#include <QUrl>

QString Wording::basis(Basis basis)
{
    switch (basis) {
    case Basis::Stated:
        return tr("stated (article)");
    case Basis::Inferred:
        return tr("inferred from the article");
    case Basis::Reported:
        return tr("reported, not in the article");
    case Basis::Approximate:
        break;
    }
    return tr("approximate (reference geography, not the article)");
}

QString Wording::sourcesDisagree()
{
    return tr("Sources disagree");
}

QString Wording::disagreementReason(Disagreement::Reason reason)
{
    switch (reason) {
    case Disagreement::Reason::None:
        break;
    case Disagreement::Reason::ArticleFirst:
        return tr("The map follows the article: its own statements take precedence over reports.");
    case Disagreement::Reason::ReportOverInference:
        return tr("The map follows the report: a dated report is preferred to what is only inferred from the "
                  "article.");
    case Disagreement::Reason::IndependentOverParty:
        return tr("The map follows the independent source: a news outlet's or monitor's claim is preferred to one "
                  "made by a party to the fighting.");
    case Disagreement::Reason::LatestReport:
        return tr("The map follows the most recently published report (the last listed, on the same day).");
    case Disagreement::Reason::DenialDoesNotMove:
        return tr("The map keeps the claim: a denial marks it disputed but does not replace it.");
    }
    return {};
}

QString Wording::claimSource(const Report &report, const ReportClaim &claim, const QString &language)
{
    return tr("%1, %2").arg(report.attribution(claim), date(report.published, language));
}

QString Wording::source(const Campaign &campaign, const ControlChange &change, const QString &language)
{
    if (change.isReported()) {
        const Report &r = campaign.reports.at(change.report);
        return claimSource(r, r.claims.at(change.claim), language);
    }
    if (change.sources.isEmpty())
        return basis(change.basis);
    QStringList parts;
    for (const Citation &c : change.sources) {
        QStringList refs;
        for (int n : c.refs)
            refs.append(QStringLiteral("[%1]").arg(n));
        parts.append(tr("article ¶%1 %2").arg(c.paragraph).arg(refs.join(QString())).trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

QString Wording::basis(const QString &basisName)
{
    Basis b = Basis::Approximate;
    basisFromName(basisName, &b);
    return basis(b);
}

QString Wording::sideName(const Campaign &campaign, const QString &sideId, const QString &language)
{
    if (const Side *side = campaign.side(sideId))
        return side->name.value(contentLanguage(language));
    return sideId;
}

QString Wording::control(const Campaign &campaign, const QString &control, const QString &leading,
                         const QString &language)
{
    if (control.isEmpty())
        return tr("no information");
    if (control == kContested) {
        if (!leading.isEmpty())
            return tr("contested, mostly held by %1").arg(sideName(campaign, leading, language));
        return tr("contested");
    }
    return sideName(campaign, control, language);
}

QString Wording::control(const Campaign &campaign, const DistrictAppearance &appearance, const QString &language)
{
    if (!appearance.isKnown())
        return control(campaign, QString(), QString(), language);
    return control(campaign, appearance.control, appearance.leading, language);
}

QString Wording::changedToday()
{
    return tr("Changed on this day");
}

QString Wording::districtName(const Campaign &campaign, const QString &districtId, const QString &language)
{
    const District *district = campaign.district(districtId);
    if (!district)
        return districtId;
    const bool zh = contentLanguage(language) == QLatin1String("zh");
    const QString first = zh ? district->name.value(QStringLiteral("zh")) : district->name.en;
    const QString second = zh ? district->name.en : district->name.value(QStringLiteral("zh"));
    if (second.isEmpty() || second == first)
        return first;
    return tr("%1 (%2)").arg(first, second);
}

QString Wording::eventSummary(const CampaignEvent &event, const QString &language)
{
    const QString lang = contentLanguage(language);
    if (lang == QLatin1String("zh") && event.summary.zh.isEmpty() && !event.citation.quote.isEmpty())
        return event.citation.quote;
    return event.summary.value(lang);
}

QString Wording::articleSite(const ArticleSource &source)
{
    const QString host = QUrl(source.url).host();
    if (host == QLatin1String("zh.wikipedia.org"))
        return tr("Chinese Wikipedia");
    if (host.endsWith(QLatin1String(".wikipedia.org")))
        return tr("Wikipedia");
    return host;
}

QString Wording::articleRevision(const ArticleSource &source, const QString &language)
{
    if (source.revision > 0)
        return tr("revision %1").arg(source.revision);
    if (source.retrieved.isValid())
        return tr("revision not recorded (copy of %1)").arg(date(source.retrieved, language));
    return tr("revision not recorded");
}

QString Wording::date(QDate date, const QString &language)
{
    // Fixed patterns rather than QLocale's long format: the same words on
    // screen and in exported pictures, whatever the system locale.
    if (contentLanguage(language) == QLatin1String("zh"))
        return QLocale(QLocale::Chinese, QLocale::Taiwan).toString(date, QStringLiteral("yyyy年M月d日"));
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString Wording::contentLanguage(const QString &uiLanguage)
{
    return uiLanguage.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}
