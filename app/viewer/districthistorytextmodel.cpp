#include "districthistorytextmodel.h"

#include "districthistorymodel.h"
#include "textformat.h"
#include "wording.h"

DistrictHistoryTextModel::DistrictHistoryTextModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void DistrictHistoryTextModel::setCampaign(std::shared_ptr<const Campaign> campaign)
{
    m_campaign = std::move(campaign);
    refreshAll();
}

void DistrictHistoryTextModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    refreshAll();
}

void DistrictHistoryTextModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::AccessibleTextRole, HtmlRole});
}

QVariant DistrictHistoryTextModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case HtmlRole:
        return html(index);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return plainText(index);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QString DistrictHistoryTextModel::html(const QModelIndex &index) const
{
    if (!m_campaign || !index.isValid())
        return {};
    const QDate date = index.data(DistrictHistoryModel::DateRole).toDate();
    const QString control = index.data(DistrictHistoryModel::ControlRole).toString();
    const QString leading = index.data(DistrictHistoryModel::LeadingRole).toString();
    const QString basis = index.data(DistrictHistoryModel::BasisRole).toString();
    const QString quote = index.data(DistrictHistoryModel::QuoteRole).toString();
    const int paragraph = index.data(DistrictHistoryModel::ParagraphRole).toInt();
    const QString note = index.data(DistrictHistoryModel::NoteRole).toString();
    const bool current = index.data(DistrictHistoryModel::IsCurrentRole).toBool();
    QStringList refs;
    for (const QVariant &r : index.data(DistrictHistoryModel::RefsRole).toList())
        refs.append(QStringLiteral("[%1]").arg(r.toInt()));

    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td><b>%1</b> &nbsp; "
                                  "<span style='color:%2'>&#9632;</span> <b>%3</b></td>")
                       .arg(date.toString(Qt::ISODate), TextFormat::controlColor(*m_campaign, control, leading).name(),
                            Wording::control(*m_campaign, control, leading, m_language).toHtmlEscaped());
    if (current)
        html += QStringLiteral("<td align='right'><b>%1</b></td>").arg(tr("◀ in force").toHtmlEscaped());
    html += QStringLiteral("</tr></table>");
    html += QStringLiteral("<div>%1 <i>%2</i></div>")
                .arg(tr("Basis:").toHtmlEscaped(), Wording::basis(basis).toHtmlEscaped());
    if (!quote.isEmpty()) {
        html += QStringLiteral("<div lang='zh-Hant'>「%1」<sup>%2</sup> <span style='color:gray'>%3</span></div>")
                    .arg(quote.toHtmlEscaped(), refs.join(QString()),
                         tr("(paragraph %1)").arg(paragraph).toHtmlEscaped());
    } else {
        html += QStringLiteral("<div style='color:gray'>%1</div>")
                    .arg(tr("No sentence of the article states this.").toHtmlEscaped());
    }
    if (!note.isEmpty())
        html += QStringLiteral("<div style='color:#555555'>%1 %2</div>")
                    .arg(tr("Note:").toHtmlEscaped(), note.toHtmlEscaped());
    return html;
}

QString DistrictHistoryTextModel::plainText(const QModelIndex &index) const
{
    if (!m_campaign || !index.isValid())
        return QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
    const QDate date = index.data(DistrictHistoryModel::DateRole).toDate();
    const QString control = index.data(DistrictHistoryModel::ControlRole).toString();
    const QString leading = index.data(DistrictHistoryModel::LeadingRole).toString();
    const QString basis = index.data(DistrictHistoryModel::BasisRole).toString();
    const QString quote = index.data(DistrictHistoryModel::QuoteRole).toString();
    const QString note = index.data(DistrictHistoryModel::NoteRole).toString();
    QStringList parts;
    parts.append(date.toString(Qt::ISODate));
    parts.append(Wording::control(*m_campaign, control, leading, m_language));
    if (index.data(DistrictHistoryModel::IsCurrentRole).toBool())
        parts.append(tr("in force"));
    parts.append(tr("Basis: %1").arg(Wording::basis(basis)));
    if (!quote.isEmpty())
        parts.append(QStringLiteral("「%1」").arg(quote));
    if (!note.isEmpty())
        parts.append(tr("Note: %1").arg(note));
    return parts.join(QStringLiteral(" · "));
}
