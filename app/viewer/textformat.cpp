#include "textformat.h"

#include <QColor>

QString TextFormat::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString TextFormat::basisLabel(Basis basis)
{
    switch (basis) {
    case Basis::Stated:
        return tr("stated (article)");
    case Basis::Inferred:
        return tr("inferred from the article");
    case Basis::Approximate:
        return tr("approximate (reference geography, not the article)");
    }
    return tr("approximate (reference geography, not the article)");
}

QString TextFormat::basisLabel(const QString &basisName)
{
    Basis basis = Basis::Approximate;
    basisFromName(basisName, &basis);
    return basisLabel(basis);
}

QString TextFormat::contentLanguage(const QString &uiLanguage)
{
    return uiLanguage.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}

QString TextFormat::controlLabel(const Campaign &campaign, const QString &control, const QString &leading,
                                 const QString &language)
{
    const QString lang = contentLanguage(language);
    if (control.isEmpty())
        return tr("unknown");
    if (control == kContested) {
        if (const Side *side = campaign.side(leading))
            return tr("contested (%1 leading)").arg(side->name.value(lang));
        return tr("contested");
    }
    if (const Side *side = campaign.side(control))
        return side->name.value(lang);
    return control;
}

QColor TextFormat::controlColor(const Campaign &campaign, const QString &control, const QString &leading)
{
    if (const Side *side = campaign.side(control))
        return side->color;
    if (const Side *side = campaign.side(leading))
        return side->color.lighter(130);
    return QColor(0x80, 0x80, 0x80);
}

QString TextFormat::districtName(const Campaign &campaign, const QString &districtId, const QString &language)
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
